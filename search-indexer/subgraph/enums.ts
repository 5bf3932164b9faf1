/**
 * Enumerations of the search subgraph. ResultType and BaseLevel are owned by the results and bases
 * subgraphs; a subgraph never imports another's code, so they are declared here again with the same
 * values and labels — composition requires an enum used in inputs to be identical in every subgraph.
 */
import { registerLabelledEnum as register } from "../../platform/federation";
import { NavigationType } from "../../reference/graphql";
import { NAVIGATION_TYPE_LABELS } from "../../reference/navigation-types";

export { NavigationType, NAVIGATION_TYPE_LABELS };

export enum ResultType {
  ANALYSIS_REPORT = "ANALYSIS_REPORT",
  BRIEF = "BRIEF",
  SPECIAL_REPORT = "SPECIAL_REPORT",
  INNOVATION_MAP = "INNOVATION_MAP",
  DATA_VISUALIZATION = "DATA_VISUALIZATION",
  THEMATIC_DATABASE = "THEMATIC_DATABASE",
  APPLICATION_MATERIAL = "APPLICATION_MATERIAL",
}

export const RESULT_TYPE_LABELS: Readonly<Record<ResultType, string>> = {
  ANALYSIS_REPORT: "分析报告",
  BRIEF: "分析简报",
  SPECIAL_REPORT: "分析专报",
  INNOVATION_MAP: "创新图谱",
  DATA_VISUALIZATION: "数据可视化成果",
  THEMATIC_DATABASE: "专题数据库",
  APPLICATION_MATERIAL: "成果应用材料",
};

export enum BaseLevel {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
  MUNICIPAL = "MUNICIPAL",
}

export const BASE_LEVEL_LABELS: Readonly<Record<BaseLevel, string>> = { NATIONAL: "国家级", PROVINCIAL: "省级", MUNICIPAL: "市级" };

export enum SearchSort {
  RELEVANCE = "RELEVANCE",
  RELEASED_AT = "RELEASED_AT",
}

export enum CaseSearchSort {
  RELEVANCE = "RELEVANCE",
  PUBLISHED_AT = "PUBLISHED_AT",
}

register(ResultType, "ResultType", "成果类型 Kind of navigation result.", RESULT_TYPE_LABELS);
register(BaseLevel, "BaseLevel", "基地级别 Level of a service base.", BASE_LEVEL_LABELS);
register(SearchSort, "SearchSort", "报告检索排序 Order of report search hits.", {
  RELEVANCE: "按相关度 Best match first; without query text, newest release first.",
  RELEASED_AT: "按发布时间 Newest release first.",
});
register(CaseSearchSort, "CaseSearchSort", "案例检索排序 Order of typical-case search hits.", {
  RELEVANCE: "按相关度 Best match first; without query text, newest publication first.",
  PUBLISHED_AT: "按发布时间 Newest publication first.",
});
