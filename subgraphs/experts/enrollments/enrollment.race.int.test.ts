/**
 * Commands racing for a limit, fired concurrently through GraphQL: the last seat of a session and the
 * next certificate number of a year. Run on SQLite and on PostgreSQL (DATABASE_URL).
 */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { EnrollmentStatus } from "../enums";
import { enrollmentInput } from "../experts.fixtures";
import { seedEnrollment, seedSession, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";

const BASE = "0b1e4c2a-3333-4aaa-8bbb-000000000001";
const ORG = "0b1e4c2a-3333-4aaa-8bbb-000000000002";

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  tokens = await tokensFor({ BASE_OPERATOR: [Role.BASE_OPERATOR, { baseId: BASE }], ENTERPRISE: [Role.ENTERPRISE, { orgId: ORG }], OFFICE: [Role.PROVINCIAL_OFFICE, { province: "320000" }] });
});
afterAll(() => subgraph?.stop());

const ENROL = `mutation($input: CreateEnrollmentInput!) { createEnrollment(input: $input) { id } }`;

it.each([1, 2, 3, 4, 5])("two enrolments for the last seat: exactly one succeeds (round %i)", async () => {
  const session = await seedSession(subgraph, { baseId: BASE, capacity: 3 });
  await seedEnrollment(subgraph, session.id);
  await seedEnrollment(subgraph, session.id, { status: EnrollmentStatus.NO_SHOW });
  const outcomes = await Promise.allSettled([
    subgraph.query(ENROL, { input: enrollmentInput(session.id, { traineeName: "张伟" }) }, tokens.BASE_OPERATOR),
    subgraph.query(ENROL, { input: enrollmentInput(session.id, { traineeName: "王芳", traineeOrganizationId: ORG }) }, tokens.ENTERPRISE),
  ]);
  const responses = outcomes.map((settled) => (settled.status === "fulfilled" ? settled.value : { errors: [{ message: String(settled.reason), extensions: {} }] }));
  const succeeded = responses.filter((response) => !response.errors);
  const refused = responses.filter((response) => response.errors);
  expect(succeeded).toHaveLength(1);
  expect(refused).toHaveLength(1);
  expect(refused[0].errors?.[0]).toMatchObject({ message: "session is full", extensions: { code: "CONFLICT" } });

  const read = await subgraph.query(`query($id: ID!) { trainingSession(id: $id) { capacity enrolledCount } }`, { id: session.id });
  expect(read.data.trainingSession).toEqual({ capacity: 3, enrolledCount: 3 });
  const history = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM state_change WHERE "entityType" = 'Enrollment' AND action = 'create' AND "entityId" IN (SELECT id FROM enrollment WHERE "sessionId" = '${session.id}')`);
  expect(Number(history[0].n)).toBe(1);
});

it("a capacity cut racing an enrolment never leaves more enrolments than seats", async () => {
  const session = await seedSession(subgraph, { baseId: BASE, capacity: 3 });
  await seedEnrollment(subgraph, session.id);
  await seedEnrollment(subgraph, session.id);
  await Promise.allSettled([
    subgraph.query(ENROL, { input: enrollmentInput(session.id) }, tokens.BASE_OPERATOR),
    subgraph.query(`mutation($id: ID!) { updateTrainingSession(id: $id, input: { capacity: 2 }) { id } }`, { id: session.id }, tokens.OFFICE),
  ]);
  const read = await subgraph.query(`query($id: ID!) { trainingSession(id: $id) { capacity enrolledCount } }`, { id: session.id });
  expect(read.data.trainingSession.enrolledCount).toBeLessThanOrEqual(read.data.trainingSession.capacity);
});

it("passes racing in the same year draw distinct, consecutive certificate numbers", async () => {
  const session = await seedSession(subgraph, { baseId: BASE, startsAt: new Date("2022-04-01T01:00:00.000Z"), endsAt: new Date("2022-04-01T09:00:00.000Z") });
  const attended = await Promise.all(Array.from({ length: 8 }, () => seedEnrollment(subgraph, session.id, { status: EnrollmentStatus.ATTENDED })));
  const responses = await Promise.all(
    attended.map((enrollment, index) =>
      subgraph.query(`mutation($id: ID!) { passEnrollment(id: $id) { certificateNumber } }`, { id: enrollment.id }, index % 2 ? tokens.BASE_OPERATOR : tokens.OFFICE),
    ),
  );
  expect(responses.map((response) => response.errors)).toEqual(attended.map(() => undefined));
  const numbers = responses.map((response) => response.data.passEnrollment.certificateNumber as string).sort();
  expect(numbers).toEqual(attended.map((_, index) => `ZLDH-PX-2022-${String(index + 1).padStart(6, "0")}`));
});
