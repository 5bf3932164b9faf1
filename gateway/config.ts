import { EnvReader, readAuth, readHttp, readLogLevel, type AuthConfig, type Env, type HttpConfig } from "../platform/config";
import type { LogLevel } from "../platform/logger";

/** Subgraph names in the committed supergraph; each URL may be overridden by <NAME>_URL. */
export const SUBGRAPH_NAMES = ["bases", "projects", "results", "experts", "search"] as const;

export interface GatewayConfig {
  http: HttpConfig;
  auth: AuthConfig;
  logLevel: LogLevel | "silent";
  supergraphPath: string;
  /** URL overrides by subgraph name; the supergraph's own URLs serve the one-machine default. */
  subgraphUrls: Record<string, string>;
  subgraphTimeoutMs: number;
}

export function loadConfig(env: Env = process.env): GatewayConfig {
  const reader = new EnvReader(env);
  const subgraphUrls: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = reader.url(`${name.toUpperCase()}_URL`);
    if (url) subgraphUrls[name] = url;
  }
  const config: GatewayConfig = {
    http: readHttp(reader, 4000),
    auth: readAuth(reader),
    logLevel: readLogLevel(reader),
    supergraphPath: reader.string("SUPERGRAPH_PATH", "schema/supergraph.graphql"),
    subgraphUrls,
    subgraphTimeoutMs: reader.int("SUBGRAPH_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 }),
  };
  reader.done();
  return config;
}

/** The gateway must not report to Apollo's cloud (intranets have no internet; nothing leaves the site). */
export function disableTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = "true";
}
