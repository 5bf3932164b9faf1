/**
 * The indexer's durable cursors: per change feed, the last sequence whose changes are in the engine.
 * A cursor only moves by compare-and-set, so a re-index that rewinds it while the worker is mid-batch
 * wins: the worker's stale advance fails and it re-reads. Two implementations: a small SQLite file
 * (the default) and a table in PostgreSQL.
 */
import type { CursorStoreConfig } from "../indexer-config";
import { PostgresCursorStore } from "./postgres-cursor-store";
import { SqliteCursorStore } from "./sqlite-cursor-store";

export interface CursorStore {
  /** For logs: the file or schema, never a connection string. */
  readonly description: string;
  /** Creates the storage when missing; idempotent, and retried by the worker until it succeeds. */
  open(): Promise<void>;
  /** The feed's cursor; 0 when the feed was never indexed. */
  read(feed: string): Promise<number>;
  readAll(): Promise<Record<string, number>>;
  /** Moves the cursor from `from` to `to` if it is still at `from`; false when another process moved it. */
  advance(feed: string, from: number, to: number): Promise<boolean>;
  /**
   * After a re-index: each feed's cursor becomes the head read before the rebuild, or stays where it is
   * when lower, so no change the worker has not applied is ever skipped.
   */
  rewind(heads: Record<string, number>): Promise<void>;
  /** Throws when the store cannot be used (for /ready). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export function createCursorStore(config: CursorStoreConfig): CursorStore {
  return config.kind === "postgres" ? new PostgresCursorStore(config.url, config.schema) : new SqliteCursorStore(config.file);
}
