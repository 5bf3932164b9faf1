/**
 * Test set-up shared by the results subgraph's integration tests, imported by tests only (it starts the
 * projects and bases subgraphs, which product code never imports): the results subgraph with those two as
 * its peers on one test database, a token per role and scope, and entities seeded directly in a state.
 */
import { Role, type CallerScope } from "../../platform/auth";
import { StateChange } from "../../platform/history";
import { createTestDatabase, type TestDatabase } from "../../test/support/database";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { basesSubgraph } from "../bases/schema";
import { projectsSubgraph } from "../projects/schema";
import { DockingRequest } from "./docking-requests/docking-request.entity";
import { CaseStatus, Confidentiality, DockingStatus, DockingType, ResultStatus, ResultType } from "./enums";
import { Result } from "./results/result.entity";
import { resultsSubgraph } from "./schema";
import { TypicalCase } from "./typical-cases/typical-case.entity";

export const REGION = "320000";
export const OTHER_REGION = "330000";
export const uuid = (prefix: number, n: number) => `${String(prefix).padStart(8, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}`;
export const BASE = uuid(1, 1);
export const OTHER_BASE = uuid(1, 2);
export const SPONSOR = uuid(2, 1);
export const SERVICE_ORG = uuid(2, 2);
export const ENTERPRISE = uuid(2, 3);
export const OTHER_ORG = uuid(2, 4);
export const MISSING = "00000000-0000-4000-8000-000000000000";

/** One token per role and scope the tests act with. */
export async function mintTokens() {
  const token = (role: Role, scope: CallerScope = {}) => tokenFor(role, scope);
  return {
    admin: await token(Role.NATIONAL_ADMIN),
    office: await token(Role.PROVINCIAL_OFFICE, { province: REGION }),
    otherOffice: await token(Role.PROVINCIAL_OFFICE, { province: OTHER_REGION }),
    operator: await token(Role.BASE_OPERATOR, { baseId: BASE }),
    otherOperator: await token(Role.BASE_OPERATOR, { baseId: OTHER_BASE }),
    serviceOrg: await token(Role.SERVICE_ORG, { orgId: SERVICE_ORG }),
    otherServiceOrg: await token(Role.SERVICE_ORG, { orgId: OTHER_ORG }),
    sponsor: await token(Role.ENTERPRISE, { orgId: SPONSOR }),
    enterprise: await token(Role.ENTERPRISE, { orgId: ENTERPRISE, industryCodes: ["01"] }),
    otherEnterprise: await token(Role.ENTERPRISE, { orgId: OTHER_ORG, industryCodes: ["05"] }),
    expert: await token(Role.EXPERT, { expertId: uuid(3, 1) }),
    public: undefined as string | undefined,
  };
}
export type Tokens = Awaited<ReturnType<typeof mintTokens>>;

/** A token of each role, in scope for the fixtures' result (PUBLIC has none). */
export const roleTokens = (tokens: Tokens): Record<Role, string | undefined> => ({
  NATIONAL_ADMIN: tokens.admin,
  PROVINCIAL_OFFICE: tokens.office,
  BASE_OPERATOR: tokens.operator,
  SERVICE_ORG: tokens.serviceOrg,
  ENTERPRISE: tokens.sponsor,
  EXPERT: tokens.expert,
  PUBLIC: undefined,
});

export interface ResultsStack {
  results: TestSubgraph;
  projects: TestSubgraph;
  bases: TestSubgraph;
  database: TestDatabase;
  stop(): Promise<void>;
}

/** The results subgraph with its peers, on one fresh test database. */
export async function startResultsStack(options: { clock?: () => Date } = {}): Promise<ResultsStack> {
  const database = createTestDatabase();
  const started: TestSubgraph[] = [];
  try {
    const projects = await startTestSubgraph(projectsSubgraph, { database });
    started.push(projects);
    const bases = await startTestSubgraph(basesSubgraph, { database });
    started.push(bases);
    const results = await startTestSubgraph(resultsSubgraph, { database, peers: { projects: projects.url, bases: bases.url }, clock: options.clock });
    started.push(results);
    return {
      results,
      projects,
      bases,
      database,
      stop: async () => {
        for (const subgraph of started.reverse()) await subgraph.stop();
        await database.drop();
      },
    };
  } catch (error) {
    for (const subgraph of started.reverse()) await subgraph.stop();
    await database.drop();
    throw error;
  }
}

let projectSerial = 0;

/**
 * Registers a project of `baseId` through the projects subgraph (as that base's operator) and sets its
 * state directly, as test set-up.
 */
