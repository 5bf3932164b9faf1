/**
 * The demo data set as plain records, one interface per entity. Each subgraph seeds its own part;
 * the generator is deterministic, so ids agree across subgraphs without any subgraph reading another.
 * Instants are ISO-8601 strings with offset; dates are YYYY-MM-DD.
 */
import type { NavigationType } from "../reference/navigation-types";

export type OrganizationType =
  | "ENTERPRISE" | "UNIVERSITY" | "RESEARCH_INSTITUTE" | "SERVICE_AGENCY"
  | "INDUSTRIAL_PARK" | "PUBLIC_INSTITUTION" | "GOVERNMENT" | "INDUSTRY_ASSOCIATION";
export type BaseLevel = "NATIONAL" | "PROVINCIAL" | "MUNICIPAL";
export type CarrierType = "INDUSTRIAL_PARK" | "PUBLIC_INSTITUTION";
export type BaseStatus = "ACTIVE" | "RECTIFYING" | "SUSPENDED" | "REVOKED";
export type ExemptCategory =
  | "NATIONAL_IP_PROTECTION_CENTER" | "NATIONAL_IP_DEMONSTRATION_PARK"
  | "FORMER_NAVIGATION_EXPERIMENT_ZONE" | "FORMER_NAVIGATION_PILOT_BASE";
export type ApplicationStatus =
  | "DRAFT" | "SUBMITTED" | "PROVINCE_REVIEWING" | "RETURNED" | "RECOMMENDED" | "NOT_RECOMMENDED"
  | "NATIONAL_RECHECK" | "IN_PUBLICITY" | "RECHECK_FAILED" | "CONFIRMED" | "WITHDRAWN";
export type EvaluationGrade = "EXCELLENT" | "GOOD" | "QUALIFIED" | "UNQUALIFIED";
export type EvaluationConclusion = "CONTINUE" | "RECTIFY" | "REVOKE";
export type EvaluatorLevel = "PROVINCE" | "NATIONAL";
export type ProjectStatus =
  | "PLANNING" | "APPLIED" | "APPROVED" | "PROCURING" | "IN_EXECUTION" | "SUBMITTED_FOR_ACCEPTANCE"
  | "ACCEPTED" | "RECTIFYING" | "FILED" | "EVALUATED" | "CLOSED" | "SUSPENDED" | "TERMINATED";
export type ProjectPhase = "KICKOFF" | "INFO_COLLECTION" | "DATA_PROCESSING" | "ANALYSIS" | "RESULT_OUTPUT";
export type FundingSource = "FISCAL" | "SELF" | "MIXED";
export type AcceptanceConclusion = "PASS" | "PASS_WITH_CHANGES" | "FAIL";
export type ResultType =
  | "ANALYSIS_REPORT" | "BRIEF" | "SPECIAL_REPORT" | "INNOVATION_MAP" | "DATA_VISUALIZATION"
  | "THEMATIC_DATABASE" | "APPLICATION_MATERIAL";
export type Confidentiality = "PUBLIC" | "REGISTERED" | "TARGETED" | "RESTRICTED";
export type ResultStatus = "DRAFT" | "SUBMITTED" | "IN_REVIEW" | "IN_LIBRARY" | "RETURNED" | "REJECTED" | "RELEASED" | "WITHDRAWN";
export type CaseStatus = "NOMINATED" | "SHORTLISTED" | "SELECTED" | "PUBLISHED" | "WITHDRAWN";
export type DockingType =
  | "PRIORITY_EXAMINATION" | "CENTRALIZED_EXAMINATION" | "FAST_PRE_EXAMINATION"
  | "FAST_RIGHTS_PROTECTION" | "TRANSFER_TRANSFORMATION";
