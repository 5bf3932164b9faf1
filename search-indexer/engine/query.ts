/**
 * Validation shared by both adapters, so a query one engine refuses the other refuses too, and both
 * refuse it before any work is done. Filters are brought to one normal form — an AND of OR-groups of
 * `in`/range conditions — that each adapter compiles to its own language (SQL, Meilisearch strings).
 */
import {
  ATTRIBUTE_NAME, DEFAULT_HITS_PER_PAGE, DOCUMENT_ID, INDEX_NAME, MAX_FACETS, MAX_HITS_PER_PAGE, MAX_QUERY_LENGTH, SearchQueryInvalid,
  type AttributeType, type FilterClause, type FilterValue, type IndexSettings, type SearchQuery, type SearchSort,
} from "./port";

export type Condition =
  | { field: string; type: AttributeType; values: FilterValue[] }
  | { field: string; type: AttributeType; gte?: number; lte?: number };

/** AND of OR-groups; `null` when the filter can match nothing (an empty `in` list in an AND). */
export type NormalFilter = Condition[][] | null;

export interface NormalQuery {
  q: string;
  filter: NormalFilter;
  facets: string[];
  sort: SearchSort;
  page: number;
  hitsPerPage: number;
  /** Zero-based position of the first hit of the page. */
  offset: number;
  highlight: string[];
}

/** A visibility or audience list is short; a longer one is a mistake or an attack on the planner. */
const MAX_IN_VALUES = 100;
const MAX_CLAUSES = 30;

export function checkIndexName(name: string): void {
  if (!INDEX_NAME.test(name)) throw new SearchQueryInvalid(`index name "${name}" may hold only A-Z, a-z, 0-9, _ and -`, "index");
}

export function checkDocumentId(id: unknown): asserts id is string {
  if (typeof id !== "string" || !DOCUMENT_ID.test(id)) {
    throw new SearchQueryInvalid(`document id ${JSON.stringify(id)} may hold only A-Z, a-z, 0-9, _ and - (1 to 511 characters)`, "id");
  }
}

export function checkSettings(settings: IndexSettings): void {
  const fail = (message: string) => {
    throw new SearchQueryInvalid(`index settings: ${message}`, "settings");
  };
  const filterable = settings.filterableAttributes;
  const names = [...settings.searchableAttributes, ...Object.keys(filterable)];
  for (const name of names) if (!ATTRIBUTE_NAME.test(name) || name === "id") fail(`"${name}" is not a usable attribute name`);
  if (settings.searchableAttributes.length === 0) fail("at least one searchable attribute is needed");
  if (new Set(settings.searchableAttributes).size !== settings.searchableAttributes.length) fail("searchable attributes repeat");
  for (const name of settings.searchableAttributes) if (!(settings.searchWeights[name] > 0)) fail(`"${name}" needs a positive search weight`);
  for (const name of settings.sortableAttributes) if (filterable[name] !== "number" && filterable[name] !== "string") fail(`sortable "${name}" must be a scalar filterable attribute`);
  for (const name of settings.facetAttributes) if (!(name in filterable)) fail(`facet "${name}" must be filterable`);
  for (const name of settings.cropAttributes) if (!settings.searchableAttributes.includes(name)) fail(`crop attribute "${name}" must be searchable`);
  if (!(settings.maxTotalHits >= MAX_HITS_PER_PAGE) || !(settings.maxValuesPerFacet >= 1)) fail("maxTotalHits and maxValuesPerFacet are too small");
}

function condition(settings: IndexSettings, clause: FilterClause, path: string): Condition | "false" {
  const type = settings.filterableAttributes[clause.field];
  if (type === undefined) throw new SearchQueryInvalid(`"${clause.field}" is not filterable`, `${path}.field`);
  const scalarType = type === "number" ? "number" : "string";
  const checkValue = (value: FilterValue, at: string) => {
    if (typeof value !== scalarType || (typeof value === "number" && !Number.isFinite(value)) || (typeof value === "string" && value.length > 200)) {
      throw new SearchQueryInvalid(`"${clause.field}" takes ${scalarType} values`, at);
    }
  };
  if ("eq" in clause) {
    checkValue(clause.eq, `${path}.eq`);
    return { field: clause.field, type, values: [clause.eq] };
  }
  if ("in" in clause) {
    if (!Array.isArray(clause.in) || clause.in.length > MAX_IN_VALUES) throw new SearchQueryInvalid(`"in" takes at most ${MAX_IN_VALUES} values`, `${path}.in`);
    clause.in.forEach((value, i) => checkValue(value, `${path}.in[${i}]`));
    return clause.in.length === 0 ? "false" : { field: clause.field, type, values: [...new Set(clause.in)] };
  }
  const { gte, lte } = clause as { gte?: number; lte?: number };
  if (type !== "number") throw new SearchQueryInvalid(`"${clause.field}" is not a number attribute: use eq or in`, path);
  if (gte === undefined && lte === undefined) throw new SearchQueryInvalid("a clause needs eq, in, gte or lte", path);
  for (const [key, value] of [["gte", gte], ["lte", lte]] as const) {
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) throw new SearchQueryInvalid(`${key} must be a finite number`, `${path}.${key}`);
  }
  return { field: clause.field, type, gte, lte };
}

