/**
 * The search subgraph's rules, free of GraphQL: visibility joins every report query as an engine
 * filter, arguments become the engine's query, and engine failures become the platform's codes —
 * an index not built yet is an empty result, an unreachable engine SERVICE_UNAVAILABLE.
 */
import type { Caller } from "../../platform/auth";
import { badInput } from "../../platform/errors";
import type { Logger } from "../../platform/logger";
import { CASES, INDEX_NAMES, REPORTS, type ReportDocument } from "../engine/documents";
import {
  MAX_HITS_PER_PAGE, MAX_QUERY_LENGTH, SearchEngineError, SearchEngineUnavailable, SearchIndexMissing, toDomainError,
  type IndexSettings, type SearchEngine, type SearchFilter, type SearchHit, type SearchResult,
} from "../engine/port";
import { CaseSearchSort, SearchSort } from "./enums";
import { CASE_FACETS, caseFilter, emptyFacets, labelFacets, REPORT_FACETS, reportFilter, type FacetCount, type ReportFilterInput, type SearchFilterInput } from "./filters";
import { candidatesPerTerm, mergeRelated, relatedTerms, sharedSubject } from "./related";
import { documentMatches, reportVisibilityFor } from "./visibility";

export const MAX_RELATED = 20;

export interface SearchRequest<F, S> {
  query?: string | null;
  filter?: F | null;
  sort: S;
  page: number;
  hitsPerPage: number;
  /** Facet counts cost an aggregation over every hit: only computed when the client selected them. */
  withFacets: boolean;
}

export interface SearchPage<H, N extends string> {
  hits: H[];
  totalCount: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  facets: Record<N, FacetCount[]>;
}

export interface ReportHit {
  id: string;
  score: number;
  highlights: { title: string; abstract: string; keywords: string };
  snippet: string;
  result: { id: string };
}

export interface CaseHit {
  id: string;
  score: number;
  highlights: { title: string; findings: string; application: string };
  snippet: string;
  typicalCase: { id: string };
}

export type ReportPage = SearchPage<ReportHit, keyof typeof REPORT_FACETS>;
export type CasePage = SearchPage<CaseHit, keyof typeof CASE_FACETS>;

const REPORT_HIGHLIGHTS = ["title", "abstract", "keywords"] as const;
const CASE_HIGHLIGHTS = ["title", "findings", "application"] as const;

const highlightsOf = <K extends string>(hit: SearchHit, names: readonly K[]) => Object.fromEntries(names.map((name) => [name, hit.highlights[name] ?? ""])) as Record<K, string>;

const reportHit = (hit: SearchHit): ReportHit => ({ id: hit.id, score: hit.score, highlights: highlightsOf(hit, REPORT_HIGHLIGHTS), snippet: hit.snippet, result: { id: hit.id } });
const caseHit = (hit: SearchHit): CaseHit => ({ id: hit.id, score: hit.score, highlights: highlightsOf(hit, CASE_HIGHLIGHTS), snippet: hit.snippet, typicalCase: { id: hit.id } });

/** Checks the arguments every search shares, before the engine is asked anything. */
function checkPaging(settings: IndexSettings, query: string, page: number, hitsPerPage: number): void {
  if (query.length > MAX_QUERY_LENGTH) throw badInput("query", `query may hold at most ${MAX_QUERY_LENGTH} characters`);
  if (!Number.isInteger(hitsPerPage) || hitsPerPage < 1 || hitsPerPage > MAX_HITS_PER_PAGE) throw badInput("hitsPerPage", `hitsPerPage must be from 1 to ${MAX_HITS_PER_PAGE}`);
  // Engines page only so deep (Meilisearch's maxTotalHits): a page past it would silently come back empty.
  const lastPage = Math.floor(settings.maxTotalHits / hitsPerPage);
  if (!Number.isInteger(page) || page < 1 || page > lastPage) throw badInput("page", `page must be from 1 to ${lastPage} with ${hitsPerPage} hits per page`);
}

export class SearchService {
  constructor(
    private readonly engine: SearchEngine,
    private readonly logger: Logger,
    private readonly indexes: { reports: string; cases: string } = INDEX_NAMES,
  ) {}

