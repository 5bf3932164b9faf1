import { ConfigError, DEVELOPMENT_JWT_SECRET, readSubgraphConfig } from "./config";

describe("subgraph config", () => {
  it("defaults to SQLite under ./data with the development secret", () => {
    const config = readSubgraphConfig("bases", 4001, {});
    expect(config).toMatchObject({ http: { host: "127.0.0.1", port: 4001 }, database: { kind: "sqlite", dataDir: "data" }, demoData: "auto" });
    expect(config.auth.jwtSecret).toBe(DEVELOPMENT_JWT_SECRET);
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    const config = readSubgraphConfig("bases", 4001, { DATABASE_URL: "postgres://hub@db:5432/hub", DATABASE_SCHEMA_PREFIX: "staging_" });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://hub@db:5432/hub", schemaPrefix: "staging_" });
  });

  it("reports every bad variable at once and never echoes a secret", () => {
    const secretUrl = "mysql://admin:hunter2-very-secret@db/hub";
    let error: unknown;
    try {
      readSubgraphConfig("bases", 4001, { PORT: "70000", LOG_LEVEL: "chatty", DATABASE_URL: secretUrl, JWT_SECRET: "short", DEMO_DATA: "sometimes" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(5);
    for (const variable of ["PORT", "LOG_LEVEL", "DATABASE_URL", "JWT_SECRET", "DEMO_DATA"]) {
      expect(problems.some((problem) => problem.startsWith(variable))).toBe(true);
    }
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain("short");
  });

  it("refuses to run in production without a configured secret or JWKS", () => {
    expect(() => readSubgraphConfig("bases", 4001, { NODE_ENV: "production" })).toThrow(/JWT_SECRET or JWKS_URL/);
    expect(readSubgraphConfig("bases", 4001, { NODE_ENV: "production", JWKS_URL: "https://id.example.gov.cn/jwks" }).auth.jwtSecret).toBeUndefined();
  });
});
