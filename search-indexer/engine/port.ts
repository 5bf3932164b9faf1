/**
 * The `SearchEngine` port: everything the indexer and the search subgraph may ask of a search engine.
 * Two adapters implement it — the embedded SQLite FTS5 engine (default) and Meilisearch — and one
 * contract suite (contract.ts) holds both to the same behaviour. The types say only what both engines
 * can honour: one small filter syntax, bounded pagination with exact totals, facet counts, and
 * highlights as HTML-safe text with `<mark>` around the matched words.
 */
export * from "./errors";

/** Document ids allow only what Meilisearch allows, so both engines accept the same documents. */
export const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;
/** Index names: the same rule; the embedded engine maps them to table prefixes, never into SQL. */
export const INDEX_NAME = /^[A-Za-z0-9_-]{1,100}$/;
/** Attribute names end up as SQL columns and Meilisearch filter fields: plain identifiers only. */
export const ATTRIBUTE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;

export const MAX_HITS_PER_PAGE = 50;
export const DEFAULT_HITS_PER_PAGE = 20;
/** Meilisearch counts at most 10 query words; the embedded engine ignores the rest the same way. */
export const MAX_QUERY_WORDS = 10;
export const MAX_QUERY_LENGTH = 200;
/** Facets one query may ask for; the six of the reports index fit with room to spare. */
export const MAX_FACETS = 8;

export type AttributeType = "string" | "number" | "string[]";

export interface IndexSettings {
  /** Searchable attributes, most important first: the order ranks matches (title > keywords > …). */
  searchableAttributes: readonly string[];
  /** bm25 weight per searchable attribute for the embedded engine; Meilisearch ranks by the order above. */
  searchWeights: Readonly<Record<string, number>>;
  /** Attributes usable in filters, with their type: arrays match when any element matches. */
  filterableAttributes: Readonly<Record<string, AttributeType>>;
  /** Scalar filterable attributes a query may sort by. */
  sortableAttributes: readonly string[];
  /** Filterable attributes a query may ask facet counts for. */
  facetAttributes: readonly string[];
  /** Searchable text attributes a snippet is cropped from, in order of preference. */
  cropAttributes: readonly string[];
  /** Deepest position a query may page to; Meilisearch's totals are exact up to this many hits. */
  maxTotalHits: number;
  /** At most this many values per facet: the most frequent ones. */
  maxValuesPerFacet: number;
}

export interface SearchDocument {
  id: string;
  [attribute: string]: unknown;
}

export type FilterValue = string | number;

/**
 * One condition. On an array attribute `eq` means "contains" and `in` means "intersects".
 * `gte`/`lte` apply to number attributes; give one or both.
 */
export type FilterClause =
  | { field: string; eq: FilterValue }
  | { field: string; in: readonly FilterValue[] }
  | { field: string; gte?: number; lte?: number };

/** Any one of the clauses holds (the visibility rule is such a group). */
export interface FilterOrGroup {
  or: readonly FilterClause[];
}

/** Every element holds: an AND of clauses and OR-groups. */
export type SearchFilter = readonly (FilterClause | FilterOrGroup)[];

export type SearchSort = "relevance" | { attribute: string; order: "asc" | "desc" };

export interface SearchQuery {
  /** Free text; empty or absent lists everything the filter admits. */
  q?: string;
  filter?: SearchFilter;
  /** Facet attributes to count over every hit (not just this page). */
  facets?: readonly string[];
  sort?: SearchSort;
  /** 1-based. */
  page?: number;
  /** 1 to MAX_HITS_PER_PAGE. */
  hitsPerPage?: number;
  /** Searchable attributes to return with `<mark>` around matched words. */
  highlight?: readonly string[];
}

export interface SearchHit {
  id: string;
  /**
   * Relevance, higher is better; comparable within one result only. The embedded engine gives 0 when
   * the query has no words or is sorted by an attribute.
   */
  score: number;
  /** HTML-safe text of each requested attribute, matched words wrapped in `<mark>…</mark>`. */
  highlights: Record<string, string>;
  /** A short HTML-safe excerpt around the first match in the crop attributes, with `<mark>`s. */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Exact number of documents matching query and filter (capped only by maxTotalHits on Meilisearch). */
  totalHits: number;
  page: number;
  hitsPerPage: number;
  /**
   * Per requested facet: value → number of matching documents. When a facet has more than
   * maxValuesPerFacet values the most frequent are kept. Key order carries no meaning: JavaScript
   * orders integer-like keys (years, province codes) numerically whatever the insertion order.
   */
  facets: Record<string, Record<string, number>>;
  tookMs: number;
}

export interface SearchEngine {
  readonly kind: "embedded" | "meilisearch";
  /** Creates the index or brings its settings up to date; idempotent. */
  ensureIndex(name: string, settings: IndexSettings): Promise<void>;
  /** Inserts or replaces documents by id: upserting the same document twice leaves one. */
  upsert(index: string, documents: readonly SearchDocument[]): Promise<void>;
  /** Deletes documents by id; unknown ids are ignored. */
  delete(index: string, ids: readonly string[]): Promise<void>;
  search(index: string, query: SearchQuery): Promise<SearchResult>;
  get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null>;
  /** Every document id in the index, for reconciling it with the source of truth. */
  allIds(index: string): Promise<string[]>;
  /** Exchanges two indexes' contents atomically: readers see one or the other, never neither. */
  swap(a: string, b: string): Promise<void>;
  /** Removes an index and its documents; a missing index is not an error. */
  dropIndex(name: string): Promise<void>;
  /** Resolves once every write made through this engine is visible to searches. */
  waitForSync(): Promise<void>;
  close(): Promise<void>;
}
