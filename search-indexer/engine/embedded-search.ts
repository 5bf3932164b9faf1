/**
 * Query execution of the embedded engine, in three steps inside one read transaction:
 * 1. One MATCH finds every document that has the query's words and passes the filter — visibility
 *    included, as `_tags` tokens — and returns their rowids in one JSON array. Totals are its length:
 *    exact, and invisible documents never enter them.
 * 2. Facets are counted, and attribute sorts done, over those rowids on the column mirror.
 * 3. bm25 (column weights from the index settings) ranks the page among the matches; a query matching
 *    more than RANK_WINDOW documents ranks its most recently indexed RANK_WINDOW matches.
 * The page's documents are then read and highlighted on their original text.
 */
import type Database from "better-sqlite3";
import { analyseQuery, highlightTerms, matchExpression, wordExpressions, type AnalysedQuery } from "./analyse";
import type { ColumnMirror } from "./embedded-columns";
import { ALL_TAG, PACK, TAGS_COLUMN, tagOf, type Layout } from "./embedded-store";
import { crop, escapeHtml, highlight, opening, type HighlightTerm } from "./highlight";
import { topFacetValues, type Condition, type NormalFilter, type NormalQuery } from "./query";
import type { SearchDocument, SearchHit, SearchResult } from "./port";

/**
 * Above this many matches bm25 ranks only the most recently indexed ones (and whatever a deep page
 * needs): bm25 costs about a microsecond per match — 100 ms for a query matching most of 100k documents —
 * and a query that broad is served well by its newest matches. Totals and facets still count every match.
 */
export const RANK_WINDOW = 2_000;
/** A number range becomes an OR of tag tokens when it spans at most this many known values (years). */
const MAX_RANGE_TAGS = 64;

export interface SearchContext {
  layout: Layout;
  mirror: ColumnMirror;
  statement(sql: string): Database.Statement;
}

export interface CompiledFilter {
  /** FTS5 expressions over the `_tags` column, one per OR-group, to be ANDed with the text query. */
  tags: string[];
  /** Conditions FTS5 cannot express (a wide number range), as SQL over the _attrs row `a`. */
  sql: string[];
  params: unknown[];
}

const phrase = (token: string) => `"${token}"`;

/** Tag tokens of a condition, or undefined when it has to be checked in SQL. */
function conditionTags(layout: Layout, mirror: ColumnMirror, condition: Condition): string[] | undefined {
  const index = layout.columns.find((c) => c.attribute === condition.field)?.index as number;
  if ("values" in condition) return condition.values.map((value) => tagOf(index, value));
  return mirror.valuesBetween(condition.field, condition.gte, condition.lte, MAX_RANGE_TAGS)?.map((value) => tagOf(index, value));
}

function conditionSql(condition: Condition, params: unknown[]): string {
  const column = `a."f_${condition.field}"`;
  if ("values" in condition) {
    if (condition.type === "string[]") {
      params.push(...condition.values.map((value) => PACK + value + PACK));
      return condition.values.map(() => `instr(${column}, ?) > 0`).join(" OR ");
    }
    params.push(...condition.values);
    return `${column} IN (${condition.values.map(() => "?").join(", ")})`;
  }
  const bounds: string[] = [];
  if (condition.gte !== undefined) bounds.push(`${column} >= ?`), params.push(condition.gte);
  if (condition.lte !== undefined) bounds.push(`${column} <= ?`), params.push(condition.lte);
  return bounds.join(" AND ");
}