  /** Runs an engine call; a missing index yields `missing`, engine failures become coded errors. */
  private async call<T>(missing: () => T, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof SearchIndexMissing) return missing();
      if (error instanceof SearchEngineUnavailable) this.logger.warn("search engine unavailable", { error });
      if (error instanceof SearchEngineError) throw toDomainError(error, "search");
      throw error;
    }
  }

  private async page<H, N extends string>(
    index: string,
    settings: IndexSettings,
    facetNames: Readonly<Record<N, string>>,
    filter: SearchFilter,
    request: SearchRequest<unknown, unknown>,
    dateAttribute: string,
    byDate: boolean,
    highlight: readonly string[],
    toHit: (hit: SearchHit) => H,
  ): Promise<SearchPage<H, N>> {
    const q = (request.query ?? "").trim();
    checkPaging(settings, q, request.page, request.hitsPerPage);
    const { page, hitsPerPage } = request;
    const empty = (): SearchResult => ({ hits: [], totalHits: 0, page, hitsPerPage, facets: {}, tookMs: 0 });
    // Without query text there is no relevance to rank by: the newest come first.
    const newestFirst = byDate || q === "";
    const result = await this.call(empty, () =>
      this.engine.search(index, {
        q,
        filter,
        facets: request.withFacets ? Object.values<string>(facetNames) : undefined,
        sort: newestFirst ? { attribute: dateAttribute, order: "desc" } : "relevance",
        page,
        hitsPerPage,
        highlight,
      }),
    );
    return {
      hits: result.hits.map(toHit),
      totalCount: result.totalHits,
      page,
      hitsPerPage,
      totalPages: Math.ceil(Math.min(result.totalHits, settings.maxTotalHits) / hitsPerPage),
      facets: request.withFacets ? labelFacets(facetNames, result.facets) : emptyFacets(facetNames),
    };
  }

  searchReports(caller: Caller, request: SearchRequest<ReportFilterInput, SearchSort>): Promise<ReportPage> {
    const filter = [...reportVisibilityFor(caller), ...reportFilter(request.filter)];
    const byDate = request.sort === SearchSort.RELEASED_AT;
    return this.page(this.indexes.reports, REPORTS, REPORT_FACETS, filter, request, "releasedAtMs", byDate, REPORT_HIGHLIGHTS, reportHit);
  }

  /** Only published cases are indexed, and a published case is public: no visibility filter applies. */
  searchCases(_caller: Caller, request: SearchRequest<SearchFilterInput, CaseSearchSort>): Promise<CasePage> {
    const byDate = request.sort === CaseSearchSort.PUBLISHED_AT;
    return this.page(this.indexes.cases, CASES, CASE_FACETS, caseFilter(request.filter), request, "publishedAtMs", byDate, CASE_HIGHLIGHTS, caseHit);
  }

  /**
   * Reports like `id` (see related.ts), under the caller's visibility. A report the caller may not see
   * answers an empty list, exactly like one that does not exist, so the answer reveals nothing.
   */
  async relatedReports(caller: Caller, id: string, first: number): Promise<ReportHit[]> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_RELATED) throw badInput("first", `first must be from 1 to ${MAX_RELATED}`);
    const index = this.indexes.reports;
    const visibility = reportVisibilityFor(caller);
    const source = await this.call(() => null, () => this.engine.get<ReportDocument>(index, id));
    if (!source || !documentMatches(visibility, source)) return [];
    const subject = sharedSubject(source);
    const filter: SearchFilter = [...visibility, ...(subject ? [subject] : [])];
    const search = (q: string, hitsPerPage: number, sort: "relevance" | { attribute: string; order: "desc" }) =>
      this.call<SearchResult | null>(() => null, () => this.engine.search(index, { q, filter, hitsPerPage, sort, highlight: REPORT_HIGHLIGHTS }));
    const termResults: SearchResult[] = [];
    for (const term of relatedTerms(source)) {
      const result = await search(term, candidatesPerTerm(first), "relevance");
      if (result) termResults.push(result);
    }
    const candidates = new Set(termResults.flatMap((result) => result.hits.map((hit) => hit.id)));
    candidates.delete(source.id);
    // Enough newest reports to fill the list even when they overlap every candidate and the source.
    const fillers = candidates.size < first ? ((await search("", first + candidates.size + 1, { attribute: "releasedAtMs", order: "desc" }))?.hits ?? []) : [];
    return mergeRelated(termResults, fillers, source.id, first).map(reportHit);
  }

  /** Ready when the engine answers; an index the indexer has not built yet is an answer too. */
  async ready(): Promise<void> {
    try {
      await this.engine.search(this.indexes.reports, { q: "", hitsPerPage: 1 });
    } catch (error) {
      if (!(error instanceof SearchIndexMissing)) throw error;
    }
  }
}
