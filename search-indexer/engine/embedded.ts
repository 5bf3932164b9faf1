/**
 * The embedded search engine, the default: SQLite FTS5 through better-sqlite3 in `<dataDir>/search.sqlite`.
 * WAL lets several processes share the file (the indexer writes while the search subgraph reads, each
 * read seeing one committed state), and the index survives restarts without re-indexing. Writes are
 * synchronous, so a write is searchable as soon as its promise resolves. Storage is in
 * embedded-store.ts, query execution in embedded-search.ts, the in-memory facet/sort columns in
 * embedded-columns.ts, parallel segmentation of large writes in segment-pool.ts.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import {
  copyDocuments, createCatalog, createPhysical, deleteDocuments, describeDocument, dropPhysical, findIndex, finishDocument, layoutOf, prepareDocument, requireIndex, writeDocuments,
  type Layout, type PreparedDocument,
} from "./embedded-store";
import { SegmentPool } from "./segment-pool";
import { ColumnMirror } from "./embedded-columns";
import { runSearch } from "./embedded-search";
import { checkIndexName, checkSettings, normaliseQuery } from "./query";
import {
  SearchEngineError, SearchEngineUnavailable, SearchIndexMissing, type IndexSettings, type SearchDocument, type SearchEngine, type SearchQuery, type SearchResult,
} from "./port";

export interface EmbeddedEngineOptions {
  /** Directory of `search.sqlite`; created when missing. */
  dataDir: string;
  /** Overrides the file, e.g. ":memory:" in unit tests. */
  file?: string;
}

/** Prepared statements differ by filter shape; keep the recent ones, SQLite re-prepares after schema changes. */
const STATEMENT_CACHE = 256;
/** From this many documents an upsert segments on worker threads, in chunks committed one by one. */
const PARALLEL_FROM = 200;
const CHUNK = 250;

export class EmbeddedSearchEngine implements SearchEngine {
  readonly kind = "embedded" as const;
  readonly file: string;
  private readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly layouts = new Map<string, Layout>();
  /** Column mirrors by physical prefix; a swapped-out or dropped prefix is forgotten with its layout. */
  private readonly mirrors = new Map<string, ColumnMirror>();
  private readonly pool = new SegmentPool();

  constructor(options: EmbeddedEngineOptions) {
    this.file = options.file ?? join(options.dataDir, "search.sqlite");
    this.db = this.guard(() => {
      if (options.file !== ":memory:") mkdirSync(options.dataDir, { recursive: true });
      const db = new Database(this.file);
      db.pragma("journal_mode = WAL");
      // NORMAL is durable across process crashes in WAL mode; only an OS crash may lose the last commits,
      // which the indexer re-applies from its cursor.
      db.pragma("synchronous = NORMAL");
      db.pragma("busy_timeout = 5000");
      // Checkpoint every ~40 MB of WAL instead of ~4 MB: bulk indexing copies and syncs pages less often.
      db.pragma("wal_autocheckpoint = 10000");
      db.pragma("cache_size = -65536");
      db.transaction(() => createCatalog(db)).immediate();
      return db;
    });
  }

