/**
 * The Meilisearch adapter, for production (docker compose) and for scaling past one machine. It uses
 * the official client, created only from the configuration it is given. Every write waits for its
 * task and checks the task's status, because the client resolves for failed tasks too; a network
 * failure surfaces as SearchEngineUnavailable so callers retry instead of crashing.
 */
import type { Index, Meilisearch, SearchParams, SearchResponse, Task } from "meilisearch" with { "resolution-mode": "import" };
import { normalise } from "./chinese";
import { checkTask, CROP_WORDS, hasMark, marked, meiliFilter, meiliSettings, POST_TAG, PRE_TAG, translateError } from "./meili-mapping";
import { checkDocumentId, checkIndexName, checkSettings, normaliseQuery, topFacetValues } from "./query";
import { SearchIndexMissing, type IndexSettings, type SearchDocument, type SearchEngine, type SearchQuery, type SearchResult } from "./port";

export interface MeiliEngineOptions {
  url: string;
  /** Sent as a bearer token; never logged or put into an error message. */
  apiKey?: string;
  /** Per HTTP request. */
  requestTimeoutMs?: number;
  /** Per task wait; large settings changes re-index and take a while. */
  taskTimeoutMs?: number;
}

/** Documents per addDocuments call: big enough to amortise a task, small enough for one HTTP body. */
const BATCH = 1_000;

export class MeiliSearchEngine implements SearchEngine {
  readonly kind = "meilisearch" as const;
  private client?: Promise<Meilisearch>;
  /** Settings of indexes ensured by this process, for validating queries before they are sent. */
  private readonly settings = new Map<string, IndexSettings>();
  private readonly pending = new Set<number>();

  constructor(private readonly options: MeiliEngineOptions) {}

  private connect(): Promise<Meilisearch> {
    // meilisearch is ESM-only: loaded on first use, from CommonJS, with a dynamic import.
    this.client ??= import("meilisearch").then(({ Meilisearch }) =>
      new Meilisearch({ host: this.options.url, apiKey: this.options.apiKey, timeout: this.options.requestTimeoutMs ?? 10_000 }));
    return this.client;
  }

  private async index(name: string): Promise<Index> {
    checkIndexName(name);
    return (await this.connect()).index(name);
  }

