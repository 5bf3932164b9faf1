/** Who may schedule and change sessions, and enrol trainees or change their enrolments, per caller. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { EnrollmentStatus } from "../enums";
import { CREATE_ENROLLMENT, CREATE_SESSION, enrollmentInput, sessionInput } from "../experts.fixtures";
import { outcome, PUBLIC, seedEnrollment, seedSession, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";

const B1 = "0b1e4c2a-8888-4aaa-8bbb-000000000001";
const B2 = "0b1e4c2a-8888-4aaa-8bbb-000000000002";
const O1 = "0b1e4c2a-8888-4aaa-8bbb-0000000000f1";
const O2 = "0b1e4c2a-8888-4aaa-8bbb-0000000000f2";

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    OFFICE_JIANGSU: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    OFFICE_BEIJING: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OPERATOR_B1: [Role.BASE_OPERATOR, { baseId: B1 }],
    OPERATOR_B2: [Role.BASE_OPERATOR, { baseId: B2 }],
    ENTERPRISE_O1: [Role.ENTERPRISE, { orgId: O1 }],
    ENTERPRISE_O2: [Role.ENTERPRISE, { orgId: O2 }],
    SERVICE_ORG_O1: [Role.SERVICE_ORG, { orgId: O1 }],
    EXPERT: [Role.EXPERT, { expertId: O1 }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

const EVERYONE = ["NATIONAL_ADMIN", "OFFICE_JIANGSU", "OFFICE_BEIJING", "OPERATOR_B1", "OPERATOR_B2", "ENTERPRISE_O1", "ENTERPRISE_O2", "SERVICE_ORG_O1", "EXPERT", "PUBLIC"];
const RUNNERS = { NATIONAL_ADMIN: "OK", OFFICE_JIANGSU: "OK", OPERATOR_B1: "OK" };

function table(label: string, allowed: Record<string, string>): [string, string, string][] {
  return EVERYONE.map((caller) => [label, caller, allowed[caller] ?? (caller === "PUBLIC" ? "UNAUTHENTICATED" : "FORBIDDEN")]);
}

interface Write {
  /** Seeds what the write acts on; answers its id. */
  setup(): Promise<string>;
  run(id: string, token: string | undefined): ReturnType<TestSubgraph["query"]>;
}
const freshSession = async () => (await seedSession(subgraph, { baseId: B1, regionCode: "320000" })).id;

/** Each write on a fresh Jiangsu session of base B1, or on a fresh enrolment of organisation O1 in one. */
const WRITES: Record<string, Write> = {
  "schedule a session": { setup: async () => "", run: (_id, token) => subgraph.query(CREATE_SESSION, { input: sessionInput(B1, { regionCode: "320000" }) }, token) },
  "change the session": {
    setup: freshSession,
    run: (id, token) => subgraph.query(`mutation($id: ID!) { updateTrainingSession(id: $id, input: { title: "新标题" }) { title } }`, { id }, token),
  },
  "enrol a trainee of O1": { setup: freshSession, run: (id, token) => subgraph.query(CREATE_ENROLLMENT, { input: enrollmentInput(id, { traineeOrganizationId: O1 }) }, token) },
  "change an enrolment of O1": {
    setup: async () => (await seedEnrollment(subgraph, await freshSession(), { traineeOrganizationId: O1 })).id,
    run: (id, token) => subgraph.query(`mutation($id: ID!) { updateEnrollment(id: $id, input: { traineeName: "新名字" }) { traineeName } }`, { id }, token),
  },
};

/** Everything a refused write could have touched: row counts and the names it would change. */
const snapshot = async () =>
  subgraph.dataSource.query(`SELECT (SELECT COUNT(*) FROM training_session) AS sessions, (SELECT COUNT(*) FROM enrollment) AS enrollments,
    (SELECT COUNT(*) FROM training_session WHERE title = '新标题') AS retitled, (SELECT COUNT(*) FROM enrollment WHERE "traineeName" = '新名字') AS renamed,
    (SELECT COUNT(*) FROM state_change) AS history`);

