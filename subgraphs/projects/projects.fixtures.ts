/** Inputs, seeded records, tokens and the results peer the projects subgraph's integration tests share. */
import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";
import { Role } from "../../platform/auth";
import { StateChange } from "../../platform/history";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { Confidentiality, ResultStatus, ResultType } from "../results/enums";
import { Result } from "../results/results/result.entity";
import { resultsSubgraph } from "../results/schema";
import { AcceptanceReview } from "./acceptance-reviews/acceptance-review.entity";
import { AcceptanceConclusion, FundingSource, ProjectStatus } from "./enums";
import { NavigationType } from "../../reference/graphql";
import { NavigationProject } from "./projects/project.entity";
import type { ProjectAction } from "./projects/project.workflow";

export const MISSING_ID = "00000000-0000-4000-8000-000000000000";
export const REGION = "320000";
export const OTHER_REGION = "330000";

export const CREATE_PROJECT = `mutation($input: CreateNavigationProjectInput!) {
  createNavigationProject(input: $input) { id code status phase regionName base { id } sponsor { id } serviceOrganizations { id } acceptanceReview { id } }
}`;
export const CREATE_REVIEW = `mutation($input: CreateAcceptanceReviewInput!) { createAcceptanceReview(input: $input) { id conclusion reviewers project { id } } }`;

export function projectInput(overrides: Record<string, unknown> = {}) {
  return {
    title: "苏州工业园区集成电路产业专利导航",
    navigationType: "INDUSTRIAL_PLANNING",
    scenario: "摸清集成电路产业链专利布局",
    industryCodes: ["01"],
    ipcScope: ["H01L", "G06F 9/30"],
    regionScope: [REGION],
    baseId: randomUUID(),
    regionCode: REGION,
    sponsorOrganizationId: randomUUID(),
    serviceOrganizationIds: [randomUUID()],
    fundingSource: "FISCAL",
    budget: 800000,
    year: 2023,
    plannedStart: "2023-03-01",
    plannedEnd: "2023-12-31",
    ...overrides,
  };
}

export function reviewInput(projectId: string, overrides: Record<string, unknown> = {}) {
  const scores = { goalsMet: 5, method: 4, dataQuality: 4, reportQuality: 5, resultApplication: 3, promotion: 4 };
  return { projectId, ...scores, conclusion: "PASS", reviewers: ["王研究员", "李教授"], comments: "成果扎实", ...overrides };
}

let sequence = 0;

/** Test set-up: a project written straight into the given state (not a shortcut the product offers). */
export async function seedProject(dataSource: DataSource, overrides: Partial<NavigationProject> = {}): Promise<NavigationProject> {
  sequence += 1;
  const repository = dataSource.getRepository(NavigationProject);
  const regionCode = overrides.regionCode ?? REGION;
  return repository.save(
    repository.create({
      id: randomUUID(),
      code: `ZLDH-2019-${regionCode}-${String(sequence).padStart(4, "0")}`,
      title: `新能源汽车动力电池产业专利导航${sequence}`,
      navigationType: NavigationType.INDUSTRIAL_PLANNING,
      scenario: "",
      industryCodes: ["01"],
      ipcScope: [],
      regionScope: [regionCode],
      baseId: randomUUID(),
      regionCode,
      sponsorOrganizationId: randomUUID(),
      serviceOrganizationIds: [randomUUID()],
      fundingSource: FundingSource.FISCAL,
      budget: 500000,
      year: 2019,
      plannedStart: "2019-03-01",
      plannedEnd: "2019-12-31",
      status: ProjectStatus.PLANNING,
      phase: null,
      suspendedFrom: null,
      ...overrides,
    }),
  );
}

/** Test set-up: an acceptance review written straight into the database. */
export async function seedReview(dataSource: DataSource, projectId: string, conclusion = AcceptanceConclusion.PASS): Promise<AcceptanceReview> {
  const repository = dataSource.getRepository(AcceptanceReview);
  return repository.save(
    repository.create({
      id: randomUUID(), projectId, goalsMet: 4, method: 4, dataQuality: 3, reportQuality: 4, resultApplication: 3, promotion: 3,
      conclusion, reviewers: ["张教授"], comments: "", reviewedAt: new Date("2024-01-15T02:00:00Z"),
    }),
  );
}

export function historyOf(dataSource: DataSource, projectId: string): Promise<StateChange[]> {
  return dataSource.getRepository(StateChange).find({ where: { entityType: "NavigationProject", entityId: projectId }, order: { at: "ASC", id: "ASC" } });
}

type Scoped = Pick<NavigationProject, "baseId" | "regionCode" | "sponsorOrganizationId" | "serviceOrganizationIds">;

/** Tokens of every role, each in the project's scope (the expert and enterprise act for its sponsor). */
export async function tokensFor(project: Scoped): Promise<Record<Role, string | undefined>> {
  return {
    [Role.NATIONAL_ADMIN]: await tokenFor(Role.NATIONAL_ADMIN),
    [Role.PROVINCIAL_OFFICE]: await tokenFor(Role.PROVINCIAL_OFFICE, { province: project.regionCode }),
    [Role.BASE_OPERATOR]: await tokenFor(Role.BASE_OPERATOR, { baseId: project.baseId }),
    [Role.SERVICE_ORG]: await tokenFor(Role.SERVICE_ORG, { orgId: project.serviceOrganizationIds[0] }),
    [Role.ENTERPRISE]: await tokenFor(Role.ENTERPRISE, { orgId: project.sponsorOrganizationId }),
    [Role.EXPERT]: await tokenFor(Role.EXPERT, { expertId: randomUUID(), orgId: project.sponsorOrganizationId }),
    [Role.PUBLIC]: undefined,
  };
}