export async function createProject(
  stack: ResultsStack,
  options: { baseId?: string; regionCode?: string; sponsor?: string; serviceOrganizations?: string[]; status?: string } = {},
): Promise<string> {
  const baseId = options.baseId ?? BASE;
  const token = await tokenFor(Role.BASE_OPERATOR, { baseId });
  const answer = await stack.projects.query(
    `mutation($input: CreateNavigationProjectInput!) { createNavigationProject(input: $input) { id } }`,
    {
      input: {
        title: `集成电路产业专利导航项目${++projectSerial}`, navigationType: "INDUSTRIAL_PLANNING", industryCodes: ["01"], baseId,
        regionCode: options.regionCode ?? REGION, sponsorOrganizationId: options.sponsor ?? SPONSOR,
        serviceOrganizationIds: options.serviceOrganizations ?? [SERVICE_ORG], fundingSource: "FISCAL", budget: 500000, year: 2024,
        plannedStart: "2024-03-01", plannedEnd: "2024-12-31",
      },
    },
    token,
  );
  if (answer.errors) throw new Error(`createNavigationProject: ${JSON.stringify(answer.errors)}`);
  const id: string = answer.data.createNavigationProject.id;
  await setProjectStatus(stack, id, options.status ?? "ACCEPTED");
  return id;
}

export async function setProjectStatus(stack: ResultsStack, projectId: string, status: string): Promise<void> {
  await stack.projects.dataSource.createQueryBuilder().update("navigation_project").set({ status }).where("id = :id", { id: projectId }).execute();
}

let organizationSerial = 0;

/** Registers an organisation of `type` in the bases subgraph (as the national admin). */
export async function createOrganization(stack: ResultsStack, type: string, regionCode = REGION): Promise<string> {
  const n = String(++organizationSerial).padStart(6, "0");
  const answer = await stack.bases.query(
    `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
    { input: { name: `测试单位${type}${n}`, creditCode: `91${regionCode}MA${n}X`.padEnd(18, "0").slice(0, 18), type, regionCode } },
    await tokenFor(Role.NATIONAL_ADMIN),
  );
  if (answer.errors) throw new Error(`createOrganization: ${JSON.stringify(answer.errors)}`);
  return answer.data.createOrganization.id;
}

/** Inserts a result directly in `status`: test set-up, not a shortcut of the product. */
export async function seedResult(subgraph: TestSubgraph, overrides: Partial<Result> = {}): Promise<Result> {
  const row: Result = {
    id: crypto.randomUUID(), projectId: uuid(9, 1), baseId: BASE, regionCode: REGION, navigationType: "INDUSTRIAL_PLANNING" as never,
    type: ResultType.ANALYSIS_REPORT, title: "集成电路产业专利导航分析报告", abstract: "摘要", keywords: [], industryCodes: ["01"], ipcClasses: [],
    regionCodes: [], dataCutoffOn: "2024-06-30", confidentiality: Confidentiality.PUBLIC, audienceIndustryCodes: [], audienceOrganizationIds: [],
    sponsorOrganizationId: SPONSOR, serviceOrganizationIds: [SERVICE_ORG], status: ResultStatus.DRAFT, year: 2024, releasedAt: null,
    sponsorConsentAt: null, createdAt: new Date(), updatedAt: new Date(), ...overrides,
  };
  await subgraph.dataSource.getRepository(Result).insert(row);
  return row;
}

export async function seedCase(subgraph: TestSubgraph, overrides: Partial<TypicalCase> = {}): Promise<TypicalCase> {
  const row = {
    id: crypto.randomUUID(), title: "专利导航助力集成电路企业突破技术封锁", navigationType: "INDUSTRIAL_PLANNING" as never, industryCodes: ["01"],
    regionCode: REGION, baseId: BASE, projectId: uuid(9, 1), resultId: uuid(9, 2), background: "背景", process: "过程", findings: "发现",
    application: "运用", outcomes: "成效", outcomeFigures: [{ label: "新增专利申请", value: 120, unit: "件" }], lessons: "",
    status: CaseStatus.NOMINATED, year: 2024, publishedAt: null, ...overrides,
  } as TypicalCase;
  await subgraph.dataSource.getRepository(TypicalCase).insert(row);
  return row;
}

export async function seedDocking(subgraph: TestSubgraph, overrides: Partial<DockingRequest> = {}): Promise<DockingRequest> {
  const row = {
    id: crypto.randomUUID(), requesterOrganizationId: ENTERPRISE, regionCode: REGION, resultId: null, projectId: uuid(9, 1),
    type: DockingType.PRIORITY_EXAMINATION, patentNumbers: ["CN202310123456.7"], description: "申请优先审查", status: DockingStatus.SUBMITTED, ...overrides,
  } as DockingRequest;
  await subgraph.dataSource.getRepository(DockingRequest).insert(row);
  return row;
}

/** The history of one entity, oldest first, straight from the table. */
export async function historyOf(subgraph: TestSubgraph, entityId: string) {
  const rows = await subgraph.dataSource.getRepository(StateChange).find({ where: { entityId }, order: { at: "ASC", id: "ASC" } });
  return rows.map(({ action, fromState, toState, actor, actorRole, note }) => ({ action, fromState, toState, actor, actorRole, note }));
}

/** The code of the first error, or undefined. */
export const codeOf = (answer: { errors?: { extensions?: Record<string, any> }[] }) => answer.errors?.[0]?.extensions?.code as string | undefined;