const CASES: [string, string, string][] = [
  ...table("schedule a session", RUNNERS),
  ...table("change the session", RUNNERS),
  ...table("enrol a trainee of O1", { ...RUNNERS, ENTERPRISE_O1: "OK", SERVICE_ORG_O1: "OK" }),
  // Those who neither run the session nor act for O1 do not see the enrolment: NOT_FOUND.
  ...table("change an enrolment of O1", { ...RUNNERS, ENTERPRISE_O1: "OK", SERVICE_ORG_O1: "OK", OFFICE_BEIJING: "NOT_FOUND", OPERATOR_B2: "NOT_FOUND", ENTERPRISE_O2: "NOT_FOUND" }),
];

const rowCount = async () => Number((await subgraph.dataSource.query(`SELECT (SELECT COUNT(*) FROM training_session) + (SELECT COUNT(*) FROM enrollment) AS n`))[0].n);

it.each(CASES)("%s by %s: %s", async (label, caller, expected) => {
  const write = WRITES[label];
  const id = await write.setup();
  const before = await snapshot();
  expect(outcome(await write.run(id, tokens[caller]))).toBe(expected);
  if (expected !== "OK") expect(await snapshot()).toEqual(before);
  else expect(await snapshot()).not.toEqual(before);
});

describe("finer rules", () => {
  it("lets an enterprise enrol only its own staff, naming its organisation", async () => {
    const session = await seedSession(subgraph, { baseId: B1 });
    const before = await rowCount();
    const enrol = (overrides: Record<string, unknown>) => subgraph.query(CREATE_ENROLLMENT, { input: enrollmentInput(session.id, overrides) }, tokens.ENTERPRISE_O1);
    expect(outcome(await enrol({ traineeOrganizationId: O2 }))).toBe("FORBIDDEN");
    const unnamed = await enrol({});
    expect(unnamed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.traineeOrganizationId" });
    expect(await rowCount()).toBe(before);
    const own = await enrol({ traineeOrganizationId: O1 });
    expect(own.data.createEnrollment).toMatchObject({ status: "APPLIED", traineeOrganization: { id: O1 } });
  });

  it("lets an enterprise keep its enrolments within its organisation, and freezes them once attendance is recorded", async () => {
    const session = await seedSession(subgraph, { baseId: B1 });
    const enrollment = await seedEnrollment(subgraph, session.id, { traineeOrganizationId: O1 });
    const change = (input: string, caller: string, id = enrollment.id) =>
      subgraph.query(`mutation($id: ID!) { updateEnrollment(id: $id, input: { ${input} }) { traineeName } }`, { id }, tokens[caller]);
    expect(outcome(await change(`traineeOrganizationId: "${O2}"`, "ENTERPRISE_O1"))).toBe("FORBIDDEN");
    expect(outcome(await change(`traineeOrganizationId: "${O2}"`, "OPERATOR_B1"))).toBe("OK");

    for (const status of [EnrollmentStatus.ATTENDED, EnrollmentStatus.NO_SHOW, EnrollmentStatus.PASSED]) {
      const done = await seedEnrollment(subgraph, session.id, { status });
      const response = await change(`traineeName: "改名"`, "NATIONAL_ADMIN", done.id);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: status });
    }
  });

  it("refuses a session for another base or province and leaves nothing behind", async () => {
    const before = await rowCount();
    expect(outcome(await subgraph.query(CREATE_SESSION, { input: sessionInput(B2, { regionCode: "320000" }) }, tokens.OPERATOR_B1))).toBe("FORBIDDEN");
    expect(outcome(await subgraph.query(CREATE_SESSION, { input: sessionInput(B2, { regionCode: "110000" }) }, tokens.OFFICE_JIANGSU))).toBe("FORBIDDEN");
    expect(outcome(await subgraph.query(CREATE_SESSION, { input: sessionInput(B2, { regionCode: "110000" }) }, tokens.OFFICE_BEIJING))).toBe("OK");
    expect(await rowCount()).toBe(before + 1);
  });
});
