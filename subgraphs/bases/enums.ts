/** Enumerations of the bases subgraph, registered with their Chinese labels. */
import { registerLabelledEnum as register } from "../../platform/federation";

export enum OrganizationType {
  ENTERPRISE = "ENTERPRISE",
  UNIVERSITY = "UNIVERSITY",
  RESEARCH_INSTITUTE = "RESEARCH_INSTITUTE",
  SERVICE_AGENCY = "SERVICE_AGENCY",
  INDUSTRIAL_PARK = "INDUSTRIAL_PARK",
  PUBLIC_INSTITUTION = "PUBLIC_INSTITUTION",
  GOVERNMENT = "GOVERNMENT",
  INDUSTRY_ASSOCIATION = "INDUSTRY_ASSOCIATION",
}

export enum BaseLevel {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
  MUNICIPAL = "MUNICIPAL",
}

export enum BatchLevel {
  NATIONAL = "NATIONAL",
  PROVINCIAL = "PROVINCIAL",
}

export enum CarrierType {
  INDUSTRIAL_PARK = "INDUSTRIAL_PARK",
  PUBLIC_INSTITUTION = "PUBLIC_INSTITUTION",
}

export enum BaseStatus {
  ACTIVE = "ACTIVE",
  RECTIFYING = "RECTIFYING",
  SUSPENDED = "SUSPENDED",
  REVOKED = "REVOKED",
}

export enum ExemptCategory {
  NATIONAL_IP_PROTECTION_CENTER = "NATIONAL_IP_PROTECTION_CENTER",
  NATIONAL_IP_DEMONSTRATION_PARK = "NATIONAL_IP_DEMONSTRATION_PARK",
  FORMER_NAVIGATION_EXPERIMENT_ZONE = "FORMER_NAVIGATION_EXPERIMENT_ZONE",
  FORMER_NAVIGATION_PILOT_BASE = "FORMER_NAVIGATION_PILOT_BASE",
}

export enum ApplicationStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  PROVINCE_REVIEWING = "PROVINCE_REVIEWING",
  RETURNED = "RETURNED",
  RECOMMENDED = "RECOMMENDED",
  NOT_RECOMMENDED = "NOT_RECOMMENDED",
  NATIONAL_RECHECK = "NATIONAL_RECHECK",
  IN_PUBLICITY = "IN_PUBLICITY",
  RECHECK_FAILED = "RECHECK_FAILED",
  CONFIRMED = "CONFIRMED",
  WITHDRAWN = "WITHDRAWN",
}

export enum AnnualSummaryStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
}

export enum EvaluatorLevel {
  PROVINCE = "PROVINCE",
  NATIONAL = "NATIONAL",
}

export enum EvaluationGrade {
  EXCELLENT = "EXCELLENT",
  GOOD = "GOOD",
  QUALIFIED = "QUALIFIED",
  UNQUALIFIED = "UNQUALIFIED",
}

export enum EvaluationConclusion {
  CONTINUE = "CONTINUE",
  RECTIFY = "RECTIFY",
  REVOKE = "REVOKE",
}

register(OrganizationType, "OrganizationType", "单位类型 Kind of organisation.", {
  ENTERPRISE: "企业",
  UNIVERSITY: "高等院校",
  RESEARCH_INSTITUTE: "科研院所",
  SERVICE_AGENCY: "知识产权服务机构",
  INDUSTRIAL_PARK: "产业园区",
  PUBLIC_INSTITUTION: "公益性事业单位",
  GOVERNMENT: "政府部门",
  INDUSTRY_ASSOCIATION: "行业协会",
});
/** Chinese labels of the enums the dashboards count by. */
export const BASE_LEVEL_LABELS: Record<BaseLevel, string> = { NATIONAL: "国家级", PROVINCIAL: "省级", MUNICIPAL: "市级" };
export const CARRIER_TYPE_LABELS: Record<CarrierType, string> = { INDUSTRIAL_PARK: "产业园区", PUBLIC_INSTITUTION: "公益性事业单位" };
export const BASE_STATUS_LABELS: Record<BaseStatus, string> = { ACTIVE: "正常运行", RECTIFYING: "限期整改", SUSPENDED: "暂停", REVOKED: "撤销" };

register(BaseLevel, "BaseLevel", "基地级别 Level of a service base.", BASE_LEVEL_LABELS);
register(BatchLevel, "BatchLevel", "批次级别 Level of a designation batch.", { NATIONAL: "国家级", PROVINCIAL: "省级" });
register(CarrierType, "CarrierType", "载体类型 Kind of carrier hosting a base (58号).", CARRIER_TYPE_LABELS);
register(BaseStatus, "BaseStatus", "基地状态 Status under dynamic management (30号).", BASE_STATUS_LABELS);
register(ExemptCategory, "ExemptCategory", "不占推荐名额的类别 Categories of the 58号 notice that do not count against the provincial quota.", {
  NATIONAL_IP_PROTECTION_CENTER: "国家级知识产权保护中心",
  NATIONAL_IP_DEMONSTRATION_PARK: "国家级知识产权强国建设示范园区",
  FORMER_NAVIGATION_EXPERIMENT_ZONE: "原国家专利导航产业发展实验区",
  FORMER_NAVIGATION_PILOT_BASE: "原国家专利导航试点工程研究基地",
});
register(ApplicationStatus, "ApplicationStatus", "申报状态 State of a base application.", {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  PROVINCE_REVIEWING: "省局审核中",
  RETURNED: "退回修改",
  RECOMMENDED: "已推荐",
  NOT_RECOMMENDED: "未推荐",
  NATIONAL_RECHECK: "国家局复核中",
  IN_PUBLICITY: "公示中",
  RECHECK_FAILED: "复核未通过",
  CONFIRMED: "已确定",
  WITHDRAWN: "已撤回",
});
register(AnnualSummaryStatus, "AnnualSummaryStatus", "总结状态 State of an annual work summary.", { DRAFT: "草稿", SUBMITTED: "已报送" });
register(EvaluatorLevel, "EvaluatorLevel", "评估主体 Who evaluates a base.", { PROVINCE: "省级知识产权管理部门", NATIONAL: "国家知识产权局" });
register(EvaluationGrade, "EvaluationGrade", "评估等级 Grade of an evaluation.", {
  EXCELLENT: "优秀",
  GOOD: "良好",
  QUALIFIED: "合格",
  UNQUALIFIED: "不合格",
});
register(EvaluationConclusion, "EvaluationConclusion", "评估结论 Conclusion of an evaluation, which drives the base status.", {
  CONTINUE: "继续支持",
  RECTIFY: "限期整改",
  REVOKE: "撤销",
});
