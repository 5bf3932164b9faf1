/** Training sessions, enrolments and the fields this subgraph adds to ServiceBase, including statement counts. */
import { Role } from "../../platform/auth";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { MISSING_ID, createEnrollment, createExpert, createSession } from "./experts.fixtures";
import { expertsSubgraph } from "./schema";

let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

const entities = (reps: object[], selection: string, token = admin) =>
  subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ${selection} } }`, { reps }, token);

describe("training sessions and enrolments", () => {
  it("creates, reads, lists and updates sessions with their lecturers and base", async () => {
    const baseId = crypto.randomUUID();
    const lecturer = await createExpert(subgraph, admin, { name: "刘洋" });
    const session = await createSession(subgraph, admin, baseId, { lecturerExpertIds: [lecturer.id], mode: "HYBRID" });
    expect(session).toMatchObject({ mode: "HYBRID", capacity: 50, regionName: "江苏", base: { id: baseId }, lecturers: [{ id: lecturer.id, name: "刘洋" }], enrolledCount: 0 });
    const later = await createSession(subgraph, admin, baseId, { title: "专利布局专题培训", mode: "ONLINE", startsAt: "2025-09-01T01:00:00.000Z", endsAt: "2025-09-01T09:00:00.000Z" });

    const read = await subgraph.query(`query($id: ID!) { trainingSession(id: $id) { title startsAt } }`, { id: session.id });
    expect(read.data.trainingSession).toEqual({ title: "集成电路专利导航实务培训班", startsAt: "2025-05-12T01:00:00.000Z" });
    expect((await subgraph.query(`{ trainingSession(id: "${MISSING_ID}") { id } }`)).data.trainingSession).toBeNull();

    const filters: [Record<string, unknown>, string[]][] = [
      [{ baseId }, [later.id, session.id]],
      [{ baseId, mode: "ONLINE" }, [later.id]],
      [{ baseId, startsAfter: "2025-06-01T00:00:00.000Z" }, [later.id]],
      [{ baseId, startsBefore: "2025-06-01T00:00:00.000Z", regionCode: "320000" }, [session.id]],
      [{ regionCode: "110000" }, []],
    ];
    for (const [filter, ids] of filters) {
      const list = await subgraph.query(`query($filter: TrainingSessionFilter) { trainingSessions(filter: $filter) { totalCount items { id } } }`, { filter });
      expect({ filter, page: list.data.trainingSessions }).toEqual({ filter, page: { totalCount: ids.length, items: ids.map((id) => ({ id })) } });
    }

    const updated = await subgraph.query(
      `mutation($id: ID!) { updateTrainingSession(id: $id, input: { capacity: 80, lecturerExpertIds: [], topics: ["专利分析"] }) { capacity lecturers { id } topics } }`,
      { id: session.id },
      admin,
    );
    expect(updated.data.updateTrainingSession).toEqual({ capacity: 80, lecturers: [], topics: ["专利分析"] });
    const inverted = await subgraph.query(`mutation($id: ID!) { updateTrainingSession(id: $id, input: { endsAt: "2025-05-01T00:00:00.000Z" }) { id } }`, { id: session.id }, admin);
    expect(inverted.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.endsAt" });
  });

  it("enrols trainees up to the capacity and never beyond", async () => {
    const session = await createSession(subgraph, admin, crypto.randomUUID(), { capacity: 2 });
    const organizationId = crypto.randomUUID();
    const first = await createEnrollment(subgraph, admin, session.id, { traineeOrganizationId: organizationId });
    expect(first).toMatchObject({ status: "APPLIED", certificateNumber: null, session: { id: session.id }, traineeOrganization: { id: organizationId } });
    await createEnrollment(subgraph, admin, session.id, { traineeName: "张伟" });
    const full = await subgraph.query(`mutation($input: CreateEnrollmentInput!) { createEnrollment(input: $input) { id } }`, { input: { sessionId: session.id, traineeName: "王芳", traineeOrganizationName: "某公司" } }, admin);
    expect(full.errors?.[0]).toMatchObject({ message: "session is full", extensions: { code: "CONFLICT" } });
    const shrink = await subgraph.query(`mutation($id: ID!) { updateTrainingSession(id: $id, input: { capacity: 1 }) { id } }`, { id: session.id }, admin);
    expect(shrink.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const read = await subgraph.query(`query($id: ID!) { enrollment(id: $id) { traineeName } trainingSession(id: "${session.id}") { enrolledCount enrollments(first: 1) { id } } }`, { id: first.id }, admin);
    expect(read.data).toEqual({ enrollment: { traineeName: "李明" }, trainingSession: { enrolledCount: 2, enrollments: [{ id: first.id }] } });
    const list = await subgraph.query(`query($sessionId: ID!) { enrollments(filter: { sessionId: $sessionId, status: APPLIED }) { totalCount items { traineeName } } }`, { sessionId: session.id }, admin);
    expect(list.data.enrollments).toEqual({ totalCount: 2, items: [{ traineeName: "李明" }, { traineeName: "张伟" }] });
    expect((await subgraph.query(`{ enrollments(filter: { status: PASSED }) { totalCount } }`, {}, admin)).data.enrollments.totalCount).toBe(0);

    const updated = await subgraph.query(`mutation($id: ID!) { updateEnrollment(id: $id, input: { traineeName: "李明远", traineeOrganizationId: null }) { traineeName traineeOrganization { id } } }`, { id: first.id }, admin);
    expect(updated.data.updateEnrollment).toEqual({ traineeName: "李明远", traineeOrganization: null });
    const missing = await subgraph.query(`mutation { updateEnrollment(id: "${MISSING_ID}", input: { traineeName: "某人" }) { id } }`, {}, admin);
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("resolves sessions, enrolments and bases through _entities", async () => {
    const baseId = crypto.randomUUID();
    const member = await createExpert(subgraph, admin, { name: "郑华", pools: [{ scope: "BASE", scopeId: baseId }] });
    const session = await createSession(subgraph, admin, baseId);
    const enrollment = await createEnrollment(subgraph, admin, session.id);
    const result = await entities(
      [
        { __typename: "TrainingSession", id: session.id },
        { __typename: "Enrollment", id: enrollment.id },
        { __typename: "ServiceBase", id: baseId },
        { __typename: "TrainingSession", id: MISSING_ID },
        { __typename: "Enrollment", id: MISSING_ID },
      ],
      `... on TrainingSession { id enrolledCount } ... on Enrollment { id session { id } } ... on ServiceBase { id expertCount experts { id } trainingSessions { id } }`,
    );
    expect(result.data._entities).toEqual([
      { __typename: "TrainingSession", id: session.id, enrolledCount: 1 },
      { __typename: "Enrollment", id: enrollment.id, session: { id: session.id } },
      { __typename: "ServiceBase", id: baseId, expertCount: 1, experts: [{ id: member.id }], trainingSessions: [{ id: session.id }] },
      null,
      null,
    ]);
  });

  it("bounds ServiceBase.experts and trainingSessions per base, best-rated and newest first", async () => {
    const [a, b] = [crypto.randomUUID(), crypto.randomUUID()];
    const shared = await createExpert(subgraph, admin, { name: "冯涛", pools: [{ scope: "BASE", scopeId: a }, { scope: "BASE", scopeId: b }] });
    const onlyA = await createExpert(subgraph, admin, { name: "曹静", pools: [{ scope: "BASE", scopeId: a }, { scope: "PROVINCIAL", scopeId: "110000" }] });
    await subgraph.dataSource.query(`UPDATE expert SET rating = 4.5 WHERE id = '${onlyA.id}'`);
    const older = await createSession(subgraph, admin, a, { startsAt: "2024-03-01T01:00:00.000Z", endsAt: "2024-03-01T09:00:00.000Z" });
    const newer = await createSession(subgraph, admin, a, { startsAt: "2025-03-01T01:00:00.000Z", endsAt: "2025-03-01T09:00:00.000Z" });
    const result = await entities(
      [{ __typename: "ServiceBase", id: a }, { __typename: "ServiceBase", id: b }],
      `... on ServiceBase { expertCount all: experts { name } top: experts(first: 1) { name } sessions: trainingSessions { id } latest: trainingSessions(first: 1) { id } }`,
    );
    expect(result.data._entities).toEqual([
      { __typename: "ServiceBase", expertCount: 2, all: [{ name: "曹静" }, { name: "冯涛" }], top: [{ name: "曹静" }], sessions: [{ id: newer.id }, { id: older.id }], latest: [{ id: newer.id }] },
      { __typename: "ServiceBase", expertCount: 1, all: [{ name: "冯涛" }], top: [{ name: "冯涛" }], sessions: [], latest: [] },
    ]);
    expect(shared.pools).toHaveLength(2);
  });

  describe("statements per operation do not grow with the number of rows", () => {
    const bases: string[] = [];
    const experts: string[] = [];
    const sessions: string[] = [];

    beforeAll(async () => {
      for (let i = 0; i < 20; i++) {
        const baseId = crypto.randomUUID();
        const expert = await createExpert(subgraph, admin, {
          name: `专家${i}`,
          pools: [{ scope: "BASE", scopeId: baseId }, { scope: "NATIONAL" }],
          conflicts: [{ type: "DISPUTE", organizationName: `某公司${i}`, since: "2021-01-01" }],
        });
        const session = await createSession(subgraph, admin, baseId, { lecturerExpertIds: [expert.id] });
        await createEnrollment(subgraph, admin, session.id);
        bases.push(baseId);
        experts.push(expert.id);
        sessions.push(session.id);
      }
    });

    // Institutional callers, with the visibility rules in the statements: the national admin sees
    // everything, the Beijing office the Beijing experts' base pools, conflicts and history.
    const tokens: Record<string, () => Promise<string>> = {
      NATIONAL_ADMIN: () => tokenFor(Role.NATIONAL_ADMIN),
      PROVINCIAL_OFFICE: () => tokenFor(Role.PROVINCIAL_OFFICE, { province: "110000" }),
    };

    async function statementsFor(token: string, typename: string, ids: string[], selection: string): Promise<number> {
      subgraph.sql.reset();
      const result = await entities(ids.map((id) => ({ __typename: typename, id })), selection, token);
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.filter(Boolean)).toHaveLength(ids.length);
      if (typename === "ServiceBase") expect(result.data._entities.map((base: { expertCount: number }) => base.expertCount)).toEqual(ids.map(() => 1));
      if (typename === "Expert") expect(result.data._entities.every((expert: { conflicts: unknown[]; history: unknown[] }) => expert.conflicts.length === 1 && expert.history.length === 1)).toBe(true);
      return subgraph.sql.count;
    }

    const cases: [string, string, () => string[], string][] = [];
    for (const role of Object.keys(tokens)) {
      cases.push(
        [
          role,
          "ServiceBase",
          () => bases,
          `... on ServiceBase { expertCount experts(first: 5) { name pools { scope base { id } expert { id } } conflicts { type } history { action } } trainingSessions(first: 5) { enrolledCount lecturers { name } enrollments(first: 5) { traineeName session { id } history { action } availableActions } } }`,
        ],
        [role, "Expert", () => experts, `... on Expert { name availableActions pools { scope expert { id } } conflicts { type expert { name } } history { action actorRole } }`],
        [role, "TrainingSession", () => sessions, `... on TrainingSession { base { id } enrolledCount lecturers { name pools { scope } } enrollments { session { title } availableActions } }`],
      );
    }
    it.each(cases)("%s: %s", async (role, typename, ids, selection) => {
      const token = await tokens[role]();
      const few = await statementsFor(token, typename, ids().slice(0, 2), selection);
      const many = await statementsFor(token, typename, ids(), selection);
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });
  });
});
