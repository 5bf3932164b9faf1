/**
 * The project workflow as a table: every action from every state, every role that may not take an
 * action, and every out-of-scope caller, through GraphQL against a real database, with the real results
 * subgraph as the peer that is asked for analysis reports.
 */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { ProjectPhase, ProjectStatus } from "../enums";
import { PerformanceEvaluation } from "../performance-evaluations/performance-evaluation.entity";
import { historyOf, MISSING_ID, outOfScopeTokens, seedProject, seedReview, startResultsPeer, tokensFor, transition, type ResultsPeer } from "../projects.fixtures";
import { projectsSubgraph } from "../schema";
import { NavigationProject } from "./project.entity";
import { ProjectWorkflow, type ProjectAction } from "./project.workflow";

let subgraph: TestSubgraph;
let results: ResultsPeer;

beforeAll(async () => {
  results = await startResultsPeer();
  subgraph = await startTestSubgraph(projectsSubgraph, { peers: { results: results.url } });
});
afterAll(async () => {
  await subgraph?.stop();
  await results?.stop();
});

const NOTE = "按计划推进";
const STATES = Object.values(ProjectStatus);
const SUSPENDED_FROM = ProjectStatus.PROCURING;

/** The workflow as the issue states it, written out independently of ProjectWorkflow. */
const S = ProjectStatus;
const OPERATOR = [Role.BASE_OPERATOR];
const DOERS = [Role.BASE_OPERATOR, Role.SERVICE_ORG];
const AUTHORITIES = [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN];
const EXPECTED: Record<ProjectAction, { from: ProjectStatus[]; to: ProjectStatus; roles: Role[] }> = {
  apply: { from: [S.PLANNING], to: S.APPLIED, roles: OPERATOR },
  approve: { from: [S.APPLIED], to: S.APPROVED, roles: AUTHORITIES },
  startProcurement: { from: [S.APPROVED], to: S.PROCURING, roles: OPERATOR },
  startExecution: { from: [S.PROCURING], to: S.IN_EXECUTION, roles: OPERATOR },
  advancePhase: { from: [S.IN_EXECUTION], to: S.IN_EXECUTION, roles: DOERS },
  submitForAcceptance: { from: [S.IN_EXECUTION], to: S.SUBMITTED_FOR_ACCEPTANCE, roles: DOERS },
  accept: { from: [S.SUBMITTED_FOR_ACCEPTANCE], to: S.ACCEPTED, roles: AUTHORITIES },
  requireRectification: { from: [S.SUBMITTED_FOR_ACCEPTANCE], to: S.RECTIFYING, roles: AUTHORITIES },
  resubmitForAcceptance: { from: [S.RECTIFYING], to: S.SUBMITTED_FOR_ACCEPTANCE, roles: DOERS },
  file: { from: [S.ACCEPTED], to: S.FILED, roles: AUTHORITIES },
  evaluate: { from: [S.FILED], to: S.EVALUATED, roles: AUTHORITIES },
  close: { from: [S.EVALUATED], to: S.CLOSED, roles: AUTHORITIES },
  suspend: { from: [S.APPLIED, S.APPROVED, S.PROCURING, S.IN_EXECUTION, S.SUBMITTED_FOR_ACCEPTANCE, S.RECTIFYING], to: S.SUSPENDED, roles: AUTHORITIES },
  resume: { from: [S.SUSPENDED], to: SUSPENDED_FROM, roles: AUTHORITIES },
  terminate: { from: STATES.filter((s) => s !== S.CLOSED && s !== S.TERMINATED), to: S.TERMINATED, roles: AUTHORITIES },
};
const ACTIONS = Object.keys(EXPECTED) as ProjectAction[];

it("declares exactly the actions of the issue", () => {
  expect(Object.keys(ProjectWorkflow).sort()).toEqual([...ACTIONS].sort());
});

/** The role each action is taken in for the legal cases: every allowed role is used by some action. */
const ACTOR: Record<ProjectAction, Role> = {
  apply: Role.BASE_OPERATOR,
  approve: Role.PROVINCIAL_OFFICE,
  startProcurement: Role.BASE_OPERATOR,
  startExecution: Role.BASE_OPERATOR,
  advancePhase: Role.SERVICE_ORG,
  submitForAcceptance: Role.BASE_OPERATOR,
  accept: Role.PROVINCIAL_OFFICE,
  requireRectification: Role.NATIONAL_ADMIN,
  resubmitForAcceptance: Role.SERVICE_ORG,
  file: Role.NATIONAL_ADMIN,
  evaluate: Role.PROVINCIAL_OFFICE,
  close: Role.NATIONAL_ADMIN,
  suspend: Role.PROVINCIAL_OFFICE,
  resume: Role.NATIONAL_ADMIN,
  terminate: Role.PROVINCIAL_OFFICE,
};

