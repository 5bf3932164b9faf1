/**
 * Configuration of the search subgraph process: HTTP, token verification, logging and the search
 * engine it reads. It owns no database; the engine (embedded file or Meilisearch) is its only state.
 */
import { EnvReader, readAuth, readHttp, readLogLevel, type AuthConfig, type Env, type HttpConfig } from "../platform/config";
import type { LogLevel } from "../platform/logger";
import { readSearch, type SearchConfig } from "./config";

/** The search subgraph's one-machine default port, next to the four domain subgraphs (4001–4004). */
export const SEARCH_SUBGRAPH_PORT = 4005;

export interface SearchSubgraphConfig {
  name: "search";
  http: HttpConfig;
  auth: AuthConfig;
  logLevel: LogLevel | "silent";
  search: SearchConfig;
}

/** Reads every variable the process needs and reports all problems at once. */
export function loadConfig(env: Env = process.env): SearchSubgraphConfig {
  const reader = new EnvReader(env);
  const config: SearchSubgraphConfig = {
    name: "search",
    http: readHttp(reader, SEARCH_SUBGRAPH_PORT),
    auth: readAuth(reader),
    logLevel: readLogLevel(reader),
    search: readSearch(reader),
  };
  reader.done();
  return config;
}
