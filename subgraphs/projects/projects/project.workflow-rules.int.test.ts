/** Preconditions of the project workflow beyond state and role: phases, reviews, suspension, evaluation, races. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { AcceptanceConclusion, ProjectPhase, ProjectStatus } from "../enums";
import { PerformanceEvaluation } from "../performance-evaluations/performance-evaluation.entity";
import { historyOf, seedProject, seedReview, startResultsPeer, tokensFor, transition, type ResultsPeer } from "../projects.fixtures";
import { projectsSubgraph } from "../schema";
import { NavigationProject } from "./project.entity";

const NOW = new Date("2024-06-30T08:00:00.000Z");
let subgraph: TestSubgraph;
let results: ResultsPeer;

beforeAll(async () => {
  results = await startResultsPeer();
  subgraph = await startTestSubgraph(projectsSubgraph, { peers: { results: results.url }, clock: () => NOW });
});
afterAll(async () => {
  await subgraph?.stop();
  await results?.stop();
});

const stored = (id: string) => subgraph.dataSource.getRepository(NavigationProject).findOneByOrFail({ id });
const PROJECT_STATE = `query($id: ID!) { navigationProject(id: $id) {
  status phase suspendedFrom availableActions
  history { action fromState toState actor actorRole note at }
  performanceEvaluation { projectId score grade comments evaluatedAt project { id } }
} }`;

describe("execution phases", () => {
  it("start in KICKOFF and advance one step at a time to RESULT_OUTPUT, then refuse to go further", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.PROCURING });
    const tokens = await tokensFor(project);
    expect((await transition(subgraph, "startExecution", project.id, tokens.BASE_OPERATOR)).project).toMatchObject({ status: "IN_EXECUTION", phase: "KICKOFF" });
    const walked: string[] = [];
    for (const token of [tokens.SERVICE_ORG, tokens.BASE_OPERATOR, tokens.SERVICE_ORG, tokens.BASE_OPERATOR]) {
      const step = await transition(subgraph, "advancePhase", project.id, token);
      expect(step.errors).toBeUndefined();
      walked.push(step.project!.phase!);
    }
    expect(walked).toEqual(["INFO_COLLECTION", "DATA_PROCESSING", "ANALYSIS", "RESULT_OUTPUT"]);
    const beyond = await transition(subgraph, "advancePhase", project.id, tokens.SERVICE_ORG);
    expect(beyond.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "IN_EXECUTION" });
    expect(beyond.errors?.[0]?.message).toContain("last phase RESULT_OUTPUT");

    const read = await subgraph.query(PROJECT_STATE, { id: project.id }, tokens.SERVICE_ORG);
    expect(read.data.navigationProject.history.map((h: { action: string; fromState: string; toState: string; actorRole: string }) => [h.action, h.fromState, h.toState, h.actorRole])).toEqual([
      ["startExecution", "PROCURING", "IN_EXECUTION", "BASE_OPERATOR"],
      ["advancePhase", "KICKOFF", "INFO_COLLECTION", "SERVICE_ORG"],
      ["advancePhase", "INFO_COLLECTION", "DATA_PROCESSING", "BASE_OPERATOR"],
      ["advancePhase", "DATA_PROCESSING", "ANALYSIS", "SERVICE_ORG"],
      ["advancePhase", "ANALYSIS", "RESULT_OUTPUT", "BASE_OPERATOR"],
    ]);
    // In the last phase the next step is submission, not another phase.
    expect(read.data.navigationProject.availableActions).toEqual(["submitForAcceptance"]);
  });

  it.each([ProjectPhase.KICKOFF, ProjectPhase.ANALYSIS])("refuses submission for acceptance in phase %s", async (phase) => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.IN_EXECUTION, phase });
    await results.addAnalysisReports(project, 3);
    const tokens = await tokensFor(project);
    const result = await transition(subgraph, "submitForAcceptance", project.id, tokens.SERVICE_ORG);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "IN_EXECUTION" });
    expect(result.errors?.[0]?.message).toContain("RESULT_OUTPUT");
    expect((await stored(project.id)).status).toBe("IN_EXECUTION");
    const read = await subgraph.query(PROJECT_STATE, { id: project.id }, tokens.SERVICE_ORG);
    expect(read.data.navigationProject.availableActions).toEqual(["advancePhase"]);
  });

  it("refuses submission without an analysis report, asking the results peer with the caller's token", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.IN_EXECUTION, phase: ProjectPhase.RESULT_OUTPUT });
    const token = (await tokensFor(project)).BASE_OPERATOR;
    const result = await transition(subgraph, "submitForAcceptance", project.id, token);
    expect(result.errors?.[0]).toMatchObject({ message: "acceptance needs at least one analysis report", extensions: { code: "CONFLICT", state: "IN_EXECUTION" } });
    // A draft report is visible to the project's base only: finding it proves the token was forwarded.
    await results.addAnalysisReports(project, 1);
    expect((await transition(subgraph, "submitForAcceptance", project.id, token)).project).toMatchObject({ status: "SUBMITTED_FOR_ACCEPTANCE", phase: null });
  });

  it("answers SERVICE_UNAVAILABLE naming the results service when it cannot be reached", async () => {
    const alone = await startTestSubgraph(projectsSubgraph, { peers: { results: "http://127.0.0.1:9/graphql" } });
    try {
      const project = await seedProject(alone.dataSource, { status: ProjectStatus.IN_EXECUTION, phase: ProjectPhase.RESULT_OUTPUT });
      const result = await transition(alone, "submitForAcceptance", project.id, (await tokensFor(project)).BASE_OPERATOR);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "results" });
      expect((await alone.dataSource.getRepository(NavigationProject).findOneByOrFail({ id: project.id })).status).toBe("IN_EXECUTION");
    } finally {
      await alone.stop();
    }
  });
});

describe("acceptance", () => {
  const submitted = () => seedProject(subgraph.dataSource, { status: ProjectStatus.SUBMITTED_FOR_ACCEPTANCE });

  it("needs a review to accept or to require rectification", async () => {
    const project = await submitted();
    const token = (await tokensFor(project)).PROVINCIAL_OFFICE;
    for (const action of ["accept", "requireRectification"] as const) {
      const result = await transition(subgraph, action, project.id, token, "专家组意见");
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "SUBMITTED_FOR_ACCEPTANCE" });
      expect(result.errors?.[0]?.message).toContain("acceptance review");
    }
    expect(await historyOf(subgraph.dataSource, project.id)).toEqual([]);
  });

  it("accepts only on a passing review; a failing one leads to rectification", async () => {
    const failing = await submitted();
    await seedReview(subgraph.dataSource, failing.id, AcceptanceConclusion.FAIL);
    const token = (await tokensFor(failing)).PROVINCIAL_OFFICE;
    const refused = await transition(subgraph, "accept", failing.id, token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "SUBMITTED_FOR_ACCEPTANCE" });
    expect(refused.errors?.[0]?.message).toContain("FAIL");
    expect((await transition(subgraph, "requireRectification", failing.id, token, "数据质量不足，补充检索")).project?.status).toBe("RECTIFYING");

    for (const conclusion of [AcceptanceConclusion.PASS, AcceptanceConclusion.PASS_WITH_CHANGES]) {
      const project = await submitted();
      await seedReview(subgraph.dataSource, project.id, conclusion);
      expect((await transition(subgraph, "accept", project.id, (await tokensFor(project)).NATIONAL_ADMIN)).project?.status).toBe("ACCEPTED");
    }
  });
});

describe("suspension", () => {
  it("remembers the state and phase it left and returns there on resume", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.IN_EXECUTION, phase: ProjectPhase.DATA_PROCESSING });
    const tokens = await tokensFor(project);
    expect((await transition(subgraph, "suspend", project.id, tokens.PROVINCIAL_OFFICE, "资金未到位")).project).toEqual({
      id: project.id, status: "SUSPENDED", phase: "DATA_PROCESSING", suspendedFrom: "IN_EXECUTION",
    });
    const whileSuspended = await subgraph.query(PROJECT_STATE, { id: project.id }, tokens.PROVINCIAL_OFFICE);
    expect(whileSuspended.data.navigationProject.availableActions).toEqual(["resume", "terminate"]);
    expect(await subgraph.query(PROJECT_STATE, { id: project.id }, tokens.BASE_OPERATOR).then((r) => r.data.navigationProject.availableActions)).toEqual([]);
    expect((await transition(subgraph, "resume", project.id, tokens.NATIONAL_ADMIN)).project).toEqual({
      id: project.id, status: "IN_EXECUTION", phase: "DATA_PROCESSING", suspendedFrom: null,
    });
    expect((await historyOf(subgraph.dataSource, project.id)).map((h) => [h.action, h.fromState, h.toState, h.note])).toEqual([
      ["suspend", "IN_EXECUTION", "SUSPENDED", "资金未到位"],
      ["resume", "SUSPENDED", "IN_EXECUTION", null],
    ]);
  });

  it.each([ProjectStatus.APPLIED, ProjectStatus.RECTIFYING, ProjectStatus.SUBMITTED_FOR_ACCEPTANCE])("resumes a project suspended from %s there", async (status) => {
    const project = await seedProject(subgraph.dataSource, { status });
    const token = (await tokensFor(project)).PROVINCIAL_OFFICE;
    await transition(subgraph, "suspend", project.id, token, "暂缓");
    expect((await transition(subgraph, "resume", project.id, token)).project).toMatchObject({ status, suspendedFrom: null });
  });

  it("terminates a suspended project for good, forgetting phase and suspension", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.SUSPENDED, suspendedFrom: ProjectStatus.IN_EXECUTION, phase: ProjectPhase.ANALYSIS });
    const token = (await tokensFor(project)).PROVINCIAL_OFFICE;
    expect((await transition(subgraph, "terminate", project.id, token, "委托方撤销委托")).project).toEqual({ id: project.id, status: "TERMINATED", phase: null, suspendedFrom: null });
    expect((await transition(subgraph, "resume", project.id, token)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "TERMINATED" });
  });
});

describe("performance evaluation", () => {
  it("is recorded with the transition to EVALUATED, at the subgraph's clock, and readable through the project and _entities", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.FILED });
    const tokens = await tokensFor(project);
    const result = await transition(subgraph, "evaluate", project.id, tokens.PROVINCIAL_OFFICE, "年度绩效评价", { score: 93, grade: "EXCELLENT", comments: "支撑产业决策" });
    expect(result.project?.status).toBe("EVALUATED");
    const read = await subgraph.query(PROJECT_STATE, { id: project.id }, tokens.ENTERPRISE);
    expect(read.data.navigationProject.performanceEvaluation).toEqual({
      projectId: project.id, score: 93, grade: "EXCELLENT", comments: "支撑产业决策", evaluatedAt: NOW.toISOString(), project: { id: project.id },
    });
    const entities = await subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on PerformanceEvaluation { projectId score } } }`, {
      reps: [{ __typename: "PerformanceEvaluation", projectId: project.id }],
    }, tokens.BASE_OPERATOR);
    expect(entities.data._entities).toEqual([{ projectId: project.id, score: 93 }]);
  });

  it.each([[{ score: 101, grade: "GOOD" }, "score"], [{ score: 80, grade: "SO_SO" }, "grade"]])("refuses a bad evaluation %j without changing anything", async (input, field) => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.FILED });
    const result = await transition(subgraph, "evaluate", project.id, (await tokensFor(project)).NATIONAL_ADMIN, null, input);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(String(result.errors?.[0]?.extensions?.field)).toContain(field);
    expect((await stored(project.id)).status).toBe("FILED");
    expect(await subgraph.dataSource.getRepository(PerformanceEvaluation).existsBy({ projectId: project.id })).toBe(false);
  });
});

describe("concurrent commands", () => {
  it("lets exactly one of two racing approvals through; the other sees the new state", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.APPLIED });
    const tokens = await tokensFor(project);
    const outcomes = await Promise.allSettled([
      transition(subgraph, "approve", project.id, tokens.PROVINCIAL_OFFICE),
      transition(subgraph, "approve", project.id, tokens[Role.NATIONAL_ADMIN]),
    ]);
    const answers = outcomes.map((o) => (o.status === "fulfilled" ? o.value : undefined));
    expect(answers.filter((a) => a?.project?.status === "APPROVED")).toHaveLength(1);
    expect(answers.filter((a) => a?.errors?.[0]?.extensions?.code === "CONFLICT" && a.errors[0].extensions.state === "APPROVED")).toHaveLength(1);
    expect(await historyOf(subgraph.dataSource, project.id)).toHaveLength(1);
  });
});
