/**
 * Configuration of the search indexer process: the engine it writes, where it reads changes (each
 * subgraph's feed) and documents (the gateway), the identity it reads them with, its pace, and where its
 * cursors live. The service token is a secret: it is never echoed, not even in a message about it.
 */
import { join } from "node:path";
import { EnvReader, readAuth, readDatabase, readHttp, readLogLevel, readPeers, type AuthConfig, type Env, type HttpConfig } from "../platform/config";
import type { LogLevel } from "../platform/logger";
import { readSearch, type SearchConfig } from "./config";

/** The indexer's one-machine default port, after the search subgraph's 4005. */
export const INDEXER_PORT = 4006;

/** The change feeds have a page limit of 1,000 entries. */
const MAX_BATCH = 1_000;

/** Where the cursors are kept: a small SQLite file by default, a PostgreSQL schema in production. */
export type CursorStoreConfig =
  | { kind: "sqlite"; file: string }
  | { kind: "postgres"; url: string; schema: string };

export interface IndexerConfig {
  http: HttpConfig;
  search: SearchConfig;
  /** Used to mint the indexer's own NATIONAL_ADMIN token when no token is given. */
  auth: AuthConfig;
  /** A token given explicitly (JWKS-only deployments, where nothing here can sign one). Secret. */
  token?: string;
  gatewayUrl: string;
  /** GraphQL endpoints of the subgraphs, whose change feeds are read directly (not through the gateway). */
  subgraphUrls: Record<string, string>;
  /** Change-feed entries per batch. */
  batchSize: number;
  /** Pause between polls once every feed is caught up. */
  pollMs: number;
  /** Upper bound of the exponential back-off after failures. */
  maxBackoffMs: number;
  /** Per HTTP request to a subgraph or the gateway. */
  requestTimeoutMs: number;
  logLevel: LogLevel | "silent";
  cursorStore: CursorStoreConfig;
}

/** A JWT is three base64url parts; checked so a pasted typo fails at start, not on every request. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** Reads every variable the indexer (and `npm run reindex`) needs and reports all problems at once. */
export function loadIndexerConfig(env: Env = process.env): IndexerConfig {
  const reader = new EnvReader(env);
  const auth = readAuth(reader);
  const token = reader.optional("INDEXER_TOKEN");
  if (token !== undefined && !JWT_SHAPE.test(token)) reader.problem("INDEXER_TOKEN is not a JWT");
  if (token === undefined && !auth.jwtSecret) reader.problem("INDEXER_TOKEN is required when no JWT_SECRET is configured to mint the indexer's token");
  const database = readDatabase(reader);
  const config: IndexerConfig = {
    http: readHttp(reader, INDEXER_PORT),
    search: readSearch(reader),
    auth,
    token,
    gatewayUrl: reader.url("GATEWAY_URL", "http://127.0.0.1:4000/graphql")!,
    subgraphUrls: readPeers(reader),
    batchSize: reader.int("INDEXER_BATCH_SIZE", 100, { min: 1, max: MAX_BATCH }),
    pollMs: reader.int("INDEXER_POLL_MS", 300, { min: 10, max: 600_000 }),
    maxBackoffMs: reader.int("INDEXER_MAX_BACKOFF_MS", 30_000, { min: 100, max: 3_600_000 }),
    requestTimeoutMs: reader.int("INDEXER_REQUEST_TIMEOUT_MS", 30_000, { min: 100, max: 600_000 }),
    logLevel: readLogLevel(reader),
    cursorStore:
      database.kind === "postgres"
        ? { kind: "postgres", url: database.url, schema: `${database.schemaPrefix}search_indexer` }
        : { kind: "sqlite", file: join(database.dataDir, "indexer.sqlite") },
  };
  reader.done();
  return config;
}

/** What the indexer logs about its configuration on start: no token, no URL that may carry credentials. */
export function describeConfig(config: IndexerConfig): Record<string, unknown> {
  return {
    engine: config.search.meiliUrl ? "meilisearch" : "embedded",
    gateway: config.gatewayUrl,
    subgraphs: config.subgraphUrls,
    token: config.token ? "given" : "minted",
    batchSize: config.batchSize,
    pollMs: config.pollMs,
    maxBackoffMs: config.maxBackoffMs,
    cursorStore: config.cursorStore.kind === "sqlite" ? config.cursorStore.file : `postgres schema ${config.cursorStore.schema}`,
  };
}
