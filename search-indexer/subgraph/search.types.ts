/** GraphQL output types of the search subgraph: pages of hits, highlights and labelled facet counts. */
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { ResultRef } from "./external/result.stub";
import { TypicalCaseRef } from "./external/typical-case.stub";

@ObjectType({ description: "检索分面 How many hits carry one value of a facet." })
export class FacetCount {
  @Field(() => String, { description: "The value, as a filter takes it: an industry code, a GB/T 2260 province code, an enum value or a year." })
  value: string;

  @Field(() => String, { description: "Chinese label of the value: industry or province name, enum label, or 2024年." })
  label: string;

  @Field(() => Int, { description: "Number of hits of this search, over all pages, carrying the value." })
  count: number;
}

const FACET_NOTE = "counted over every hit of this search the caller may see, filters included; most frequent first.";

@ObjectType({ description: "Facet counts of a case search." })
export class CaseSearchFacets {
  @Field(() => [FacetCount], { description: `By strategic emerging industry, ${FACET_NOTE}` })
  industryCode: FacetCount[];

  @Field(() => [FacetCount], { description: `By navigation type, ${FACET_NOTE}` })
  navigationType: FacetCount[];

  @Field(() => [FacetCount], { description: `By province of the producing base, ${FACET_NOTE}` })
  province: FacetCount[];

  @Field(() => [FacetCount], { description: `By year, ${FACET_NOTE}` })
  year: FacetCount[];

  @Field(() => [FacetCount], { description: `By level of the producing base, ${FACET_NOTE}` })
  baseLevel: FacetCount[];
}

@ObjectType({ description: "Facet counts of a report search." })
export class ReportSearchFacets extends CaseSearchFacets {
  @Field(() => [FacetCount], { description: `By kind of result, ${FACET_NOTE}` })
  resultType: FacetCount[];
}

const MARKED = "HTML-escaped, the words that matched wrapped in <mark>…</mark>.";

@ObjectType({ description: "Fields of a report with the matched words marked." })
export class ReportHighlights {
  @Field(() => String, { description: `Title, ${MARKED}` })
  title: string;

  @Field(() => String, { description: `Abstract, ${MARKED}` })
  abstract: string;

  @Field(() => String, { description: `Keywords joined by 、, ${MARKED}` })
  keywords: string;
}

@ObjectType({ description: "Fields of a typical case with the matched words marked." })
export class CaseHighlights {
  @Field(() => String, { description: `Title, ${MARKED}` })
  title: string;

  @Field(() => String, { description: `Findings (导航发现), ${MARKED}` })
  findings: string;

  @Field(() => String, { description: `Application of the results (成果运用), ${MARKED}` })
  application: string;
}

@ObjectType({ description: "检索命中 One report found by a search." })
export class ReportSearchHit {
  @Field(() => ID, { description: "Id of the result found." })
  id: string;

  @Field(() => Float, { description: "Relevance, higher is better; comparable within one answer only (0 for filler hits of relatedReports)." })
  score: number;

  @Field(() => ReportHighlights, { description: "Title, abstract and keywords with the matched words marked." })
  highlights: ReportHighlights;

  @Field(() => String, { description: `A short excerpt of the abstract or chapters around the first match, ${MARKED}` })
  snippet: string;

  @Field(() => ResultRef, { nullable: true, description: "The result itself: select any of its fields. Null when it was withdrawn after indexing or the caller may no longer see it." })
  result: ResultRef | null;
}

@ObjectType({ description: "检索命中 One typical case found by a search." })
export class CaseSearchHit {
  @Field(() => ID, { description: "Id of the typical case found." })
  id: string;

  @Field(() => Float, { description: "Relevance, higher is better; comparable within one answer only." })
  score: number;

  @Field(() => CaseHighlights, { description: "Title, findings and application with the matched words marked." })
  highlights: CaseHighlights;

  @Field(() => String, { description: `A short excerpt of the findings, application, outcomes or background around the first match, ${MARKED}` })
  snippet: string;

  @Field(() => TypicalCaseRef, { nullable: true, description: "The typical case itself: select any of its fields. Null when it was withdrawn after indexing." })
  typicalCase: TypicalCaseRef | null;
}

const PAGE_FIELDS = {
  totalCount: "Exact number of hits the caller may see, over all pages.",
  page: "This page's number, from 1.",
  hitsPerPage: "Hits per page, as asked.",
  totalPages: "Number of pages that can be requested.",
};

@ObjectType({ description: "成果检索结果 One page of a report search, with its total and facet counts." })
export class ReportSearchResult {
  @Field(() => [ReportSearchHit], { description: "Hits of this page, in the requested order." })
  hits: ReportSearchHit[];

  @Field(() => Int, { description: PAGE_FIELDS.totalCount })
  totalCount: number;

  @Field(() => Int, { description: PAGE_FIELDS.page })
  page: number;

  @Field(() => Int, { description: PAGE_FIELDS.hitsPerPage })
  hitsPerPage: number;

  @Field(() => Int, { description: PAGE_FIELDS.totalPages })
  totalPages: number;

  @Field(() => ReportSearchFacets, { description: "Counts per value of industry, navigation type, result type, province, year and base level (computed only when selected)." })
  facets: ReportSearchFacets;
}

@ObjectType({ description: "案例检索结果 One page of a typical-case search, with its total and facet counts." })
export class CaseSearchResult {
  @Field(() => [CaseSearchHit], { description: "Hits of this page, in the requested order." })
  hits: CaseSearchHit[];

  @Field(() => Int, { description: PAGE_FIELDS.totalCount })
  totalCount: number;

  @Field(() => Int, { description: PAGE_FIELDS.page })
  page: number;

  @Field(() => Int, { description: PAGE_FIELDS.hitsPerPage })
  hitsPerPage: number;

  @Field(() => Int, { description: PAGE_FIELDS.totalPages })
  totalPages: number;

  @Field(() => CaseSearchFacets, { description: "Counts per value of industry, navigation type, province, year and base level (computed only when selected)." })
  facets: CaseSearchFacets;
}
