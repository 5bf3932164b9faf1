/**
 * Builds search documents from records: the mapping the indexer applies to what it reads through the
 * gateway, and — with the demo data set — the corpus of the contract suite, the relevance set and the
 * benchmarks. Joins result → project → base; industries and provinces get their Chinese names.
 */
import { generateDemoData } from "../../demo/generate";
import type { DemoData, ExpertRecord, ProjectRecord, ResultRecord, ServiceBaseRecord, TypicalCaseRecord } from "../../demo/records";
import {
  CHAPTERS_MAX_CHARS, industryNamesOf, isCaseIndexable, isIndexable, provinceNameOf,
  type CaseDocument, type ExpertDocument, type ReportDocument, type Visibility,
} from "./documents";

type BaseSource = Pick<ServiceBaseRecord, "id" | "name" | "level" | "regionCode">;
type ProjectSource = Pick<ProjectRecord, "id" | "navigationType" | "baseId">;

export function reportDocument(result: ResultRecord, project: ProjectSource, base: BaseSource): ReportDocument {
  if (!isIndexable(result)) throw new Error(`result ${result.id} is not indexable (${result.status}, ${result.confidentiality})`);
  const targeted = result.confidentiality === "TARGETED";
  const chapters = result.chapters.map((chapter) => `${chapter.title}\n${chapter.text}`).join("\n\n").slice(0, CHAPTERS_MAX_CHARS);
  const releasedAt = result.releasedAt as string;
  return {
    id: result.id,
    title: result.title,
    abstract: result.abstract,
    keywords: [...result.keywords],
    chapters,
    resultType: result.type,
    navigationType: project.navigationType,
    industryCodes: [...result.industryCodes],
    industryNames: industryNamesOf(result.industryCodes),
    ipcClasses: [...result.ipcClasses],
    regionCodes: [...result.regionCodes],
    province: base.regionCode,
    provinceName: provinceNameOf(base.regionCode),
    baseId: base.id,
    baseName: base.name,
    baseLevel: base.level,
    projectId: project.id,
    year: result.year,
    releasedAt,
    releasedAtMs: Date.parse(releasedAt),
    confidentiality: result.confidentiality as Visibility,
    audienceOrganizationIds: targeted ? [...result.audienceOrganizationIds] : [],
    audienceIndustryCodes: targeted ? [...result.audienceIndustryCodes] : [],
  };
}

export function caseDocument(record: TypicalCaseRecord, base: BaseSource): CaseDocument {
  const publishedAt = record.publishedAt as string;
  return {
    id: record.id,
    title: record.title,
    background: record.background,
    process: record.process,
    findings: record.findings,
    application: record.application,
    outcomes: record.outcomes,
    lessons: record.lessons,
    navigationType: record.navigationType,
    industryCodes: [...record.industryCodes],
    industryNames: industryNamesOf(record.industryCodes),
    province: base.regionCode,
    provinceName: provinceNameOf(base.regionCode),
    baseId: base.id,
    baseName: base.name,
    baseLevel: base.level,
    projectId: record.projectId,
    resultId: record.resultId,
    year: record.year,
    publishedAt,
    publishedAtMs: Date.parse(publishedAt),
  };
}

export function expertDocument(record: ExpertRecord): ExpertDocument {
  return {
    id: record.id,
    name: record.name,
    expertise: record.expertise,
    industryCodes: [...record.industryCodes],
    industryNames: industryNamesOf(record.industryCodes),
    ipcClasses: [...record.ipcClasses],
    stages: [...record.stages],
    navigationTypes: [...record.navigationTypes],
    region: record.regionCode,
    regionName: provinceNameOf(record.regionCode),
    serviceRegionCodes: [...record.serviceRegionCodes],
    status: record.status,
  };
}

function lookup<T extends { id: string }>(records: readonly T[], kind: string): (id: string) => T {
  const byId = new Map(records.map((record) => [record.id, record]));
  return (id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`${kind} ${id} is missing from the data set`);
    return found;
  };
}

/** Report documents of every indexable result of the demo data set (or of `data`). */
export function demoReportDocuments(data: DemoData = generateDemoData()): ReportDocument[] {
  const project = lookup(data.projects, "project");
  const base = lookup(data.bases, "base");
  return data.results.filter(isIndexable).map((result) => {
    const p = project(result.projectId);
    return reportDocument(result, p, base(p.baseId));
  });
}

export function demoCaseDocuments(data: DemoData = generateDemoData()): CaseDocument[] {
  const base = lookup(data.bases, "base");
  return data.typicalCases.filter(isCaseIndexable).map((record) => caseDocument(record, base(record.baseId)));
}

export function demoExpertDocuments(data: DemoData = generateDemoData()): ExpertDocument[] {
  return data.experts.map(expertDocument);
}
