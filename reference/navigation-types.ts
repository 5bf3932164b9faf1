/** The five parts of GB/T 39551-2020《专利导航指南》, one navigation type each. */
export enum NavigationType {
  REGIONAL_PLANNING = "REGIONAL_PLANNING",
  INDUSTRIAL_PLANNING = "INDUSTRIAL_PLANNING",
  BUSINESS_OPERATION = "BUSINESS_OPERATION",
  RD_ACTIVITY = "RD_ACTIVITY",
  TALENT_MANAGEMENT = "TALENT_MANAGEMENT",
}

export const NAVIGATION_TYPE_LABELS: Readonly<Record<NavigationType, string>> = {
  REGIONAL_PLANNING: "区域规划类",
  INDUSTRIAL_PLANNING: "产业规划类",
  BUSINESS_OPERATION: "企业经营类",
  RD_ACTIVITY: "研发活动类",
  TALENT_MANAGEMENT: "人才管理类",
};
