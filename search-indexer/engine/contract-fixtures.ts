/**
 * The contract suite's documents: a dozen report documents written so that each behaviour has exactly
 * one expected answer — 芯片 only inside 存储芯片/AI芯片, 电池 only inside longer words, 布局 in one
 * report only, one report per visibility case. Expected facet counts are computed from this list, so
 * the list may grow without touching the assertions.
 */
import type { ReportDocument, Visibility } from "./documents";

/** Neutral filler: none of the words the suite searches for. */
const FILLER = "本报告梳理了相关领域的技术发展脉络和创新主体情况，提出了对策建议。";

interface Shape {
  title: string;
  keywords: string[];
  extra?: string;
  industries: string[];
  navigationType: string;
  resultType: string;
  province: [code: string, name: string];
  base: [id: string, level: string];
  year: number;
  releasedAt: string;
  confidentiality: Visibility;
  audienceOrganizationIds?: string[];
  audienceIndustryCodes?: string[];
}

function report(id: string, shape: Shape): ReportDocument {
  return {
    id,
    title: shape.title,
    abstract: `${shape.extra ?? ""}${FILLER}`,
    keywords: shape.keywords,
    chapters: `一、概述\n${FILLER}\n\n二、分析\n${FILLER}`,
    resultType: shape.resultType,
    navigationType: shape.navigationType,
    industryCodes: shape.industries,
    industryNames: shape.industries.map((code) => `产业${code}`),
    ipcClasses: [],
    regionCodes: [shape.province[0]],
    province: shape.province[0],
    provinceName: shape.province[1],
    baseId: shape.base[0],
    baseName: `服务基地${shape.base[0]}`,
    baseLevel: shape.base[1],
    projectId: `project-${id}`,
    year: shape.year,
    releasedAt: shape.releasedAt,
    releasedAtMs: Date.parse(shape.releasedAt),
    confidentiality: shape.confidentiality,
    audienceOrganizationIds: shape.audienceOrganizationIds ?? [],
    audienceIndustryCodes: shape.audienceIndustryCodes ?? [],
  };
}

const JS: [string, string] = ["320000", "江苏"];
const ZJ: [string, string] = ["330000", "浙江"];
const GD: [string, string] = ["440000", "广东"];
const SH: [string, string] = ["310000", "上海"];
const AH: [string, string] = ["340000", "安徽"];
const BJ: [string, string] = ["110000", "北京"];

