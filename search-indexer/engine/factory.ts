/**
 * Picks the search engine from configuration: the embedded SQLite engine by default, Meilisearch when a
 * URL is configured. The rest of the code only ever sees the SearchEngine port.
 */
import type { SearchConfig } from "../config";
import { EmbeddedSearchEngine } from "./embedded";
import { MeiliSearchEngine } from "./meili";
import type { SearchEngine } from "./port";

export function createSearchEngine(config: Pick<SearchConfig, "dataDir" | "meiliUrl" | "meiliApiKey"> & { meiliTimeoutMs?: number }): SearchEngine {
  if (config.meiliUrl) {
    return new MeiliSearchEngine({ url: config.meiliUrl, apiKey: config.meiliApiKey, requestTimeoutMs: config.meiliTimeoutMs });
  }
  return new EmbeddedSearchEngine({ dataDir: config.dataDir });
}
