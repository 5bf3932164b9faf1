/** The indexer's configuration: defaults, the PostgreSQL cursor store, and a token that is never echoed. */
import { ConfigError, DEVELOPMENT_JWT_SECRET } from "../../platform/config";
import { describeConfig, loadIndexerConfig } from "../indexer-config";

const TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWFyY2gtaW5kZXhlciJ9.c2VjcmV0LXNpZ25hdHVyZS12YWx1ZQ";

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadIndexerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

it("defaults to port 4006, the local gateway and subgraphs, the embedded engine and a SQLite cursor file", () => {
  const config = loadIndexerConfig({});
  expect(config).toMatchObject({
    http: { host: "127.0.0.1", port: 4006 },
    gatewayUrl: "http://127.0.0.1:4000/graphql",
    subgraphUrls: { bases: "http://127.0.0.1:4001/graphql", results: "http://127.0.0.1:4003/graphql", experts: "http://127.0.0.1:4004/graphql" },
    batchSize: 100,
    pollMs: 300,
    maxBackoffMs: 30_000,
    logLevel: "info",
    search: { dataDir: "data" },
    cursorStore: { kind: "sqlite", file: "data/indexer.sqlite" },
  });
  expect(config.search.meiliUrl).toBeUndefined();
  expect(config.auth.jwtSecret).toBe(DEVELOPMENT_JWT_SECRET);
  expect(config.token).toBeUndefined();
});

it("keeps the cursors in PostgreSQL schema <prefix>search_indexer when DATABASE_URL is set", () => {
  const config = loadIndexerConfig({ DATABASE_URL: "postgres://hub@db:5432/hub", DATABASE_SCHEMA_PREFIX: "staging_", DATA_DIR: "/var/lib/hub" });
  expect(config.cursorStore).toEqual({ kind: "postgres", url: "postgres://hub@db:5432/hub", schema: "staging_search_indexer" });
  expect(config.search.dataDir).toBe("/var/lib/hub");
});

it("takes an explicit token for a JWKS-only deployment and requires one there, never echoing it", () => {
  const jwksOnly = { NODE_ENV: "production", JWKS_URL: "https://id.example.gov.cn/jwks" };
  expect(problemsOf(jwksOnly)).toEqual([expect.stringMatching(/^INDEXER_TOKEN is required/)]);
  const config = loadIndexerConfig({ ...jwksOnly, INDEXER_TOKEN: TOKEN });
  expect(config.token).toBe(TOKEN);
  expect(JSON.stringify(describeConfig(config))).not.toContain(TOKEN);
  const bad = "not-a-jwt-but-a-secret";
  const problems = problemsOf({ INDEXER_TOKEN: bad, INDEXER_BATCH_SIZE: "0", INDEXER_POLL_MS: "soon", GATEWAY_URL: "gateway" });
  expect(problems.map((problem) => problem.split(" ")[0]).sort()).toEqual(["GATEWAY_URL", "INDEXER_BATCH_SIZE", "INDEXER_POLL_MS", "INDEXER_TOKEN"]);
  expect(problems.join("\n")).not.toContain(bad);
});
