/**
 * Test databases: a fresh SQLite directory by default, or a fresh set of PostgreSQL schemas when
 * DATABASE_URL is set (the CI runs the whole suite both ways).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import type { DatabaseConfig } from "../../platform/config";
import { testDatabaseUrl } from "./config";

export interface TestDatabase {
  config: DatabaseConfig;
  /** Drops what the tests created. */
  drop(): Promise<void>;
}

export const databaseKind = testDatabaseUrl ? "postgres" : "sqlite";

export function createTestDatabase(): TestDatabase {
  const url = testDatabaseUrl;
  if (url) {
    const schemaPrefix = `t${process.pid}_${Math.random().toString(36).slice(2, 8)}_`;
    return {
      config: { kind: "postgres", url, schemaPrefix },
      drop: async () => {
        const client = new Client({ connectionString: url });
        await client.connect();
        const { rows } = await client.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE $1", [`${schemaPrefix}%`]);
        for (const { nspname } of rows) await client.query(`DROP SCHEMA "${nspname}" CASCADE`);
        await client.end();
      },
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "pnh-test-"));
  return { config: { kind: "sqlite", dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}