/** Validates a filter and reduces it to AND-of-OR form; see NormalFilter for the `null` case. */
export function normaliseFilter(settings: IndexSettings, filter: SearchQuery["filter"]): NormalFilter {
  if (filter === undefined) return [];
  if (!Array.isArray(filter)) throw new SearchQueryInvalid("filter must be a list of clauses and OR-groups", "filter");
  const groups: Condition[][] = [];
  let clauses = 0;
  let impossible = false;
  filter.forEach((element, i) => {
    const members = "or" in element ? element.or : [element];
    if (!Array.isArray(members)) throw new SearchQueryInvalid("or takes a list of clauses", `filter[${i}].or`);
    clauses += members.length;
    const group: Condition[] = [];
    members.forEach((clause, j) => {
      const path = "or" in element ? `filter[${i}].or[${j}]` : `filter[${i}]`;
      if (typeof clause !== "object" || clause === null || "or" in clause) throw new SearchQueryInvalid("OR-groups hold clauses only", path);
      const made = condition(settings, clause, path);
      if (made !== "false") group.push(made);
    });
    // An OR-group with no satisfiable member (or an empty `in` standing alone) admits nothing.
    if (group.length === 0) impossible = true;
    else groups.push(group);
  });
  if (clauses > MAX_CLAUSES) throw new SearchQueryInvalid(`a filter holds at most ${MAX_CLAUSES} clauses`, "filter");
  return impossible ? null : groups;
}

function positiveInteger(value: number | undefined, fallback: number, field: string, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new SearchQueryInvalid(`${field} must be an integer from 1 to ${max}`, field);
  return value;
}

export function normaliseQuery(settings: IndexSettings, query: SearchQuery): NormalQuery {
  const q = (query.q ?? "").trim();
  if (q.length > MAX_QUERY_LENGTH) throw new SearchQueryInvalid(`q may hold at most ${MAX_QUERY_LENGTH} characters`, "q");
  const hitsPerPage = positiveInteger(query.hitsPerPage, DEFAULT_HITS_PER_PAGE, "hitsPerPage", MAX_HITS_PER_PAGE);
  const page = positiveInteger(query.page, 1, "page", Math.floor(settings.maxTotalHits / hitsPerPage));
  const facets = [...new Set(query.facets ?? [])];
  if (facets.length > MAX_FACETS) throw new SearchQueryInvalid(`at most ${MAX_FACETS} facets per query`, "facets");
  for (const facet of facets) if (!settings.facetAttributes.includes(facet)) throw new SearchQueryInvalid(`"${facet}" is not a facet`, "facets");
  const highlight = [...new Set(query.highlight ?? [])];
  for (const name of highlight) if (!settings.searchableAttributes.includes(name)) throw new SearchQueryInvalid(`"${name}" cannot be highlighted`, "highlight");
  const sort = query.sort ?? "relevance";
  if (sort !== "relevance") {
    if (!settings.sortableAttributes.includes(sort.attribute)) throw new SearchQueryInvalid(`"${sort.attribute}" is not sortable`, "sort");
    if (sort.order !== "asc" && sort.order !== "desc") throw new SearchQueryInvalid("sort order is asc or desc", "sort");
  }
  return { q, filter: normaliseFilter(settings, query.filter), facets, sort, page, hitsPerPage, offset: (page - 1) * hitsPerPage, highlight };
}

/** Keeps the `max` most frequent facet values (ties by value), inserted most frequent first. */
export function topFacetValues(counts: Map<string, number>, max: number): Record<string, number> {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return Object.fromEntries(sorted.slice(0, max));
}
