/** Who sees which enrolment: lists and totals, by id, _entities and a session's enrolments, per caller. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { PUBLIC, seedEnrollment, seedSession, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";

const B1 = "0b1e4c2a-6666-4aaa-8bbb-000000000001";
const B2 = "0b1e4c2a-6666-4aaa-8bbb-000000000002";
const O1 = "0b1e4c2a-6666-4aaa-8bbb-0000000000f1";
const O2 = "0b1e4c2a-6666-4aaa-8bbb-0000000000f2";

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;
/** e1, e2 in a Jiangsu session of B1 (organisations O1, O2); e3, e4 in a Beijing session of B2 (O1, none). */
const ids: Record<string, string> = {};
const sessions: Record<string, string> = {};

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  sessions.jiangsu = (await seedSession(subgraph, { baseId: B1, regionCode: "320000", capacity: 10 })).id;
  sessions.beijing = (await seedSession(subgraph, { baseId: B2, regionCode: "110000", capacity: 10 })).id;
  const at = (seconds: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, seconds));
  ids.e1 = (await seedEnrollment(subgraph, sessions.jiangsu, { traineeOrganizationId: O1, createdAt: at(1) })).id;
  ids.e2 = (await seedEnrollment(subgraph, sessions.jiangsu, { traineeOrganizationId: O2, createdAt: at(2) })).id;
  ids.e3 = (await seedEnrollment(subgraph, sessions.beijing, { traineeOrganizationId: O1, createdAt: at(3) })).id;
  ids.e4 = (await seedEnrollment(subgraph, sessions.beijing, { traineeOrganizationId: null, createdAt: at(4) })).id;
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    OFFICE_JIANGSU: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    OFFICE_BEIJING: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OPERATOR_B1: [Role.BASE_OPERATOR, { baseId: B1 }],
    OPERATOR_B2: [Role.BASE_OPERATOR, { baseId: B2 }],
    ENTERPRISE_O1: [Role.ENTERPRISE, { orgId: O1 }],
    SERVICE_ORG_O2: [Role.SERVICE_ORG, { orgId: O2 }],
    EXPERT: [Role.EXPERT, { expertId: B1 }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

const EXPECTED: Record<string, { sees: string[]; runs: string[] }> = {
  NATIONAL_ADMIN: { sees: ["e1", "e2", "e3", "e4"], runs: ["jiangsu", "beijing"] },
  OFFICE_JIANGSU: { sees: ["e1", "e2"], runs: ["jiangsu"] },
  OFFICE_BEIJING: { sees: ["e3", "e4"], runs: ["beijing"] },
  OPERATOR_B1: { sees: ["e1", "e2"], runs: ["jiangsu"] },
  OPERATOR_B2: { sees: ["e3", "e4"], runs: ["beijing"] },
  ENTERPRISE_O1: { sees: ["e1", "e3"], runs: [] },
  SERVICE_ORG_O2: { sees: ["e2"], runs: [] },
  EXPERT: { sees: [], runs: [] },
  PUBLIC: { sees: [], runs: [] },
};
const ALL = ["e1", "e2", "e3", "e4"];

describe.each(Object.keys(EXPECTED))("%s", (caller) => {
  const { sees, runs } = EXPECTED[caller];

  it("lists and counts only the enrolments it may see", async () => {
    const response = await subgraph.query(`{ enrollments(first: 10) { totalCount items { id } } }`, {}, tokens[caller]);
    expect(response.data.enrollments).toEqual({ totalCount: sees.length, items: sees.map((name) => ({ id: ids[name] })) });
    const bySession = await subgraph.query(`query($s: ID!) { enrollments(filter: { sessionId: $s }) { totalCount } }`, { s: sessions.jiangsu }, tokens[caller]);
    expect(bySession.data.enrollments.totalCount).toBe(sees.filter((name) => name === "e1" || name === "e2").length);
  });

  it("finds by id and resolves references only for the enrolments it may see", async () => {
    for (const name of ALL) {
      const response = await subgraph.query(`query($id: ID!) { enrollment(id: $id) { id availableActions } }`, { id: ids[name] }, tokens[caller]);
      const ran = runs.includes(name === "e1" || name === "e2" ? "jiangsu" : "beijing");
      expect({ name, enrollment: response.data.enrollment }).toEqual({ name, enrollment: sees.includes(name) ? { id: ids[name], availableActions: ran ? ["confirm"] : [] } : null });
    }
    const entities = await subgraph.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Enrollment { id } } }`,
      { reps: ALL.map((name) => ({ __typename: "Enrollment", id: ids[name] })) },
      tokens[caller],
    );
    expect(entities.data._entities).toEqual(ALL.map((name) => (sees.includes(name) ? { id: ids[name] } : null)));
  });

  it("sees every session and its public seat count, but only the enrolments it may see", async () => {
    const response = await subgraph.query(`{ trainingSessions { totalCount items { id enrolledCount enrollments { id } } } }`, {}, tokens[caller]);
    const page = response.data.trainingSessions;
    expect(page.totalCount).toBe(2);
    const jiangsu = page.items.find((session: { id: string }) => session.id === sessions.jiangsu);
    const beijing = page.items.find((session: { id: string }) => session.id === sessions.beijing);
    expect(jiangsu).toEqual({ id: sessions.jiangsu, enrolledCount: 2, enrollments: sees.filter((name) => ["e1", "e2"].includes(name)).map((name) => ({ id: ids[name] })) });
    expect(beijing).toEqual({ id: sessions.beijing, enrolledCount: 2, enrollments: sees.filter((name) => ["e3", "e4"].includes(name)).map((name) => ({ id: ids[name] })) });
  });
});