/** AND of OR-groups → tag expressions for FTS5, falling back to SQL only for wide number ranges; null: matches nothing. */
export function compileFilter(layout: Layout, mirror: ColumnMirror, filter: Exclude<NormalFilter, null>): CompiledFilter | null {
  const compiled: CompiledFilter = { tags: [], sql: [], params: [] };
  for (const group of filter) {
    const tags = group.map((condition) => conditionTags(layout, mirror, condition));
    if (tags.every((t) => t !== undefined)) {
      const tokens = [...new Set(tags.flat() as string[])];
      if (tokens.length === 0) return null;
      compiled.tags.push(`{${TAGS_COLUMN}} : (${tokens.map(phrase).join(" OR ")})`);
    } else {
      compiled.sql.push(`(${group.map((condition) => `(${conditionSql(condition, compiled.params)})`).join(" OR ")})`);
    }
  }
  return compiled;
}

function textOf(value: unknown): string {
  if (value === undefined || value === null) return "";
  return Array.isArray(value) ? value.map(String).join("、") : String(value);
}

function buildHit(layout: Layout, document: SearchDocument, score: number, query: NormalQuery, terms: HighlightTerm[]): SearchHit {
  const highlights: Record<string, string> = {};
  for (const name of query.highlight) highlights[name] = terms.length > 0 ? highlight(textOf(document[name]), terms) : escapeHtml(textOf(document[name]));
  const sources = layout.settings.cropAttributes.map((name) => textOf(document[name]));
  let snippet: string | null = null;
  if (terms.length > 0) for (const text of sources) if ((snippet = crop(text, terms)) !== null) break;
  return { id: document.id, score, highlights, snippet: snippet ?? opening(sources.find((text) => text.length > 0) ?? "") };
}

interface Matches {
  rowids: number[];
  words: number;
  text: string;
}

/** Rowids (ascending) of the documents matching the first `words` query words and the filter. */
function matches(ctx: SearchContext, filter: CompiledFilter, text: string): number[] {
  const { layout } = ctx;
  const parts = [...(text ? [`{${layout.settings.searchableAttributes.join(" ")}} : (${text})`] : []), ...filter.tags];
  const match = parts.length > 0 ? parts.join(" AND ") : `{${TAGS_COLUMN}} : ${phrase(ALL_TAG)}`;
  const join = filter.sql.length > 0 ? ` CROSS JOIN ${layout.attrs} a ON a.rowid = ${layout.fts}.rowid` : "";
  const where = [`${layout.fts} MATCH ?`, ...filter.sql].join(" AND ");
  // One JSON array instead of one row per match: returning 100k rows one by one costs more than the search.
  const sql = `SELECT json_group_array(r) FROM (SELECT ${layout.fts}.rowid AS r FROM ${layout.fts}${join} WHERE ${where} ORDER BY ${layout.fts}.rowid)`;
  return JSON.parse(ctx.statement(sql).pluck().get(match, ...filter.params) as string) as number[];
}

/**
 * The words bm25 can tell documents apart by. FTS5 weighs a word found in more than half the documents
 * by an IDF clamped to ~1e-6, so such a word adds nothing to any score — but bm25 would still read its
 * whole doclist (100k entries for 专利) to find that out. Leaving it out of the ranking MATCH gives the
 * same order; the candidates were matched with every word already.
 */
function rankingWords(ctx: SearchContext, analysed: AnalysedQuery, words: number): string[] {
  const { layout, mirror } = ctx;
  const columns = `{${layout.settings.searchableAttributes.join(" ")}}`;
  const count = ctx.statement(`SELECT count(*) FROM ${layout.fts} WHERE ${layout.fts} MATCH ?`).pluck();
  return wordExpressions(analysed, words).filter((word) => mirror.frequency(word, () => count.get(`${columns} : (${word})`) as number) * 2 <= mirror.documents);
}

