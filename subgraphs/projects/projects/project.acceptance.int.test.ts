/**
 * A project's whole life against the real results subgraph: submission for acceptance asks it for an
 * analysis report with the caller's token, and the report is created through its GraphQL API (which in
 * turn asks this subgraph for the project's facts). Both subgraphs share one test database, as in a stack.
 */
import { randomUUID } from "node:crypto";
import { Role } from "../../../platform/auth";
import { createTestDatabase, type TestDatabase } from "../../../test/support/database";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../../test/support/subgraph";
import { resultsSubgraph } from "../../results/schema";
import { CREATE_PROJECT, CREATE_REVIEW, projectInput, REGION, reviewInput, transition } from "../projects.fixtures";
import { projectsSubgraph } from "../schema";
import type { ProjectAction } from "./project.workflow";

let database: TestDatabase;
let projects: TestSubgraph;
let results: TestSubgraph;

beforeAll(async () => {
  database = createTestDatabase();
  // Filled in once both listen; each subgraph reads its peers when a command asks.
  const peers: Record<string, string> = {};
  projects = await startTestSubgraph(projectsSubgraph, { database, peers });
  results = await startTestSubgraph(resultsSubgraph, { database, peers });
  Object.assign(peers, { projects: projects.url, results: results.url });
});
afterAll(async () => {
  await results?.stop();
  await projects?.stop();
  await database?.drop();
});

const CREATE_RESULT = `mutation($input: CreateResultInput!) { createResult(input: $input) { id type status } }`;
const resultInput = (projectId: string, type: string) => ({
  projectId, type, title: type === "ANALYSIS_REPORT" ? "集成电路封装测试产业专利分析报告" : "集成电路封装测试专利分析简报",
  abstract: "分析集成电路封装测试领域的专利态势与布局建议。", industryCodes: ["01"], dataCutoffOn: "2024-10-31", confidentiality: "RESTRICTED", year: 2024,
});

it("runs from planning through acceptance, filing and evaluation to closing", async () => {
  const baseId = randomUUID();
  const input = projectInput({ baseId, year: 2024, plannedStart: "2024-03-01", plannedEnd: "2024-12-31" });
  const operator = await tokenFor(Role.BASE_OPERATOR, { baseId });
  const service = await tokenFor(Role.SERVICE_ORG, { orgId: input.serviceOrganizationIds[0] });
  const office = await tokenFor(Role.PROVINCIAL_OFFICE, { province: REGION });
  const admin = await tokenFor(Role.NATIONAL_ADMIN);

  const created = await projects.query(CREATE_PROJECT, { input }, operator);
  expect(created.errors).toBeUndefined();
  const id: string = created.data.createNavigationProject.id;
  const step = async (action: ProjectAction, token: string, note?: string) => {
    const result = await transition(projects, action, id, token, note);
    expect(result.errors).toBeUndefined();
    return result.project!;
  };
  await step("apply", operator);
  await step("approve", office, "同意立项");
  await step("startProcurement", operator);
  await step("startExecution", operator);
  for (let i = 0; i < 4; i++) await step("advancePhase", service);

  const refused = await transition(projects, "submitForAcceptance", id, service);
  expect(refused.errors?.[0]).toMatchObject({ message: "acceptance needs at least one analysis report", extensions: { code: "CONFLICT", state: "IN_EXECUTION" } });

  // A brief is not an analysis report.
  const brief = await results.query(CREATE_RESULT, { input: resultInput(id, "BRIEF") }, service);
  expect(brief.errors).toBeUndefined();
  expect((await transition(projects, "submitForAcceptance", id, service)).errors?.[0]?.extensions?.code).toBe("CONFLICT");

  const report = await results.query(CREATE_RESULT, { input: resultInput(id, "ANALYSIS_REPORT") }, service);
  expect(report.errors).toBeUndefined();
  expect(report.data.createResult).toMatchObject({ type: "ANALYSIS_REPORT", status: "DRAFT" });
  expect(await step("submitForAcceptance", service)).toMatchObject({ status: "SUBMITTED_FOR_ACCEPTANCE", phase: null });

  expect((await projects.query(CREATE_REVIEW, { input: reviewInput(id, { conclusion: "PASS_WITH_CHANGES" }) }, office)).errors).toBeUndefined();
  await step("accept", office, "修改后通过");
  await step("file", office);
  const evaluated = await transition(projects, "evaluate", id, admin, null, { score: 86, grade: "GOOD" });
  expect(evaluated.project?.status).toBe("EVALUATED");
  expect((await step("close", admin)).status).toBe("CLOSED");

  const read = await projects.query(`query($id: ID!) { navigationProject(id: $id) {
    status availableActions performanceEvaluation { score grade } acceptanceReview { conclusion } history { action fromState toState actorRole }
  } }`, { id }, await tokenFor(Role.ENTERPRISE, { orgId: input.sponsorOrganizationId }));
  expect(read.errors).toBeUndefined();
  const project = read.data.navigationProject;
  expect(project).toMatchObject({ status: "CLOSED", availableActions: [], performanceEvaluation: { score: 86, grade: "GOOD" }, acceptanceReview: { conclusion: "PASS_WITH_CHANGES" } });
  expect(project.history.map((h: { action: string; actorRole: string }) => `${h.action}:${h.actorRole}`)).toEqual([
    "create:BASE_OPERATOR", "apply:BASE_OPERATOR", "approve:PROVINCIAL_OFFICE", "startProcurement:BASE_OPERATOR", "startExecution:BASE_OPERATOR",
    "advancePhase:SERVICE_ORG", "advancePhase:SERVICE_ORG", "advancePhase:SERVICE_ORG", "advancePhase:SERVICE_ORG",
    "submitForAcceptance:SERVICE_ORG", "accept:PROVINCIAL_OFFICE", "file:PROVINCIAL_OFFICE", "evaluate:NATIONAL_ADMIN", "close:NATIONAL_ADMIN",
  ]);
  expect(project.history.at(-1)).toMatchObject({ fromState: "EVALUATED", toState: "CLOSED" });
});
