/** Enumerations of the projects subgraph, registered with their Chinese labels. */
import { registerLabelledEnum as register } from "../../platform/federation";

export enum ProjectStatus {
  PLANNING = "PLANNING",
  APPLIED = "APPLIED",
  APPROVED = "APPROVED",
  PROCURING = "PROCURING",
  IN_EXECUTION = "IN_EXECUTION",
  SUBMITTED_FOR_ACCEPTANCE = "SUBMITTED_FOR_ACCEPTANCE",
  ACCEPTED = "ACCEPTED",
  RECTIFYING = "RECTIFYING",
  FILED = "FILED",
  EVALUATED = "EVALUATED",
  CLOSED = "CLOSED",
  SUSPENDED = "SUSPENDED",
  TERMINATED = "TERMINATED",
}

export enum ProjectPhase {
  KICKOFF = "KICKOFF",
  INFO_COLLECTION = "INFO_COLLECTION",
  DATA_PROCESSING = "DATA_PROCESSING",
  ANALYSIS = "ANALYSIS",
  RESULT_OUTPUT = "RESULT_OUTPUT",
}

export enum FundingSource {
  FISCAL = "FISCAL",
  SELF = "SELF",
  MIXED = "MIXED",
}

export enum AcceptanceConclusion {
  PASS = "PASS",
  PASS_WITH_CHANGES = "PASS_WITH_CHANGES",
  FAIL = "FAIL",
}

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  PLANNING: "规划中",
  APPLIED: "已申请",
  APPROVED: "已立项",
  PROCURING: "招投标/委托中",
  IN_EXECUTION: "实施中",
  SUBMITTED_FOR_ACCEPTANCE: "已提交验收",
  ACCEPTED: "已验收",
  RECTIFYING: "整改中",
  FILED: "已备案",
  EVALUATED: "已绩效评价",
  CLOSED: "已结项",
  SUSPENDED: "已暂停",
  TERMINATED: "已终止",
};
register(ProjectStatus, "ProjectStatus", "项目状态 State of a navigation project.", PROJECT_STATUS_LABELS);
register(ProjectPhase, "ProjectPhase", "实施阶段 Phase of a project in execution (GB/T 39551).", {
  KICKOFF: "项目启动",
  INFO_COLLECTION: "信息采集",
  DATA_PROCESSING: "数据处理",
  ANALYSIS: "分析",
  RESULT_OUTPUT: "成果产出",
});
export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, string>> = {
  FISCAL: "财政资金",
  SELF: "自筹资金",
  MIXED: "混合",
};
register(FundingSource, "FundingSource", "资金来源 Where a project's money comes from.", FUNDING_SOURCE_LABELS);
register(AcceptanceConclusion, "AcceptanceConclusion", "验收结论 Conclusion of an acceptance review.", {
  PASS: "通过",
  PASS_WITH_CHANGES: "修改后通过",
  FAIL: "不通过",
});

export enum PerformanceGrade {
  EXCELLENT = "EXCELLENT",
  GOOD = "GOOD",
  QUALIFIED = "QUALIFIED",
  UNQUALIFIED = "UNQUALIFIED",
}

register(PerformanceGrade, "PerformanceGrade", "绩效评价等级 Grade of a project's performance evaluation.", {
  EXCELLENT: "优秀",
  GOOD: "良好",
  QUALIFIED: "合格",
  UNQUALIFIED: "不合格",
});