/**
 * Tokens of the roles that may act, outside the project's scope. `hidden`: the project is invisible to
 * them too (another province's office, another base's operator, an unlisted service organisation).
 * `visible`: they see it because they act for its sponsor, but still may not move it.
 */
export async function outOfScopeTokens(project: Scoped): Promise<Record<"hidden" | "visible", Partial<Record<Role, string>>>> {
  const sponsor = project.sponsorOrganizationId;
  return {
    hidden: {
      [Role.PROVINCIAL_OFFICE]: await tokenFor(Role.PROVINCIAL_OFFICE, { province: project.regionCode === OTHER_REGION ? REGION : OTHER_REGION }),
      [Role.BASE_OPERATOR]: await tokenFor(Role.BASE_OPERATOR, { baseId: randomUUID() }),
      [Role.SERVICE_ORG]: await tokenFor(Role.SERVICE_ORG, { orgId: randomUUID() }),
    },
    visible: {
      [Role.PROVINCIAL_OFFICE]: await tokenFor(Role.PROVINCIAL_OFFICE, { province: project.regionCode === OTHER_REGION ? REGION : OTHER_REGION, orgId: sponsor }),
      [Role.BASE_OPERATOR]: await tokenFor(Role.BASE_OPERATOR, { baseId: randomUUID(), orgId: sponsor }),
      [Role.SERVICE_ORG]: await tokenFor(Role.SERVICE_ORG, { orgId: sponsor }),
    },
  };
}

export interface ResultsPeer {
  url: string;
  /** Files `count` draft analysis reports of `project` in the results subgraph (test set-up). */
  addAnalysisReports(project: NavigationProject, count: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The real results subgraph as the peer this subgraph asks for analysis reports. The reports are drafts,
 * visible only to the project's base, service organisations, sponsor and authorities — so a submission
 * that finds them proves the caller's token was forwarded.
 */
export async function startResultsPeer(): Promise<ResultsPeer> {
  const results = await startTestSubgraph(resultsSubgraph);
  return {
    url: results.url,
    addAnalysisReports: async (project, count) => {
      const repository = results.dataSource.getRepository(Result);
      for (let i = 0; i < count; i++) {
        await repository.insert({
          id: randomUUID(),
          projectId: project.id,
          baseId: project.baseId,
          regionCode: project.regionCode,
          navigationType: project.navigationType,
          type: ResultType.ANALYSIS_REPORT,
          title: `${project.title}分析报告`,
          abstract: "专利态势分析与布局建议。",
          keywords: [],
          industryCodes: project.industryCodes,
          ipcClasses: [],
          regionCodes: [project.regionCode],
          dataCutoffOn: "2019-10-31",
          confidentiality: Confidentiality.PUBLIC,
          audienceIndustryCodes: [],
          audienceOrganizationIds: [],
          sponsorOrganizationId: project.sponsorOrganizationId,
          serviceOrganizationIds: project.serviceOrganizationIds,
          status: ResultStatus.DRAFT,
          year: project.year,
          releasedAt: null,
          sponsorConsentAt: null,
        });
      }
    },
    stop: () => results.stop(),
  };
}

/** The mutation of each workflow action. */
export const MUTATIONS: Readonly<Record<ProjectAction, string>> = {
  apply: "applyNavigationProject",
  approve: "approveNavigationProject",
  startProcurement: "startNavigationProjectProcurement",
  startExecution: "startNavigationProjectExecution",
  advancePhase: "advanceNavigationProjectPhase",
  submitForAcceptance: "submitNavigationProjectForAcceptance",
  accept: "acceptNavigationProject",
  requireRectification: "requireNavigationProjectRectification",
  resubmitForAcceptance: "resubmitNavigationProjectForAcceptance",
  file: "fileNavigationProject",
  evaluate: "evaluateNavigationProject",
  close: "closeNavigationProject",
  suspend: "suspendNavigationProject",
  resume: "resumeNavigationProject",
  terminate: "terminateNavigationProject",
};

export const EVALUATION = { score: 88, grade: "GOOD", comments: "成果转化成效明显" };

/** Takes `action` on project `id` through GraphQL; `evaluate` sends EVALUATION unless told otherwise. */
export async function transition(subgraph: TestSubgraph, action: ProjectAction, id: string, token: string | undefined, note?: string | null, evaluation: object = EVALUATION) {
  const input = action === "evaluate" ? ", $input: PerformanceEvaluationInput!" : "";
  const argument = action === "evaluate" ? ", input: $input" : "";
  const result = await subgraph.query(
    `mutation($id: ID!, $note: String${input}) { ${MUTATIONS[action]}(id: $id, note: $note${argument}) { id status phase suspendedFrom } }`,
    { id, note, ...(action === "evaluate" ? { input: evaluation } : {}) },
    token,
  );
  return { ...result, project: result.data?.[MUTATIONS[action]] as { id: string; status: string; phase: string | null; suspendedFrom: string | null } | undefined };
}
