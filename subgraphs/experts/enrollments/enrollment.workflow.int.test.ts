/** The enrolment workflow, every action from every state, by every role and scope, on a real database. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { EnrollmentStatus } from "../enums";
import { MISSING_ID } from "../experts.fixtures";
import { historyRows, outcome, PUBLIC, seedEnrollment, seedSession, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";
import type { TrainingSession } from "../training-sessions/training-session.entity";
import { Enrollment } from "./enrollment.entity";
import { EnrollmentWorkflow, type EnrollmentAction } from "./enrollment.workflow";

const NOW = new Date("2025-06-01T00:00:00.000Z");
const BASE = "0b1e4c2a-1111-4aaa-8bbb-000000000001";
const OTHER_BASE = "0b1e4c2a-1111-4aaa-8bbb-000000000002";
const ORG = "0b1e4c2a-2222-4aaa-8bbb-000000000001";

const MUTATIONS: Record<EnrollmentAction, string> = {
  confirm: "confirmEnrollment",
  markAttended: "markEnrollmentAttended",
  markNoShow: "markEnrollmentNoShow",
  pass: "passEnrollment",
};
const ACTIONS = Object.keys(MUTATIONS) as EnrollmentAction[];
const STATES = Object.values(EnrollmentStatus);

let subgraph: TestSubgraph;
let session: TrainingSession;
let tokens: Record<string, string | undefined>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph, { clock: () => NOW });
  session = await seedSession(subgraph, { baseId: BASE, regionCode: "320000" });
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    PROVINCIAL_OFFICE: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    BASE_OPERATOR: [Role.BASE_OPERATOR, { baseId: BASE }],
    OTHER_OFFICE: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OTHER_BASE_OPERATOR: [Role.BASE_OPERATOR, { baseId: OTHER_BASE }],
    // Acts for the trainee's organisation, so it sees the enrolment, but runs another base.
    OTHER_BASE_OF_TRAINEE_ORG: [Role.BASE_OPERATOR, { baseId: OTHER_BASE, orgId: ORG }],
    ENTERPRISE: [Role.ENTERPRISE, { orgId: ORG }],
    SERVICE_ORG: [Role.SERVICE_ORG, { orgId: ORG }],
    EXPERT: [Role.EXPERT, { expertId: MISSING_ID }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

const SELECTION = `id status certificateNumber availableActions history { action fromState toState actor actorRole note at }`;

function act(action: EnrollmentAction, id: string, caller: string, note?: string) {
  return subgraph.query(`mutation($id: ID!, $note: String) { ${MUTATIONS[action]}(id: $id, note: $note) { ${SELECTION} } }`, { id, note }, tokens[caller]);
}

async function expectUnchanged(enrollment: Enrollment): Promise<void> {
  const row = await subgraph.dataSource.getRepository(Enrollment).findOneByOrFail({ id: enrollment.id });
  expect({ status: row.status, certificateNumber: row.certificateNumber }).toEqual({ status: enrollment.status, certificateNumber: enrollment.certificateNumber });
  expect(await historyRows(subgraph, enrollment.id)).toBe(0);
}

describe("every action from every state", () => {
  const cases = ACTIONS.flatMap((action) => STATES.map((state) => [action, state] as const));
  it.each(cases)("%s from %s", async (action, state) => {
    const rule = EnrollmentWorkflow[action];
    const legal = rule.from.includes(state);
    for (const caller of legal ? rule.roles.map(String) : ["NATIONAL_ADMIN"]) {
      const enrollment = await seedEnrollment(subgraph, session.id, { status: state, traineeOrganizationId: ORG });
      const response = await act(action, enrollment.id, caller, "按计划");
      if (!legal) {
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state });
        await expectUnchanged(enrollment);
        continue;
      }
      expect(response.errors).toBeUndefined();
      const result = response.data[MUTATIONS[action]];
      expect(result.status).toBe(rule.to);
      expect(result.history).toEqual([
        { action, fromState: state, toState: rule.to, actor: `test-${caller.toLowerCase()}`, actorRole: caller, note: "按计划", at: expect.any(String) },
      ]);
      expect(result.availableActions).toEqual(ACTIONS.filter((next) => EnrollmentWorkflow[next].from.includes(rule.to)));
      expect(result.certificateNumber === null).toBe(action !== "pass");
    }
  });
});

describe("callers who may not act", () => {
  const wrongRoles = ["ENTERPRISE", "SERVICE_ORG", "EXPERT"];
  const cases: [EnrollmentAction, string, string][] = ACTIONS.flatMap((action) => [...wrongRoles.map((caller): [EnrollmentAction, string, string] => [action, caller, "FORBIDDEN"]), [action, "PUBLIC", "UNAUTHENTICATED"]]);
  it.each(cases)("%s by %s: %s", async (action, caller, code) => {
    const enrollment = await seedEnrollment(subgraph, session.id, { status: EnrollmentWorkflow[action].from[0], traineeOrganizationId: ORG });
    expect(outcome(await act(action, enrollment.id, caller))).toBe(code);
    await expectUnchanged(enrollment);
  });

  // Another province's office and another base's operator do not see the enrolment at all: NOT_FOUND,
  // as for a missing one. A caller who sees it (acting for the trainee's organisation) but does not run
  // the session is FORBIDDEN.
  const scopes = ACTIONS.flatMap((action) => [[action, "OTHER_OFFICE", "NOT_FOUND"], [action, "OTHER_BASE_OPERATOR", "NOT_FOUND"], [action, "OTHER_BASE_OF_TRAINEE_ORG", "FORBIDDEN"]] as const);
  it.each(scopes)("%s by %s: %s", async (action, caller, code) => {
    const enrollment = await seedEnrollment(subgraph, session.id, { status: EnrollmentWorkflow[action].from[0], traineeOrganizationId: ORG });
    expect(outcome(await act(action, enrollment.id, caller))).toBe(code);
    await expectUnchanged(enrollment);
  });

  it("answers NOT_FOUND for a missing enrolment", async () => {
    for (const action of ACTIONS) expect(outcome(await act(action, MISSING_ID, "NATIONAL_ADMIN"))).toBe("NOT_FOUND");
  });
});

describe("preconditions and certificates", () => {
  it("records attendance only once the session has started", async () => {
    const future = await seedSession(subgraph, { baseId: BASE, startsAt: new Date("2025-07-01T01:00:00.000Z"), endsAt: new Date("2025-07-01T09:00:00.000Z") });
    const enrollment = await seedEnrollment(subgraph, future.id, { status: EnrollmentStatus.CONFIRMED });
    for (const action of ["markAttended", "markNoShow"] as const) {
      const response = await act(action, enrollment.id, "BASE_OPERATOR");
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining("has not started"), extensions: { code: "CONFLICT", state: "CONFIRMED" } });
    }
    await expectUnchanged(enrollment);
    const read = await subgraph.query(`query($id: ID!) { enrollment(id: $id) { availableActions } }`, { id: enrollment.id }, tokens.BASE_OPERATOR);
    expect(read.data.enrollment.availableActions).toEqual([]);
  });

  it("numbers certificates per year of the session's start (China time), continuing after numbers already issued", async () => {
    const pass = async (target: TrainingSession) => {
      const enrollment = await seedEnrollment(subgraph, target.id, { status: EnrollmentStatus.ATTENDED });
      const response = await act("pass", enrollment.id, "PROVINCIAL_OFFICE");
      expect(response.errors).toBeUndefined();
      return response.data.passEnrollment.certificateNumber as string;
    };
    // 2023-12-31 17:00 UTC is 2024-01-01 01:00 in Beijing.
    const newYear = await seedSession(subgraph, { baseId: BASE, startsAt: new Date("2023-12-31T17:00:00.000Z"), endsAt: new Date("2024-01-01T09:00:00.000Z") });
    const earlier = await seedSession(subgraph, { baseId: BASE, startsAt: new Date("2023-06-01T01:00:00.000Z"), endsAt: new Date("2023-06-01T09:00:00.000Z") });
    await seedEnrollment(subgraph, earlier.id, { status: EnrollmentStatus.PASSED, certificateNumber: "ZLDH-PX-2023-000041" });

    expect(await pass(newYear)).toBe("ZLDH-PX-2024-000001");
    expect(await pass(newYear)).toBe("ZLDH-PX-2024-000002");
    expect(await pass(earlier)).toBe("ZLDH-PX-2023-000042");
    expect(await pass(newYear)).toBe("ZLDH-PX-2024-000003");
  });

  it("reads the history and the next actions through the enrolment, for those who see it", async () => {
    const enrollment = await seedEnrollment(subgraph, session.id, { traineeOrganizationId: ORG });
    await act("confirm", enrollment.id, "BASE_OPERATOR", "材料齐全");
    const read = (caller: string) => subgraph.query(`query($id: ID!) { enrollment(id: $id) { status availableActions history { action actorRole note } } }`, { id: enrollment.id }, tokens[caller]);
    expect((await read("BASE_OPERATOR")).data.enrollment).toEqual({ status: "CONFIRMED", availableActions: ["markAttended", "markNoShow"], history: [{ action: "confirm", actorRole: "BASE_OPERATOR", note: "材料齐全" }] });
    expect((await read("ENTERPRISE")).data.enrollment).toEqual({ status: "CONFIRMED", availableActions: [], history: [{ action: "confirm", actorRole: "BASE_OPERATOR", note: "材料齐全" }] });
    expect((await read("OTHER_OFFICE")).data.enrollment).toBeNull();
  });
});