  /** Turns driver failures into the port's errors: a busy or unreadable file is "unavailable". */
  private guard<T>(run: () => T): T {
    try {
      return run();
    } catch (error) {
      if (error instanceof SearchEngineError) throw error;
      const code = (error as { code?: string }).code ?? "";
      if (/^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|CORRUPT|NOTADB)|^E(NOENT|NOTDIR|EXIST|ACCES|PERM|ROFS|NOSPC)$/.test(code) || /not open/.test(String(error))) {
        throw new SearchEngineUnavailable(`embedded search engine: ${(error as Error).message}`, { cause: error });
      }
      throw error;
    }
  }

  private statement = (sql: string): Database.Statement => {
    let prepared = this.statements.get(sql);
    if (prepared) {
      this.statements.delete(sql);
    } else {
      prepared = this.db.prepare(sql);
      if (this.statements.size >= STATEMENT_CACHE) this.statements.delete(this.statements.keys().next().value as string);
    }
    this.statements.set(sql, prepared);
    return prepared;
  };

  /** The current layout of an index; looked up on every call since another process may have swapped it. */
  private layout(name: string): Layout {
    checkIndexName(name);
    const { physical, settings } = requireIndex(this.db, name);
    let layout = this.layouts.get(physical);
    if (!layout) {
      layout = layoutOf(physical, JSON.parse(settings) as IndexSettings);
      this.layouts.set(physical, layout);
    }
    return layout;
  }

  private isCurrent(physical: string): boolean {
    return this.db.prepare("SELECT 1 FROM search_index WHERE physical = ?").get(physical) !== undefined;
  }

  async ensureIndex(name: string, settings: IndexSettings): Promise<void> {
    checkIndexName(name);
    checkSettings(settings);
    const wanted = JSON.stringify(settings);
    this.guard(() =>
      this.db.transaction(() => {
        const existing = findIndex(this.db, name);
        if (existing?.settings === wanted) return;
        const layout = createPhysical(this.db, settings);
        if (existing) {
          // New settings change columns and tokens: rebuild beside the old tables, then repoint the name.
          copyDocuments(this.db, layoutOf(existing.physical, JSON.parse(existing.settings) as IndexSettings), layout);
          this.db.prepare("UPDATE search_index SET physical = ?, settings = ?, updated_at = ? WHERE name = ?").run(layout.physical, wanted, new Date().toISOString(), name);
          dropPhysical(this.db, existing.physical);
        } else {
          this.db.prepare("INSERT INTO search_index (name, physical, settings, updated_at) VALUES (?, ?, ?, ?)").run(name, layout.physical, wanted, new Date().toISOString());
        }
      }).immediate(),
    );
  }

  /**
   * Small batches are segmented and written in one transaction. Large ones are validated first (a bad
   * document fails the call before anything is written), segmented on worker threads, and written in
   * chunks as they come back, so SQLite writes on this thread while jieba cuts the next chunk. Upserts
   * are idempotent, so a failure half-way is repaired by retrying the call.
   */
  async upsert(index: string, documents: readonly SearchDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const layout = this.guard(() => this.layout(index));
    const write = (prepared: PreparedDocument[], source: readonly SearchDocument[]) =>
      this.guard(() =>
        this.db.transaction(() => {
          // Re-check inside the lock: a swap or settings change in between would write to stale tables.
          const current = this.layout(index);
          writeDocuments(this.db, current, current.physical === layout.physical ? prepared : source.map((document) => prepareDocument(current, document)));
        }).immediate(),
      );
    if (documents.length < PARALLEL_FROM) {
      // Segmenting is the slow part: do it before taking the write lock.
      write(documents.map((document) => prepareDocument(layout, document)), documents);
      return;
    }
    const described = documents.map((document) => describeDocument(layout, document));
    const chunks: (typeof described)[] = [];
    for (let i = 0; i < described.length; i += CHUNK) chunks.push(described.slice(i, i + CHUNK));
    const cuts = chunks.map((chunk) => this.pool.cut(chunk.flatMap((document) => document.texts)).catch(() => undefined));
    for (let c = 0; c < chunks.length; c++) {
      const chunk = chunks[c] as typeof described;
      const texts = await cuts[c];
      const width = layout.settings.searchableAttributes.length;
      // A failed worker costs speed, not the write: segment the chunk here instead.
      const prepared = texts
        ? chunk.map((document, i) => finishDocument(document, texts.slice(i * width, (i + 1) * width)))
        : documents.slice(c * CHUNK, (c + 1) * CHUNK).map((document) => prepareDocument(layout, document));
      write(prepared, documents.slice(c * CHUNK, (c + 1) * CHUNK));
    }
  }

  async delete(index: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    this.guard(() => this.db.transaction(() => deleteDocuments(this.db, this.layout(index), ids)).immediate());
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    // One read transaction: the catalogue lookup, totals, facets and hits all see the same snapshot.
    return this.guard(() =>
      this.db.transaction(() => {
        const layout = this.layout(index);
        let mirror = this.mirrors.get(layout.physical);
        if (!mirror) {
          // Only the current physical sets are worth keeping in memory.
          for (const physical of this.mirrors.keys()) if (!this.isCurrent(physical)) this.mirrors.delete(physical);
          mirror = new ColumnMirror(layout);
          this.mirrors.set(layout.physical, mirror);
        }
        return runSearch({ layout, mirror, statement: this.statement }, normaliseQuery(layout.settings, query));
      }).deferred(),
    );
  }

  async get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null> {
    return this.guard(() => {
      const layout = this.layout(index);
      const json = this.statement(`SELECT doc FROM ${layout.docs} WHERE id = ?`).pluck().get(id) as string | undefined;
      return json === undefined ? null : (JSON.parse(json) as D);
    });
  }

  async allIds(index: string): Promise<string[]> {
    return this.guard(() => this.statement(`SELECT id FROM ${this.layout(index).docs} ORDER BY rowid`).pluck().all() as string[]);
  }

  async swap(a: string, b: string): Promise<void> {
    checkIndexName(a);
    checkIndexName(b);
    this.guard(() =>
      this.db.transaction(() => {
        const first = findIndex(this.db, a);
        const second = findIndex(this.db, b);
        if (!first) throw new SearchIndexMissing(a);
        if (!second) throw new SearchIndexMissing(b);
        if (a === b) return;
        // physical is UNIQUE: park one name on a placeholder while the other takes its tables.
        const update = this.db.prepare("UPDATE search_index SET physical = ?, settings = ?, updated_at = ? WHERE name = ?");
        const now = new Date().toISOString();
        update.run(`swap-${first.physical}`, second.settings, now, a);
        update.run(first.physical, first.settings, now, b);
        update.run(second.physical, second.settings, now, a);
      }).immediate(),
    );
  }

  async dropIndex(name: string): Promise<void> {
    checkIndexName(name);
    this.guard(() =>
      this.db.transaction(() => {
        const existing = findIndex(this.db, name);
        if (!existing) return;
        this.db.prepare("DELETE FROM search_index WHERE name = ?").run(name);
        dropPhysical(this.db, existing.physical);
      }).immediate(),
    );
  }

  async waitForSync(): Promise<void> {
    // Every write committed before its promise resolved: nothing is pending.
  }

  async close(): Promise<void> {
    await this.pool.close();
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}
