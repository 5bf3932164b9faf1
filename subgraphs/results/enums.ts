/** Enumerations of the results subgraph, registered with their Chinese labels. */
import { registerLabelledEnum as register } from "../../platform/federation";

export enum ResultType {
  ANALYSIS_REPORT = "ANALYSIS_REPORT",
  BRIEF = "BRIEF",
  SPECIAL_REPORT = "SPECIAL_REPORT",
  INNOVATION_MAP = "INNOVATION_MAP",
  DATA_VISUALIZATION = "DATA_VISUALIZATION",
  THEMATIC_DATABASE = "THEMATIC_DATABASE",
  APPLICATION_MATERIAL = "APPLICATION_MATERIAL",
}

export enum Confidentiality {
  PUBLIC = "PUBLIC",
  REGISTERED = "REGISTERED",
  TARGETED = "TARGETED",
  RESTRICTED = "RESTRICTED",
}

export enum ResultStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  IN_REVIEW = "IN_REVIEW",
  IN_LIBRARY = "IN_LIBRARY",
  RETURNED = "RETURNED",
  REJECTED = "REJECTED",
  RELEASED = "RELEASED",
  WITHDRAWN = "WITHDRAWN",
}

export enum CaseStatus {
  NOMINATED = "NOMINATED",
  SHORTLISTED = "SHORTLISTED",
  SELECTED = "SELECTED",
  PUBLISHED = "PUBLISHED",
  WITHDRAWN = "WITHDRAWN",
}

export enum DockingType {
  PRIORITY_EXAMINATION = "PRIORITY_EXAMINATION",
  CENTRALIZED_EXAMINATION = "CENTRALIZED_EXAMINATION",
  FAST_PRE_EXAMINATION = "FAST_PRE_EXAMINATION",
  FAST_RIGHTS_PROTECTION = "FAST_RIGHTS_PROTECTION",
  TRANSFER_TRANSFORMATION = "TRANSFER_TRANSFORMATION",
}

export enum DockingStatus {
  SUBMITTED = "SUBMITTED",
  ACCEPTED = "ACCEPTED",
  FORWARDED = "FORWARDED",
  COMPLETED = "COMPLETED",
  REJECTED = "REJECTED",
}

/** Chinese labels of the result types. */
export const RESULT_TYPE_LABELS: Record<ResultType, string> = {
  ANALYSIS_REPORT: "分析报告",
  BRIEF: "分析简报",
  SPECIAL_REPORT: "分析专报",
  INNOVATION_MAP: "创新图谱",
  DATA_VISUALIZATION: "数据可视化成果",
  THEMATIC_DATABASE: "专题数据库",
  APPLICATION_MATERIAL: "成果应用材料",
};
register(ResultType, "ResultType", "成果类型 Kind of navigation result.", RESULT_TYPE_LABELS);
register(Confidentiality, "Confidentiality", "密级与发布范围 Who may see a result once released.", {
  PUBLIC: "公开",
  REGISTERED: "注册用户可见",
  TARGETED: "定向发布",
  RESTRICTED: "限制发布（仅委托方与管理部门）",
});
/** Chinese labels of the result states. */
export const RESULT_STATUS_LABELS: Record<ResultStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  IN_REVIEW: "审核中",
  IN_LIBRARY: "已入库",
  RETURNED: "退回修改",
  REJECTED: "不予入库",
  RELEASED: "已发布",
  WITHDRAWN: "已撤回",
};
register(ResultStatus, "ResultStatus", "成果状态 State of a result from draft to release.", RESULT_STATUS_LABELS);
register(CaseStatus, "CaseStatus", "案例状态 State of a typical case from nomination to publication.", {
  NOMINATED: "已推荐",
  SHORTLISTED: "入围",
  SELECTED: "入选",
  PUBLISHED: "已发布",
  WITHDRAWN: "已撤回",
});
register(DockingType, "DockingType", "对接类型 Kind of resource docking requested.", {
  PRIORITY_EXAMINATION: "优先审查",
  CENTRALIZED_EXAMINATION: "集中审查",
  FAST_PRE_EXAMINATION: "快速预审",
  FAST_RIGHTS_PROTECTION: "快速维权",
  TRANSFER_TRANSFORMATION: "转移转化",
});
register(DockingStatus, "DockingStatus", "对接状态 State of a docking request.", {
  SUBMITTED: "已提交",
  ACCEPTED: "已受理",
  FORWARDED: "已转办",
  COMPLETED: "已办结",
  REJECTED: "不予受理",
});