/** bm25 over the newest `window` matches (all of them when fewer); the candidates are already filtered. */
function rank(ctx: SearchContext, query: NormalQuery, found: Matches, analysed: AnalysedQuery): { rowid: number; score: number }[] {
  const { layout } = ctx;
  const window = Math.max(RANK_WINDOW, query.offset + query.hitsPerPage);
  const candidates = found.rowids.slice(-window);
  const words = rankingWords(ctx, analysed, found.words);
  if (words.length === 0) {
    // Every word is in most documents: bm25 would score all candidates alike, so the newest come first.
    const end = Math.max(0, candidates.length - query.offset);
    return candidates.slice(Math.max(0, end - query.hitsPerPage), end).reverse().map((rowid) => ({ rowid, score: 0 }));
  }
  const weights = [...layout.settings.searchableAttributes.map((name) => layout.settings.searchWeights[name]), 0].join(", ");
  // Only words go into this MATCH: the visibility tags would cost a doclist scan each for nothing (their column weighs 0).
  const sql = `SELECT rowid, -bm25(${layout.fts}, ${weights}) AS score FROM ${layout.fts} WHERE ${layout.fts} MATCH ? AND rowid >= ? ` +
    `AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY score DESC, rowid DESC LIMIT ? OFFSET ?`;
  const match = `{${layout.settings.searchableAttributes.join(" ")}} : (${words.join(" AND ")})`;
  return ctx.statement(sql).all(match, candidates[0], JSON.stringify(candidates), query.hitsPerPage, query.offset) as { rowid: number; score: number }[];
}

export function runSearch(ctx: SearchContext, query: NormalQuery): SearchResult {
  const started = performance.now();
  const { layout, mirror } = ctx;
  const page = { page: query.page, hitsPerPage: query.hitsPerPage };
  const nothing = (): SearchResult => ({ hits: [], totalHits: 0, ...page, facets: Object.fromEntries(query.facets.map((f) => [f, {}])), tookMs: performance.now() - started });
  if (query.filter === null) return nothing();
  mirror.refresh(ctx.statement);
  const filter = compileFilter(layout, mirror, query.filter);
  if (filter === null) return nothing();

  const analysed = analyseQuery(query.q);
  let found: Matches = { rowids: [], words: analysed.words.length, text: "" };
  // Meilisearch's `last` matching strategy: when all words find nothing, drop words from the end.
  for (;;) {
    found.text = found.words > 0 ? matchExpression(analysed, found.words) : "";
    found.rowids = matches(ctx, filter, found.text);
    if (found.rowids.length > 0 || found.words <= 1) break;
    found = { ...found, words: found.words - 1 };
  }

  const { rowids } = found;
  let rows: { rowid: number; score: number }[] = [];
  if (rowids.length > 0) {
    if (query.sort !== "relevance") {
      rows = mirror.sortRows(rowids, query.sort.attribute, query.sort.order, query.offset + query.hitsPerPage).slice(query.offset).map((rowid) => ({ rowid, score: 0 }));
    } else if (found.words === 0) {
      const end = Math.max(0, rowids.length - query.offset);
      rows = rowids.slice(Math.max(0, end - query.hitsPerPage), end).reverse().map((rowid) => ({ rowid, score: 0 }));
    } else {
      rows = rank(ctx, query, found, analysed);
    }
  }

  const terms = found.words > 0 ? highlightTerms(analysed, found.words) : [];
  const documents = new Map<number, SearchDocument>();
  if (rows.length > 0) {
    const read = ctx.statement(`SELECT rowid, doc FROM ${layout.docs} WHERE rowid IN (${rows.map(() => "?").join(", ")})`).all(...rows.map((r) => r.rowid)) as { rowid: number; doc: string }[];
    for (const row of read) documents.set(row.rowid, JSON.parse(row.doc) as SearchDocument);
  }
  const hits = rows.flatMap((row) => {
    const document = documents.get(row.rowid);
    return document ? [buildHit(layout, document, row.score, query, terms)] : [];
  });
  const counted = mirror.countFacets(rowids, query.facets);
  const facets = Object.fromEntries(query.facets.map((facet, i) => [facet, topFacetValues(counted[i] as Map<string, number>, layout.settings.maxValuesPerFacet)]));
  return { hits, totalHits: rowids.length, ...page, facets, tookMs: performance.now() - started };
}