export type DockingStatus = "SUBMITTED" | "ACCEPTED" | "FORWARDED" | "COMPLETED" | "REJECTED";
export type ExpertCategory = "INDUSTRY" | "TECHNOLOGY" | "PATENT_ANALYSIS" | "LEGAL" | "INVESTMENT" | "MANAGEMENT";
export type ExpertStage = "DEMAND_ANALYSIS" | "INFO_FUSION_ANALYSIS" | "RESULT_APPLICATION" | "PERFORMANCE_EVALUATION";
export type ExpertStatus = "ACTIVE" | "INACTIVE" | "SUSPENDED";
export type PoolScope = "NATIONAL" | "PROVINCIAL" | "BASE";
export type ConflictType =
  | "EMPLOYMENT" | "BOARD_SEAT" | "SHAREHOLDING" | "KINSHIP" | "DISPUTE" | "SAME_ORGANIZATION" | "PRIOR_CONSULTING";
export type SessionMode = "ONLINE" | "OFFLINE" | "HYBRID";
export type EnrollmentStatus = "APPLIED" | "CONFIRMED" | "ATTENDED" | "NO_SHOW" | "PASSED";

export interface OrganizationRecord {
  id: string;
  name: string;
  /** 统一社会信用代码, 18 characters. */
  creditCode: string;
  type: OrganizationType;
  regionCode: string;
  createdAt: string;
}

export interface BatchRecord {
  id: string;
  name: string;
  level: "NATIONAL" | "PROVINCIAL";
  year: number;
  sequence: number;
  provinceQuota: number;
  exemptCategories: ExemptCategory[];
  submissionOpensAt: string;
  submissionClosesAt: string;
  reviewClosesAt: string;
  publicityDays: number;
  createdAt: string;
}

export interface ServiceBaseRecord {
  id: string;
  name: string;
  level: BaseLevel;
  carrierType: CarrierType;
  hostOrganizationId: string;
  regionCode: string;
  industryCodes: string[];
  batchId: string | null;
  status: BaseStatus;
  designatedOn: string;
  isContactPoint: boolean;
  introduction: string;
  createdAt: string;
}

export interface BaseApplicationRecord {
  id: string;
  batchId: string;
  applicantOrganizationId: string;
  baseName: string;
  carrierType: CarrierType;
  regionCode: string;
  industryCodes: string[];
  navigationStaffCount: number;
  servicesDelivered: number;
  fundingInPlace: boolean;
  premisesInPlace: boolean;
  dataResourcesInPlace: boolean;
  noSeriousViolation: boolean;
  exemptCategory: ExemptCategory | null;
  /** Name of the recommending ministry when the applicant takes the ministry route, else null. */
  ministryRoute: string | null;
  status: ApplicationStatus;
  submittedAt: string | null;
  serviceBaseId: string | null;
  createdAt: string;
}

export interface AnnualSummaryRecord {
  id: string;
  baseId: string;
  year: number;
  submittedAt: string | null;
  projectsStarted: number;
  projectsAccepted: number;
  resultsFiled: number;
  resultsReleased: number;
  enterprisesServed: number;
  trainings: number;
  trainees: number;
  dockings: number;
  narrative: string;
  createdAt: string;
}

export interface BaseEvaluationRecord {
  id: string;
  baseId: string;
  year: number;
  evaluatorLevel: EvaluatorLevel;
  grade: EvaluationGrade;
  conclusion: EvaluationConclusion;
  comments: string;
  evaluatedAt: string;
}

export interface ProjectRecord {
  id: string;
  /** e.g. ZLDH-2023-320000-0012 */
  code: string;
  title: string;
  navigationType: NavigationType;
  scenario: string;
  industryCodes: string[];
  ipcScope: string[];
  regionScope: string[];
  baseId: string;
  /** Province of the base, denormalised for province-scoped lists. */
  regionCode: string;
  sponsorOrganizationId: string;
  serviceOrganizationIds: string[];
  fundingSource: FundingSource;
  /** Budget in yuan. */
  budget: number;
  year: number;
  plannedStart: string;
  plannedEnd: string;
  status: ProjectStatus;
  phase: ProjectPhase | null;
  createdAt: string;
}

export interface AcceptanceReviewRecord {
  id: string;
  projectId: string;
  /** Six dimensions, each scored 1–5. */
  goalsMet: number;
  method: number;
  dataQuality: number;
  reportQuality: number;
  resultApplication: number;
  promotion: number;
  conclusion: AcceptanceConclusion;
  reviewers: string[];
  comments: string;
  reviewedAt: string;
}