/** A project in `status` on which `action`'s other preconditions hold: phase, review, report, suspendedFrom. */
async function arrange(action: ProjectAction, status: ProjectStatus): Promise<NavigationProject> {
  const phase = status === ProjectStatus.IN_EXECUTION ? (action === "advancePhase" ? ProjectPhase.ANALYSIS : ProjectPhase.RESULT_OUTPUT) : null;
  const project = await seedProject(subgraph.dataSource, { status, phase, suspendedFrom: status === ProjectStatus.SUSPENDED ? SUSPENDED_FROM : null });
  await seedReview(subgraph.dataSource, project.id);
  await results.addAnalysisReports(project, 1);
  return project;
}

async function expectUnchanged(project: NavigationProject): Promise<void> {
  const now = await subgraph.dataSource.getRepository(NavigationProject).findOneByOrFail({ id: project.id });
  expect({ status: now.status, phase: now.phase, suspendedFrom: now.suspendedFrom, updatedAt: now.updatedAt }).toEqual({
    status: project.status, phase: project.phase, suspendedFrom: project.suspendedFrom, updatedAt: project.updatedAt,
  });
  expect(await historyOf(subgraph.dataSource, project.id)).toEqual([]);
  expect(await subgraph.dataSource.getRepository(PerformanceEvaluation).existsBy({ projectId: project.id })).toBe(false);
}

describe("every action from every state", () => {
  const cases = ACTIONS.flatMap((action) => STATES.map((state) => [action, state, EXPECTED[action].from.includes(state)] as const));

  it.each(cases)("%s from %s (legal: %s)", async (action, state, legal) => {
    const project = await arrange(action, state);
    const role = ACTOR[action];
    const result = await transition(subgraph, action, project.id, (await tokensFor(project))[role], NOTE);
    if (!legal) {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state });
      expect(result.errors?.[0]?.message).toContain(state);
      await expectUnchanged(project);
      return;
    }
    expect(result.errors).toBeUndefined();
    const to = EXPECTED[action].to;
    expect(result.project?.status).toBe(to);
    const [entry, ...more] = await historyOf(subgraph.dataSource, project.id);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action,
      fromState: action === "advancePhase" ? ProjectPhase.ANALYSIS : state,
      toState: action === "advancePhase" ? ProjectPhase.RESULT_OUTPUT : to,
      actor: `test-${role.toLowerCase()}`,
      actorRole: role,
      note: NOTE,
    });
    expect(entry.at).toBeInstanceOf(Date);
  });
});

describe("every role that may not take an action", () => {
  const cases = ACTIONS.flatMap((action) => Object.values(Role).filter((role) => !EXPECTED[action].roles.includes(role)).map((role) => [action, role] as const));

  it.each(cases)("%s by %s", async (action, role) => {
    const project = await arrange(action, EXPECTED[action].from[0]);
    const result = await transition(subgraph, action, project.id, (await tokensFor(project))[role], NOTE);
    expect(result.errors?.[0]?.extensions?.code).toBe(role === Role.PUBLIC ? "UNAUTHENTICATED" : "FORBIDDEN");
    await expectUnchanged(project);
  });
});

describe("callers of an allowed role outside the project's scope", () => {
  // A caller who may not see the project gets NOT_FOUND, exactly as for a missing one (no existence
  // leak); one who sees it (acting for its sponsor) but works elsewhere gets FORBIDDEN.
  const cases = ACTIONS.flatMap((action) =>
    EXPECTED[action].roles.filter((role) => role !== Role.NATIONAL_ADMIN).flatMap((role) => [[action, role, "hidden"], [action, role, "visible"]] as const),
  );

  it.each(cases)("%s by a %s (%s)", async (action, role, kind) => {
    const project = await arrange(action, EXPECTED[action].from[0]);
    const token = (await outOfScopeTokens(project))[kind][role];
    const result = await transition(subgraph, action, project.id, token, NOTE);
    if (kind === "hidden") {
      const missing = await transition(subgraph, action, MISSING_ID, token, NOTE);
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(result.errors?.[0]?.message.replace(project.id, "<id>")).toBe(missing.errors?.[0]?.message.replace(MISSING_ID, "<id>"));
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    await expectUnchanged(project);
  });
});

describe("reasons", () => {
  it.each(["requireRectification", "suspend", "terminate"] as const)("%s without a note is BAD_USER_INPUT on note", async (action) => {
    const project = await arrange(action, ProjectStatus.SUBMITTED_FOR_ACCEPTANCE);
    const token = (await tokensFor(project))[Role.NATIONAL_ADMIN];
    for (const note of [null, "   "]) {
      const result = await transition(subgraph, action, project.id, token, note);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    }
    await expectUnchanged(project);
  });

  it("keeps every other action's note optional", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.APPLIED });
    const result = await transition(subgraph, "approve", project.id, (await tokensFor(project))[Role.PROVINCIAL_OFFICE]);
    expect(result.project?.status).toBe("APPROVED");
    expect((await historyOf(subgraph.dataSource, project.id))[0].note).toBeNull();
  });
});
