/**
 * Cursors in PostgreSQL, in the indexer's own schema `<DATABASE_SCHEMA_PREFIX>search_indexer` (it reads
 * no other service's tables). One table, created when missing: the indexer owns no other state, so a
 * migration framework would be all ceremony.
 */
import { Pool } from "pg";
import type { CursorStore } from "./cursor-store";

export class PostgresCursorStore implements CursorStore {
  readonly description: string;
  private readonly pool: Pool;
  private readonly table: string;
  private opened = false;
  private closed = false;

  constructor(url: string, private readonly schema: string) {
    if (!/^[a-z0-9_]+$/.test(schema)) throw new Error(`invalid schema name ${JSON.stringify(schema)}`);
    this.description = `postgres schema ${schema}`;
    this.table = `"${schema}".feed_cursor`;
    // Two connections: the worker's writes and a /ready ping never wait on each other.
    this.pool = new Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5_000 });
    // An idle client losing its server must not crash the process; the next query reconnects.
    this.pool.on("error", () => undefined);
  }

  async open(): Promise<void> {
    if (this.opened) return;
    await this.pool.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
    await this.pool.query(`CREATE TABLE IF NOT EXISTS ${this.table} (feed varchar(40) PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL)`);
    this.opened = true;
  }

  private check(): void {
    if (!this.opened) throw new Error("the cursor store is not open");
  }

  async read(feed: string): Promise<number> {
    this.check();
    const { rows } = await this.pool.query<{ position: string }>(`SELECT position FROM ${this.table} WHERE feed = $1`, [feed]);
    return rows.length > 0 ? Number(rows[0].position) : 0;
  }

  async readAll(): Promise<Record<string, number>> {
    this.check();
    const { rows } = await this.pool.query<{ feed: string; position: string }>(`SELECT feed, position FROM ${this.table}`);
    return Object.fromEntries(rows.map((row) => [row.feed, Number(row.position)]));
  }

  async advance(feed: string, from: number, to: number): Promise<boolean> {
    this.check();
    // A missing row counts as 0, so only an advance from 0 may create it.
    const result =
      from === 0
        ? await this.pool.query(
            `INSERT INTO ${this.table} (feed, position, updated_at) VALUES ($1, $2, now()) ON CONFLICT (feed) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at WHERE feed_cursor.position = 0`,
            [feed, to],
          )
        : await this.pool.query(`UPDATE ${this.table} SET position = $1, updated_at = now() WHERE feed = $2 AND position = $3`, [to, feed, from]);
    return result.rowCount === 1;
  }

  async rewind(heads: Record<string, number>): Promise<void> {
    this.check();
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      for (const [feed, head] of Object.entries(heads)) {
        await client.query(
          `INSERT INTO ${this.table} (feed, position, updated_at) VALUES ($1, $2, now()) ON CONFLICT (feed) DO UPDATE SET position = LEAST(feed_cursor.position, excluded.position), updated_at = excluded.updated_at`,
          [feed, head],
        );
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async ping(): Promise<void> {
    this.check();
    await this.pool.query("SELECT 1");
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
