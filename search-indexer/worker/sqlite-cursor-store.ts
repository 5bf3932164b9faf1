/** Cursors in `<DATA_DIR>/indexer.sqlite`: one row per feed, written with a full fsync (it is tiny). */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { CursorStore } from "./cursor-store";

export class SqliteCursorStore implements CursorStore {
  readonly description: string;
  private db?: Database.Database;

  constructor(private readonly file: string) {
    this.description = `sqlite ${file}`;
  }

  private get connection(): Database.Database {
    if (!this.db?.open) throw new Error("the cursor store is not open");
    return this.db;
  }

  async open(): Promise<void> {
    if (this.db?.open) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const db = new Database(this.file);
    try {
      db.pragma("journal_mode = WAL");
      // The cursor is what says a change is safely in the engine: it must survive a power cut, not only a crash.
      db.pragma("synchronous = FULL");
      db.pragma("busy_timeout = 5000");
      db.exec("CREATE TABLE IF NOT EXISTS feed_cursor (feed TEXT PRIMARY KEY, position INTEGER NOT NULL, updated_at TEXT NOT NULL)");
    } catch (error) {
      db.close();
      throw error;
    }
    this.db = db;
  }

  async read(feed: string): Promise<number> {
    return (this.connection.prepare("SELECT position FROM feed_cursor WHERE feed = ?").pluck().get(feed) as number | undefined) ?? 0;
  }

  async readAll(): Promise<Record<string, number>> {
    const rows = this.connection.prepare("SELECT feed, position FROM feed_cursor").all() as { feed: string; position: number }[];
    return Object.fromEntries(rows.map((row) => [row.feed, row.position]));
  }

  async advance(feed: string, from: number, to: number): Promise<boolean> {
    const now = new Date().toISOString();
    // A missing row counts as 0, so only an advance from 0 may create it.
    const result =
      from === 0
        ? this.connection
            .prepare("INSERT INTO feed_cursor (feed, position, updated_at) VALUES (?, ?, ?) ON CONFLICT (feed) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at WHERE feed_cursor.position = 0")
            .run(feed, to, now)
        : this.connection.prepare("UPDATE feed_cursor SET position = ?, updated_at = ? WHERE feed = ? AND position = ?").run(to, now, feed, from);
    return result.changes === 1;
  }

  async rewind(heads: Record<string, number>): Promise<void> {
    const db = this.connection;
    const statement = db.prepare(
      "INSERT INTO feed_cursor (feed, position, updated_at) VALUES (?, ?, ?) ON CONFLICT (feed) DO UPDATE SET position = min(feed_cursor.position, excluded.position), updated_at = excluded.updated_at",
    );
    const now = new Date().toISOString();
    db.transaction(() => Object.entries(heads).forEach(([feed, head]) => statement.run(feed, head, now))).immediate();
  }

  async ping(): Promise<void> {
    this.connection.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    if (this.db?.open) this.db.close();
  }
}