  /** Runs a request, translating whatever the client throws into the port's errors. */
  private async call<T>(index: string | undefined, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw translateError(error, index);
    }
  }

  /** Waits for an enqueued task and checks that it succeeded. */
  private async settle(index: string | undefined, enqueue: () => Promise<{ taskUid: number }>): Promise<Task> {
    return this.call(index, async () => {
      const { taskUid } = await enqueue();
      this.pending.add(taskUid);
      try {
        const task = await (await this.connect()).tasks.waitForTask(taskUid, { timeout: this.options.taskTimeoutMs ?? 60_000, interval: 50 });
        checkTask(task, index);
        return task;
      } finally {
        this.pending.delete(taskUid);
      }
    });
  }

  async ensureIndex(name: string, settings: IndexSettings): Promise<void> {
    checkIndexName(name);
    checkSettings(settings);
    const client = await this.connect();
    try {
      await this.settle(name, () => client.createIndex(name, { primaryKey: "id" }));
    } catch (error) {
      // Already there is fine: its settings are brought up to date below.
      if ((error as { cause?: { code?: string } }).cause?.code !== "index_already_exists") throw error;
    }
    await this.settle(name, async () => (await this.index(name)).updateSettings(meiliSettings(settings)));
    this.settings.set(name, settings);
  }

  async upsert(index: string, documents: readonly SearchDocument[]): Promise<void> {
    for (const document of documents) checkDocumentId(document?.id);
    const target = await this.index(index);
    for (let i = 0; i < documents.length; i += BATCH) {
      const batch = documents.slice(i, i + BATCH) as SearchDocument[];
      await this.settle(index, () => target.addDocuments(batch, { primaryKey: "id" }));
    }
  }

  async delete(index: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const target = await this.index(index);
    await this.settle(index, () => target.deleteDocuments([...ids]));
  }

  async search(index: string, query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const settings = this.settings.get(index) ?? (await this.readSettings(index));
    const normal = normaliseQuery(settings, query);
    if (normal.filter === null) {
      return { hits: [], totalHits: 0, page: normal.page, hitsPerPage: normal.hitsPerPage, facets: Object.fromEntries(normal.facets.map((f) => [f, {}])), tookMs: performance.now() - started };
    }
    const params: SearchParams = {
      // Same normalisation as the embedded engine, so 碳化矽 and ＡＩ read the same on both.
      q: normalise(normal.q),
      filter: normal.filter.length > 0 ? meiliFilter(normal.filter) : undefined,
      facets: normal.facets.length > 0 ? normal.facets : undefined,
      sort: normal.sort === "relevance" ? undefined : [`${normal.sort.attribute}:${normal.sort.order}`],
      page: normal.page,
      hitsPerPage: normal.hitsPerPage,
      attributesToRetrieve: ["id", ...new Set([...normal.highlight, ...settings.cropAttributes])],
      attributesToHighlight: [...new Set([...normal.highlight, ...settings.cropAttributes])],
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
      attributesToCrop: [...settings.cropAttributes],
      cropLength: CROP_WORDS,
      cropMarker: "…",
      locales: ["cmn"],
      showRankingScore: true,
      // Every word must match, as on the embedded engine; only when that finds nothing are words
      // dropped from the end (`last`), instead of always padding the result with partial matches.
      matchingStrategy: "all",
    };
    const target = await this.index(index);
    type Response = SearchResponse<SearchDocument> & { totalHits?: number };
    let response = (await this.call(index, () => target.search(null, params))) as Response;
    if (!response.totalHits && params.q) response = (await this.call(index, () => target.search(null, { ...params, matchingStrategy: "last" }))) as Response;
    const hits = response.hits.map((hit) => {
      const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
      const highlights = Object.fromEntries(normal.highlight.map((name) => [name, marked(formatted[name] ?? hit[name])]));
      const source = settings.cropAttributes.find((name) => hasMark(formatted[name])) ?? settings.cropAttributes.find((name) => formatted[name]);
      return { id: String(hit.id), score: hit._rankingScore ?? 0, highlights, snippet: source ? marked(formatted[source]) : "" };
    });
    const facets = Object.fromEntries(normal.facets.map((name) => [name, topFacetValues(new Map(Object.entries(response.facetDistribution?.[name] ?? {})), settings.maxValuesPerFacet)]));
    return { hits, totalHits: response.totalHits ?? 0, page: normal.page, hitsPerPage: normal.hitsPerPage, facets, tookMs: performance.now() - started };
  }

  /**
   * A process that searches without having ensured the index (the search subgraph) learns the settings
   * from the server; attribute types are unknown there, so range checks are left to Meilisearch.
   */
  private async readSettings(index: string): Promise<IndexSettings> {
    const target = await this.index(index);
    const remote = await this.call(index, () => target.getSettings());
    const searchable = (remote.searchableAttributes ?? []).filter((name) => name !== "*");
    const filterable = (remote.filterableAttributes ?? []).map((entry) => (typeof entry === "string" ? entry : entry.attributePatterns[0] ?? "")).filter(Boolean);
    return {
      searchableAttributes: searchable,
      searchWeights: Object.fromEntries(searchable.map((name) => [name, 1])),
      filterableAttributes: Object.fromEntries(filterable.map((name) => [name, "string" as const])),
      sortableAttributes: remote.sortableAttributes ?? [],
      facetAttributes: filterable,
      cropAttributes: searchable.slice(2, 4),
      maxTotalHits: remote.pagination?.maxTotalHits ?? 1_000,
      maxValuesPerFacet: remote.faceting?.maxValuesPerFacet ?? 100,
    };
  }

  async get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null> {
    const target = await this.index(index);
    try {
      return (await target.getDocument(id)) as D;
    } catch (error) {
      if ((error as { cause?: { code?: string } }).cause?.code === "document_not_found") return null;
      throw translateError(error, index);
    }
  }

  async allIds(index: string): Promise<string[]> {
    const target = await this.index(index);
    const ids: string[] = [];
    for (let offset = 0; ; offset += BATCH) {
      const page = await this.call(index, () => target.getDocuments({ fields: ["id"], limit: BATCH, offset }));
      ids.push(...page.results.map((document) => String(document.id)));
      if (page.results.length < BATCH) return ids;
    }
  }

  async swap(a: string, b: string): Promise<void> {
    checkIndexName(a);
    checkIndexName(b);
    const client = await this.connect();
    await this.settle(undefined, () => client.swapIndexes([{ indexes: [a, b], rename: false }]));
    const [first, second] = [this.settings.get(a), this.settings.get(b)];
    if (second) this.settings.set(a, second);
    if (first) this.settings.set(b, first);
  }

  async dropIndex(name: string): Promise<void> {
    checkIndexName(name);
    const client = await this.connect();
    try {
      await this.settle(name, () => client.deleteIndex(name));
    } catch (error) {
      if (!(error instanceof SearchIndexMissing)) throw error;
    }
    this.settings.delete(name);
  }

  async waitForSync(): Promise<void> {
    if (this.pending.size === 0) return;
    const client = await this.connect();
    const tasks = await this.call(undefined, () => client.tasks.waitForTasks([...this.pending], { timeout: this.options.taskTimeoutMs ?? 60_000 }));
    for (const task of tasks) checkTask(task);
  }

  async close(): Promise<void> {
    // fetch keeps no connection state worth closing; forget the client so a later call reconnects.
    this.client = undefined;
  }
}
