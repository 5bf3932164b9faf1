/** GraphQL registration of the shared reference enums; every subgraph registers them identically. */
import { registerLabelledEnum } from "../platform/federation";
import { NAVIGATION_TYPE_LABELS, NavigationType } from "./navigation-types";

registerLabelledEnum(NavigationType, "NavigationType", "专利导航类型 The five navigation types of GB/T 39551-2020.", NAVIGATION_TYPE_LABELS);

export { NavigationType };
