/**
 * What the indexer reads through the gateway for each kind of document, and how it becomes one. The
 * selection sets ask for exactly what the documents carry (field names as in schema/supergraph.graphql);
 * the mapping is the engine's own (engine/demo-documents.ts), so the index the worker builds is the one
 * the contract suite, the relevance set and the benchmarks are measured on.
 */
import type { ExpertRecord, ResultRecord, TypicalCaseRecord } from "../../demo/records";
import { caseDocument, expertDocument, reportDocument } from "../engine/demo-documents";
import { CASES, EXPERTS, INDEX_NAMES, isCaseIndexable, isIndexable, REPORTS } from "../engine/documents";
import type { IndexSettings, SearchDocument } from "../engine/port";

export type IndexKey = keyof typeof INDEX_NAMES;

export interface BaseSource {
  id: string;
  name: string;
  level: string;
  regionCode: string;
}

/** An entity as the gateway answers it, in the shape of its kind's fragment. */
export type Source = { id: string; base?: BaseSource | null } & Record<string, unknown>;

export interface DocumentKind {
  index: IndexKey;
  settings: IndexSettings;
  /** Entity type in the change feeds. */
  entityType: string;
  /** Root field fetching one entity by id, and the list field paging through all of them. */
  byId: string;
  list: string;
  /** The status list filters select: every indexable entity has it (RESTRICTED reports are then left out). */
  listStatus: string;
  fragment: string;
  /** Whether the entity may be in the index at all; a document of any other is deleted. */
  indexable(source: Source): boolean;
  toDocument(source: Source): SearchDocument;
}

const BASE = "base { id name level regionCode }";

/** Fields of a result the report document reads (reportDocument and isIndexable). */
type ReportFields = Pick<ResultRecord, "id" | "status" | "confidentiality" | "releasedAt" | "type" | "navigationType" | "title" | "abstract" | "keywords" | "industryCodes" | "ipcClasses" | "regionCodes" | "year" | "audienceIndustryCodes">;
type ReportSource = ReportFields & { audienceOrganizations: { id: string }[]; chapters: { title: string; text: string }[]; project: { id: string } | null; base: BaseSource };

type CaseFields = Pick<TypicalCaseRecord, "id" | "status" | "publishedAt" | "title" | "navigationType" | "industryCodes" | "background" | "process" | "findings" | "application" | "outcomes" | "lessons" | "year">;
type CaseSource = CaseFields & { result: { id: string } | null; project: { id: string } | null; base: BaseSource };

type ExpertSource = Pick<ExpertRecord, "id" | "status" | "name" | "expertise" | "industryCodes" | "ipcClasses" | "stages" | "navigationTypes" | "regionCode" | "serviceRegionCodes">;

/*
 * The mappers take whole demo records but read only the fields above; the remaining record fields (a
 * result's sponsor, an expert's pools and conflicts, …) are in no search document and are not fetched.
 * The worker tests compare the indexed documents with the mappers' output over the demo records, so a
 * mapper that starts reading another field fails them.
 */
const REPORT_KIND: DocumentKind = {
  index: "reports",
  settings: REPORTS,
  entityType: "Result",
  byId: "result",
  list: "results",
  listStatus: "RELEASED",
  fragment: `fragment Report on Result { id status confidentiality releasedAt type navigationType title abstract keywords industryCodes ipcClasses regionCodes year audienceIndustryCodes audienceOrganizations { id } chapters { title text } project { id } ${BASE} }`,
  indexable: (source) => isIndexable(source as unknown as ReportSource),
  toDocument: (source) => {
    const { audienceOrganizations, project, base, ...fields } = source as unknown as ReportSource;
    const record = { ...fields, projectId: project?.id ?? "", baseId: base.id, audienceOrganizationIds: audienceOrganizations.map((organization) => organization.id) };
    return reportDocument(record as unknown as ResultRecord, { id: record.projectId, navigationType: fields.navigationType, baseId: base.id }, base as Parameters<typeof reportDocument>[2]);
  },
};

const CASE_KIND: DocumentKind = {
  index: "cases",
  settings: CASES,
  entityType: "TypicalCase",
  byId: "typicalCase",
  list: "typicalCases",
  listStatus: "PUBLISHED",
  fragment: `fragment Case on TypicalCase { id status publishedAt title navigationType industryCodes background process findings application outcomes lessons year result { id } project { id } ${BASE} }`,
  indexable: (source) => isCaseIndexable(source as unknown as CaseSource),
  toDocument: (source) => {
    const { result, project, base, ...fields } = source as unknown as CaseSource;
    const record = { ...fields, resultId: result?.id ?? "", projectId: project?.id ?? "", baseId: base.id };
    return caseDocument(record as unknown as TypicalCaseRecord, base as Parameters<typeof caseDocument>[1]);
  },
};

const EXPERT_KIND: DocumentKind = {
  index: "experts",
  settings: EXPERTS,
  entityType: "Expert",
  byId: "expert",
  list: "experts",
  listStatus: "ACTIVE",
  fragment: "fragment Expert on Expert { id status name expertise industryCodes ipcClasses stages navigationTypes regionCode serviceRegionCodes }",
  // Only experts who may take work are found: suspended and inactive ones leave the index.
  indexable: (source) => (source as unknown as ExpertSource).status === "ACTIVE",
  toDocument: (source) => expertDocument(source as unknown as ExpertRecord),
};

export const KINDS: Readonly<Record<IndexKey, DocumentKind>> = { reports: REPORT_KIND, cases: CASE_KIND, experts: EXPERT_KIND };

export const kindOfEntity = (entityType: string): DocumentKind | undefined => Object.values(KINDS).find((kind) => kind.entityType === entityType);

/** The fragment's name, e.g. "Report", for `...Report`. */
export const fragmentName = (kind: DocumentKind): string => /^fragment (\w+)/.exec(kind.fragment)![1];

/** Entities a change of which re-indexes every document of the base it names (its name, level, province). */
export const BASE_ENTITY = "ServiceBase";
/**
 * Organisation changes are in the bases feed because sponsors and audiences are organisations, but the
 * documents carry organisation ids only, never their names: nothing to re-index. Named here so the
 * worker consumes them knowingly instead of warning about an unknown entity type.
 */
export const IGNORED_ENTITIES: ReadonlySet<string> = new Set(["Organization"]);