export const FIXTURES: readonly ReportDocument[] = [
  report("r01", { title: "光伏异质结电池专利导航分析报告", keywords: ["光伏", "异质结电池"], industries: ["06"], navigationType: "INDUSTRIAL_PLANNING", resultType: "ANALYSIS_REPORT", province: JS, base: ["b-js", "NATIONAL"], year: 2023, releasedAt: "2024-03-01T10:00:00+08:00", confidentiality: "PUBLIC" }),
  report("r02", { title: "钙钛矿光伏组件专利分析简报", keywords: ["光伏", "钙钛矿"], industries: ["06"], navigationType: "REGIONAL_PLANNING", resultType: "BRIEF", province: ZJ, base: ["b-zj", "PROVINCIAL"], year: 2024, releasedAt: "2024-06-01T10:00:00+08:00", confidentiality: "PUBLIC" }),
  report("r03", { title: "光伏逆变器专利风险预警专题报告", keywords: ["光伏", "逆变器"], industries: ["06"], navigationType: "RD_ACTIVITY", resultType: "SPECIAL_REPORT", province: GD, base: ["b-gd", "MUNICIPAL"], year: 2022, releasedAt: "2023-01-10T10:00:00+08:00", confidentiality: "REGISTERED" }),
  report("r04", { title: "存储芯片产业专利导航分析报告", keywords: ["集成电路", "存储芯片"], extra: "报告分析了AI芯片的专利态势。", industries: ["01"], navigationType: "INDUSTRIAL_PLANNING", resultType: "ANALYSIS_REPORT", province: JS, base: ["b-js", "NATIONAL"], year: 2024, releasedAt: "2024-09-01T10:00:00+08:00", confidentiality: "PUBLIC" }),
  report("r05", { title: "集成电路光刻胶专题数据库", keywords: ["光刻胶", "集成电路"], industries: ["01", "03"], navigationType: "INDUSTRIAL_PLANNING", resultType: "THEMATIC_DATABASE", province: SH, base: ["b-sh", "NATIONAL"], year: 2021, releasedAt: "2022-05-05T10:00:00+08:00", confidentiality: "PUBLIC" }),
  report("r06", { title: "钠离子电池关键技术专利导航分析报告", keywords: ["钠离子电池", "储能"], industries: ["05", "06"], navigationType: "RD_ACTIVITY", resultType: "ANALYSIS_REPORT", province: AH, base: ["b-ah", "PROVINCIAL"], year: 2023, releasedAt: "2023-11-11T10:00:00+08:00", confidentiality: "TARGETED", audienceIndustryCodes: ["05"] }),
  report("r07", { title: "固态电池海外专利布局专题报告", keywords: ["固态电池", "海外"], industries: ["05"], navigationType: "BUSINESS_OPERATION", resultType: "SPECIAL_REPORT", province: GD, base: ["b-gd", "MUNICIPAL"], year: 2025, releasedAt: "2025-02-02T10:00:00+08:00", confidentiality: "PUBLIC" }),
  report("r08", { title: "固态电池产业专利动态简报", keywords: ["固态电池"], industries: ["05"], navigationType: "INDUSTRIAL_PLANNING", resultType: "BRIEF", province: JS, base: ["b-js", "NATIONAL"], year: 2024, releasedAt: "2024-12-12T10:00:00+08:00", confidentiality: "PUBLIC" }),
  report("r09", { title: "动力锂电池专利导航成果应用指引", keywords: ["锂电池"], industries: ["05"], navigationType: "TALENT_MANAGEMENT", resultType: "APPLICATION_MATERIAL", province: AH, base: ["b-ah", "PROVINCIAL"], year: 2022, releasedAt: "2022-08-08T10:00:00+08:00", confidentiality: "TARGETED", audienceOrganizationIds: ["org-a"] }),
  report("r10", { title: "人工智能大语言模型专利导航分析报告", keywords: ["人工智能", "大语言模型"], industries: ["01"], navigationType: "INDUSTRIAL_PLANNING", resultType: "ANALYSIS_REPORT", province: BJ, base: ["b-bj", "NATIONAL"], year: 2024, releasedAt: "2024-10-10T10:00:00+08:00", confidentiality: "REGISTERED" }),
  report("r11", { title: "碳化硅功率器件专利分析简报", keywords: ["碳化硅", "功率器件"], industries: ["01"], navigationType: "RD_ACTIVITY", resultType: "BRIEF", province: JS, base: ["b-js", "NATIONAL"], year: 2023, releasedAt: "2023-04-04T10:00:00+08:00", confidentiality: "PUBLIC" }),
  report("r12", { title: "mRNA疫苗专利态势简报", keywords: ["mRNA疫苗"], industries: ["04"], navigationType: "REGIONAL_PLANNING", resultType: "BRIEF", province: SH, base: ["b-sh", "NATIONAL"], year: 2022, releasedAt: "2022-12-01T10:00:00+08:00", confidentiality: "PUBLIC" }),
];

/** Ids of the fixtures a predicate admits, in fixture order. */
export const idsWhere = (predicate: (document: ReportDocument) => boolean): string[] => FIXTURES.filter(predicate).map((document) => document.id);

/** Facet counts computed from the fixtures, for comparing with an engine's. */
export function countsOf(documents: readonly ReportDocument[], facet: keyof ReportDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const document of documents) {
    const value = document[facet];
    for (const item of Array.isArray(value) ? value : [value]) counts[String(item)] = (counts[String(item)] ?? 0) + 1;
  }
  return counts;
}