export interface ChapterRecord {
  title: string;
  text: string;
}

export interface ResultRecord {
  id: string;
  projectId: string;
  baseId: string;
  regionCode: string;
  navigationType: NavigationType;
  type: ResultType;
  title: string;
  abstract: string;
  keywords: string[];
  chapters: ChapterRecord[];
  industryCodes: string[];
  ipcClasses: string[];
  regionCodes: string[];
  dataCutoffOn: string;
  confidentiality: Confidentiality;
  audienceIndustryCodes: string[];
  audienceOrganizationIds: string[];
  sponsorOrganizationId: string;
  status: ResultStatus;
  year: number;
  releasedAt: string | null;
  createdAt: string;
}

export interface OutcomeFigureRecord {
  label: string;
  value: number;
  unit: string;
}

export interface TypicalCaseRecord {
  id: string;
  title: string;
  navigationType: NavigationType;
  industryCodes: string[];
  regionCode: string;
  baseId: string;
  projectId: string;
  resultId: string;
  background: string;
  process: string;
  findings: string;
  application: string;
  outcomes: string;
  outcomeFigures: OutcomeFigureRecord[];
  lessons: string;
  status: CaseStatus;
  year: number;
  publishedAt: string | null;
  createdAt: string;
}

export interface DockingRequestRecord {
  id: string;
  requesterOrganizationId: string;
  regionCode: string;
  resultId: string | null;
  projectId: string | null;
  type: DockingType;
  patentNumbers: string[];
  description: string;
  status: DockingStatus;
  createdAt: string;
}

export interface ConflictDeclarationRecord {
  type: ConflictType;
  organizationId: string | null;
  organizationName: string;
  projectId: string | null;
  since: string;
  until: string | null;
  note: string;
}

export interface PoolMembershipRecord {
  scope: PoolScope;
  /** Province code for PROVINCIAL, base id for BASE, null for NATIONAL. */
  scopeId: string | null;
}

export interface ExpertRecord {
  id: string;
  name: string;
  /** 职称, e.g. 研究员, 教授级高级工程师. */
  title: string;
  employer: string;
  employerOrganizationId: string | null;
  regionCode: string;
  categories: ExpertCategory[];
  industryCodes: string[];
  ipcClasses: string[];
  navigationTypes: NavigationType[];
  stages: ExpertStage[];
  serviceRegionCodes: string[];
  expertise: string;
  yearsOfExperience: number;
  availableFrom: string | null;
  availableUntil: string | null;
  maxConcurrentTasks: number;
  rating: number;
  ratingCount: number;
  status: ExpertStatus;
  pools: PoolMembershipRecord[];
  conflicts: ConflictDeclarationRecord[];
  createdAt: string;
}

export interface TrainingSessionRecord {
  id: string;
  baseId: string;
  regionCode: string;
  title: string;
  mode: SessionMode;
  startsAt: string;
  endsAt: string;
  location: string;
  capacity: number;
  lecturerExpertIds: string[];
  topics: string[];
  createdAt: string;
}

export interface EnrollmentRecord {
  id: string;
  sessionId: string;
  traineeName: string;
  traineeOrganizationId: string | null;
  traineeOrganizationName: string;
  status: EnrollmentStatus;
  certificateNumber: string | null;
  createdAt: string;
}

export interface DemoData {
  organizations: OrganizationRecord[];
  batches: BatchRecord[];
  bases: ServiceBaseRecord[];
  applications: BaseApplicationRecord[];
  annualSummaries: AnnualSummaryRecord[];
  evaluations: BaseEvaluationRecord[];
  projects: ProjectRecord[];
  acceptanceReviews: AcceptanceReviewRecord[];
  results: ResultRecord[];
  typicalCases: TypicalCaseRecord[];
  dockingRequests: DockingRequestRecord[];
  experts: ExpertRecord[];
  trainingSessions: TrainingSessionRecord[];
  enrollments: EnrollmentRecord[];
}
