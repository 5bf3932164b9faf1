/** Entity types under which this subgraph's workflow history (platform/history.ts) is recorded. */
export const PROJECT_HISTORY = "NavigationProject";
