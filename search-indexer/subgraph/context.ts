import type { BaseContext } from "../../platform/server";
import type { SearchService } from "./search.service";

export interface SearchContext extends BaseContext {
  /** Shared by every request: the service is stateless and the engine handle is per process. */
  search: SearchService;
}
