/** Inputs, seeded records, tokens and a stand-in results peer the projects subgraph's integration tests share. */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { Role } from "../../platform/auth";
import { StateChange } from "../../platform/history";
import { tokenFor, type TestSubgraph } from "../../test/support/subgraph";
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

export interface FakeResults {
  url: string;
  /** Analysis reports per project id the stand-in answers with (0 when absent). */
  reports: Map<string, number>;
  /** Authorization headers of the calls received. */
  calls: (string | undefined)[];
  stop(): Promise<void>;
}

/**
 * A stand-in for the results subgraph answering the one query this subgraph sends it, so the workflow
 * table does not depend on another subgraph's data; project.acceptance.int.test.ts runs the real one.
 */
export async function startFakeResults(): Promise<FakeResults> {
  const reports = new Map<string, number>();
  const calls: (string | undefined)[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      calls.push(request.headers.authorization);
      const { variables } = JSON.parse(body) as { variables: { projectId: string } };
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ data: { results: { totalCount: reports.get(variables.projectId) ?? 0 } } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/graphql`, reports, calls, stop: () => new Promise((resolve) => server.close(() => resolve())) };
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
