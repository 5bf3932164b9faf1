/** Enumerations of the experts subgraph, registered with their Chinese labels. */
import { registerLabelledEnum as register } from "../../platform/federation";

export enum ExpertCategory {
  INDUSTRY = "INDUSTRY",
  TECHNOLOGY = "TECHNOLOGY",
  PATENT_ANALYSIS = "PATENT_ANALYSIS",
  LEGAL = "LEGAL",
  INVESTMENT = "INVESTMENT",
  MANAGEMENT = "MANAGEMENT",
}

export enum ExpertStage {
  DEMAND_ANALYSIS = "DEMAND_ANALYSIS",
  INFO_FUSION_ANALYSIS = "INFO_FUSION_ANALYSIS",
  RESULT_APPLICATION = "RESULT_APPLICATION",
  PERFORMANCE_EVALUATION = "PERFORMANCE_EVALUATION",
}

export enum ExpertStatus {
  ACTIVE = "ACTIVE",
  INACTIVE = "INACTIVE",
  SUSPENDED = "SUSPENDED",
}

export enum PoolScope {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
  BASE = "BASE",
}

export enum ConflictType {
  EMPLOYMENT = "EMPLOYMENT",
  BOARD_SEAT = "BOARD_SEAT",
  SHAREHOLDING = "SHAREHOLDING",
  KINSHIP = "KINSHIP",
  DISPUTE = "DISPUTE",
  SAME_ORGANIZATION = "SAME_ORGANIZATION",
  PRIOR_CONSULTING = "PRIOR_CONSULTING",
}

export enum SessionMode {
  ONLINE = "ONLINE",
  OFFLINE = "OFFLINE",
  HYBRID = "HYBRID",
}

export enum EnrollmentStatus {
  APPLIED = "APPLIED",
  CONFIRMED = "CONFIRMED",
  ATTENDED = "ATTENDED",
  NO_SHOW = "NO_SHOW",
  PASSED = "PASSED",
}

export const EXPERT_CATEGORY_LABELS: Record<ExpertCategory, string> = {
  INDUSTRY: "产业专家",
  TECHNOLOGY: "技术专家",
  PATENT_ANALYSIS: "专利分析专家",
  LEGAL: "法律专家",
  INVESTMENT: "投融资专家",
  MANAGEMENT: "管理专家",
};
register(ExpertCategory, "ExpertCategory", "专家类别 Field of expertise of an expert.", EXPERT_CATEGORY_LABELS);
export const EXPERT_STAGE_LABELS: Record<ExpertStage, string> = {
  DEMAND_ANALYSIS: "需求分析",
  INFO_FUSION_ANALYSIS: "信息融合分析",
  RESULT_APPLICATION: "成果运用",
  PERFORMANCE_EVALUATION: "绩效评价",
};
register(ExpertStage, "ExpertStage", "服务环节 Stage of a navigation project at which an expert advises.", EXPERT_STAGE_LABELS);
register(ExpertStatus, "ExpertStatus", "专家状态 Whether an expert can be drawn for work.", {
  ACTIVE: "在库",
  INACTIVE: "暂停服务",
  SUSPENDED: "暂停资格",
});
export const POOL_SCOPE_LABELS: Record<PoolScope, string> = {
  NATIONAL: "国家级专家库",
  PROVINCIAL: "省级专家库",
  BASE: "基地专家库",
};
register(PoolScope, "PoolScope", "专家库层级 Level of an expert pool.", POOL_SCOPE_LABELS);
register(ConflictType, "ConflictType", "回避事由 Kind of conflict of interest an expert declares.", {
  EMPLOYMENT: "任职",
  BOARD_SEAT: "董事监事",
  SHAREHOLDING: "持股",
  KINSHIP: "亲属关系",
  DISPUTE: "纠纷",
  SAME_ORGANIZATION: "同一单位",
  PRIOR_CONSULTING: "曾为同一项目提供咨询",
});
register(SessionMode, "SessionMode", "培训方式 How a training session is delivered.", {
  ONLINE: "线上",
  OFFLINE: "线下",
  HYBRID: "线上线下结合",
});
register(EnrollmentStatus, "EnrollmentStatus", "报名状态 State of a trainee's enrolment.", {
  APPLIED: "已报名",
  CONFIRMED: "已确认",
  ATTENDED: "已参训",
  NO_SHOW: "缺席",
  PASSED: "已结业",
});

export enum EngagementStatus {
  PROPOSED = "PROPOSED",
  INVITED = "INVITED",
  ACCEPTED = "ACCEPTED",
  DECLINED = "DECLINED",
  COMPLETED = "COMPLETED",
  RATED = "RATED",
  RECUSED = "RECUSED",
}
register(EngagementStatus, "EngagementStatus", "专家聘用状态 State of an expert's engagement on a project.", {
  PROPOSED: "拟邀请",
  INVITED: "已邀请",
  ACCEPTED: "已接受",
  DECLINED: "已拒绝",
  COMPLETED: "已完成",
  RATED: "已评价",
  RECUSED: "已回避",
});
