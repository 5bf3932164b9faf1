/**
 * Translates the search arguments into the engine's filter and facet vocabulary, and the engine's facet
 * counts back into labelled values. Pure functions: the service composes them with visibility.
 */
import { badInput } from "../../platform/errors";
import { industryName } from "../../reference/industries";
import { regionName } from "../../reference/regions";
import type { FilterClause, SearchFilter } from "../engine/port";
import { BASE_LEVEL_LABELS, NAVIGATION_TYPE_LABELS, RESULT_TYPE_LABELS } from "./enums";

/** Filters both indexes share; every list means "any of these", lists combine with AND. */
export interface SearchFilterInput {
  industryCodes?: readonly string[] | null;
  navigationTypes?: readonly string[] | null;
  provinces?: readonly string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  baseLevels?: readonly string[] | null;
  baseIds?: readonly string[] | null;
}

export interface ReportFilterInput extends SearchFilterInput {
  resultTypes?: readonly string[] | null;
}

/** GraphQL facet name → engine attribute; the GraphQL names are singular, as one value is counted. */
export const REPORT_FACETS = {
  industryCode: "industryCodes",
  navigationType: "navigationType",
  resultType: "resultType",
  province: "province",
  year: "year",
  baseLevel: "baseLevel",
} as const;

export const CASE_FACETS = {
  industryCode: "industryCodes",
  navigationType: "navigationType",
  province: "province",
  year: "year",
  baseLevel: "baseLevel",
} as const;

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

const LABELS: Record<string, (value: string) => string> = {
  industryCodes: (code) => industryName(code) ?? code,
  province: (code) => regionName(code) ?? code,
  navigationType: (value) => NAVIGATION_TYPE_LABELS[value as keyof typeof NAVIGATION_TYPE_LABELS] ?? value,
  resultType: (value) => RESULT_TYPE_LABELS[value as keyof typeof RESULT_TYPE_LABELS] ?? value,
  baseLevel: (value) => BASE_LEVEL_LABELS[value as keyof typeof BASE_LEVEL_LABELS] ?? value,
  year: (value) => `${value}年`,
};

/** Checks what a single argument's validator cannot: the relation between two of them. */
export function checkYearRange(filter: SearchFilterInput | null | undefined): void {
  if (filter?.yearFrom != null && filter.yearTo != null && filter.yearFrom > filter.yearTo) {
    throw badInput("filter.yearTo", "filter.yearTo must not be before filter.yearFrom");
  }
}

function listClause(field: string, values: readonly string[] | null | undefined): FilterClause[] {
  return values && values.length > 0 ? [{ field, in: [...new Set(values)] }] : [];
}

function commonClauses(filter: SearchFilterInput): FilterClause[] {
  const year: FilterClause[] =
    filter.yearFrom != null || filter.yearTo != null ? [{ field: "year", gte: filter.yearFrom ?? undefined, lte: filter.yearTo ?? undefined }] : [];
  return [
    ...listClause("industryCodes", filter.industryCodes),
    ...listClause("navigationType", filter.navigationTypes),
    ...listClause("province", filter.provinces),
    ...year,
    ...listClause("baseLevel", filter.baseLevels),
    ...listClause("baseId", filter.baseIds),
  ];
}

export function reportFilter(filter: ReportFilterInput | null | undefined): SearchFilter {
  if (!filter) return [];
  checkYearRange(filter);
  return [...commonClauses(filter), ...listClause("resultType", filter.resultTypes)];
}

export function caseFilter(filter: SearchFilterInput | null | undefined): SearchFilter {
  if (!filter) return [];
  checkYearRange(filter);
  return commonClauses(filter);
}

/** Engine counts (attribute → value → count) as labelled lists under the GraphQL facet names. */
export function labelFacets<N extends string>(names: Readonly<Record<N, string>>, counts: Record<string, Record<string, number>>): Record<N, FacetCount[]> {
  const out = {} as Record<N, FacetCount[]>;
  for (const [name, attribute] of Object.entries(names) as [N, string][]) {
    const label = LABELS[attribute] ?? String;
    // Sorted again here: the engine's Record cannot keep its order for integer-like keys (years, province codes).
    out[name] = Object.entries(counts[attribute] ?? {})
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .map(([value, count]) => ({ value, label: label(value), count }));
  }
  return out;
}

/** The same shape with no counts, for a query that did not ask for facets or found no index. */
export function emptyFacets<N extends string>(names: Readonly<Record<N, string>>): Record<N, FacetCount[]> {
  return Object.fromEntries(Object.keys(names).map((name) => [name, []])) as unknown as Record<N, FacetCount[]>;
}
