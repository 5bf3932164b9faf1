/**
 * Search documents and the index definitions both engines are configured from. A document is a
 * denormalised, read-only copy made for search: a report carries its project's navigation type and its
 * base's name, level and province, so every filter and facet is answered from the index alone.
 * Only released, non-RESTRICTED results are indexable; RESTRICTED ones never enter the index at all,
 * so no query, total or facet can reveal them.
 */
import { industryName } from "../../reference/industries";
import { regionName } from "../../reference/regions";
import type { FilterOrGroup, IndexSettings, SearchDocument } from "./port";

/** Meilisearch indexes the first 65,535 words of an attribute; a cap well below keeps both engines equal. */
export const CHAPTERS_MAX_CHARS = 20_000;

export type Visibility = "PUBLIC" | "REGISTERED" | "TARGETED";

export interface ReportDocument extends SearchDocument {
  /** The result's id. */
  id: string;
  title: string;
  abstract: string;
  keywords: string[];
  /** Chapter titles and texts, capped at CHAPTERS_MAX_CHARS. */
  chapters: string;
  resultType: string;
  navigationType: string;
  industryCodes: string[];
  industryNames: string[];
  ipcClasses: string[];
  regionCodes: string[];
  /** GB/T 2260 code of the producing base's province, and its name. */
  province: string;
  provinceName: string;
  baseId: string;
  baseName: string;
  baseLevel: string;
  projectId: string;
  year: number;
  /** ISO-8601 instant, for display. */
  releasedAt: string;
  /** The same instant in epoch milliseconds: what sorting uses (ISO strings with offsets do not sort). */
  releasedAtMs: number;
  confidentiality: Visibility;
  /** Only TARGETED reports carry audiences, so an audience match always means a targeted report. */
  audienceOrganizationIds: string[];
  audienceIndustryCodes: string[];
}

export interface CaseDocument extends SearchDocument {
  id: string;
  title: string;
  background: string;
  process: string;
  findings: string;
  application: string;
  outcomes: string;
  lessons: string;
  navigationType: string;
  industryCodes: string[];
  industryNames: string[];
  province: string;
  provinceName: string;
  baseId: string;
  baseName: string;
  baseLevel: string;
  projectId: string;
  resultId: string;
  year: number;
  publishedAt: string;
  publishedAtMs: number;
}

export interface ExpertDocument extends SearchDocument {
  id: string;
  name: string;
  expertise: string;
  industryCodes: string[];
  industryNames: string[];
  ipcClasses: string[];
  stages: string[];
  navigationTypes: string[];
  region: string;
  regionName: string;
  serviceRegionCodes: string[];
  status: string;
}

const common = { maxTotalHits: 10_000, maxValuesPerFacet: 100 } as const;

export const REPORTS: IndexSettings = {
  searchableAttributes: ["title", "keywords", "abstract", "chapters", "industryNames", "ipcClasses", "provinceName", "baseName"],
  searchWeights: { title: 10, keywords: 6, abstract: 3, chapters: 1, industryNames: 3, ipcClasses: 4, provinceName: 3, baseName: 2 },
  filterableAttributes: {
    resultType: "string", navigationType: "string", industryCodes: "string[]", ipcClasses: "string[]", regionCodes: "string[]",
    province: "string", baseId: "string", baseLevel: "string", projectId: "string", year: "number", releasedAtMs: "number",
    confidentiality: "string", audienceOrganizationIds: "string[]", audienceIndustryCodes: "string[]",
  },
  sortableAttributes: ["releasedAtMs", "year"],
  facetAttributes: ["industryCodes", "navigationType", "resultType", "province", "year", "baseLevel"],
  cropAttributes: ["abstract", "chapters"],
  ...common,
};

export const CASES: IndexSettings = {
  searchableAttributes: ["title", "findings", "application", "outcomes", "background", "process", "lessons", "industryNames", "provinceName", "baseName"],
  searchWeights: { title: 10, findings: 3, application: 3, outcomes: 2, background: 2, process: 1, lessons: 1, industryNames: 3, provinceName: 3, baseName: 2 },
  filterableAttributes: {
    navigationType: "string", industryCodes: "string[]", province: "string", baseId: "string", baseLevel: "string",
    projectId: "string", resultId: "string", year: "number", publishedAtMs: "number",
  },
  sortableAttributes: ["publishedAtMs", "year"],
  facetAttributes: ["industryCodes", "navigationType", "province", "year", "baseLevel"],
  cropAttributes: ["findings", "application", "outcomes", "background"],
  ...common,
};

export const EXPERTS: IndexSettings = {
  searchableAttributes: ["expertise", "industryNames", "ipcClasses", "name"],
  searchWeights: { expertise: 5, industryNames: 3, ipcClasses: 3, name: 1 },
  filterableAttributes: {
    industryCodes: "string[]", ipcClasses: "string[]", stages: "string[]", navigationTypes: "string[]",
    region: "string", serviceRegionCodes: "string[]", status: "string",
  },
  sortableAttributes: [],
  facetAttributes: ["industryCodes", "stages", "region"],
  cropAttributes: ["expertise"],
  ...common,
};

/** Index names; the re-index command builds `<name>-next` and swaps it in. */
export const INDEX_NAMES = { reports: "reports", cases: "cases", experts: "experts" } as const;

export interface ResultSource {
  id: string;
  status: string;
  confidentiality: string;
  releasedAt: string | null;
}

/** Released and not RESTRICTED: the only results that may ever be in the reports index. */
export function isIndexable(result: ResultSource): boolean {
  return result.status === "RELEASED" && result.releasedAt !== null && result.confidentiality !== "RESTRICTED";
}

/** Published: the only typical cases that may be in the cases index. */
export function isCaseIndexable(typicalCase: { status: string; publishedAt: string | null }): boolean {
  return typicalCase.status === "PUBLISHED" && typicalCase.publishedAt !== null;
}

export const industryNamesOf = (codes: readonly string[]): string[] => codes.map((code) => industryName(code) ?? code);
export const provinceNameOf = (code: string): string => regionName(code) ?? code;

export interface Viewer {
  signedIn: boolean;
  organizationId?: string;
  industryCodes?: readonly string[];
}

/**
 * Which reports a viewer may find (DESIGN §4): PUBLIC for everyone, REGISTERED once signed in, TARGETED
 * when the viewer's organisation or industries are in the audience. Passed to the engine as a filter,
 * so totals and facets are computed over visible reports only.
 */
export function reportVisibility(viewer: Viewer): FilterOrGroup {
  const or: FilterOrGroup["or"][number][] = [{ field: "confidentiality", in: viewer.signedIn ? ["PUBLIC", "REGISTERED"] : ["PUBLIC"] }];
  if (viewer.signedIn && viewer.organizationId) or.push({ field: "audienceOrganizationIds", eq: viewer.organizationId });
  if (viewer.signedIn && viewer.industryCodes && viewer.industryCodes.length > 0) or.push({ field: "audienceIndustryCodes", in: viewer.industryCodes.slice(0, 20) });
  return { or };
}
