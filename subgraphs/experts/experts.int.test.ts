import { generateDemoData } from "../../demo/generate";
import { Role } from "../../platform/auth";
import { createLogger } from "../../platform/logger";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { CREATE_ENROLLMENT, CREATE_EXPERT, CREATE_SESSION, MISSING_ID, countAllRows, countRows, createExpert, enrollmentInput, expertInput, sessionInput } from "./experts.fixtures";
import { expertsSubgraph } from "./schema";
import { seedDemoData } from "./seed";

let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

const BASE_ID = "3f2c6d1e-8a4b-4c2d-9e1f-0a1b2c3d4e5f";
const ORG_ID = "7d9e0f1a-2b3c-4d5e-8f60-718293a4b5c6";

describe("experts subgraph on a real database", () => {
  it("applies migrations that match the entities exactly", async () => {
    const pending = await subgraph.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("creates an expert with pools and conflicts, reads, lists by every filter and updates", async () => {
    const expert = await createExpert(subgraph, admin, {
      name: "陈立新",
      employerOrganizationId: ORG_ID,
      pools: [{ scope: "NATIONAL" }, { scope: "PROVINCIAL", scopeId: "110000" }, { scope: "BASE", scopeId: BASE_ID }],
      conflicts: [{ type: "PRIOR_CONSULTING", organizationName: "北京某芯片公司", organizationId: ORG_ID, projectId: MISSING_ID, since: "2023-03-01", until: "2024-03-01" }],
    });
    expect(expert).toMatchObject({
      name: "陈立新",
      regionName: "北京",
      status: "ACTIVE",
      rating: 0,
      serviceRegionCodes: ["110000"],
      employerOrganization: { id: ORG_ID },
      pools: [
        { scope: "NATIONAL", regionCode: null, base: null },
        { scope: "PROVINCIAL", regionCode: "110000", regionName: "北京", base: null },
        { scope: "BASE", regionCode: null, base: { id: BASE_ID } },
      ],
      conflicts: [{ type: "PRIOR_CONSULTING", organizationName: "北京某芯片公司", since: "2023-03-01", until: "2024-03-01", organization: { id: ORG_ID }, project: { id: MISSING_ID } }],
    });
    const other = await createExpert(subgraph, admin, { name: "赵敏", regionCode: "320000", categories: ["LEGAL"], industryCodes: ["05"], ipcClasses: ["B60L"], stages: ["RESULT_APPLICATION"], navigationTypes: ["RD_ACTIVITY"] });

    const read = await subgraph.query(`query($id: ID!) { expert(id: $id) { id name pools { scope } } }`, { id: expert.id }, admin);
    expect(read.data.expert).toMatchObject({ id: expert.id, name: "陈立新" });
    expect((await subgraph.query(`{ expert(id: "${MISSING_ID}") { id } }`, {}, admin)).data.expert).toBeNull();

    const filters: [Record<string, unknown>, string[]][] = [
      [{ regionCode: "110000" }, [expert.id]],
      [{ industryCode: "05" }, [other.id]],
      [{ ipcClass: "H01L" }, [expert.id]],
      [{ ipcClass: "H01L 21/02" }, [expert.id]],
      [{ stage: "RESULT_APPLICATION" }, [other.id]],
      [{ navigationType: "INDUSTRIAL_PLANNING" }, [expert.id]],
      [{ category: "LEGAL" }, [other.id]],
      [{ status: "ACTIVE", nameContains: "赵" }, [other.id]],
      [{ poolScope: "NATIONAL" }, [expert.id]],
      [{ poolScope: "BASE", poolScopeId: BASE_ID }, [expert.id]],
      [{ poolScope: "PROVINCIAL", poolScopeId: "320000" }, []],
      [{ status: "SUSPENDED" }, []],
    ];
    for (const [filter, ids] of filters) {
      const list = await subgraph.query(`query($filter: ExpertFilter) { experts(filter: $filter, first: 10) { totalCount hasMore items { id } } }`, { filter }, admin);
      expect({ filter, page: list.data.experts }).toEqual({ filter, page: { totalCount: ids.length, hasMore: false, items: ids.map((id) => ({ id })) } });
    }
    const paged = await subgraph.query(`{ experts(first: 1) { totalCount hasMore items { name } } }`, {}, admin);
    expect(paged.data.experts).toEqual({ totalCount: 2, hasMore: true, items: [{ name: "赵敏" }] });

    const updated = await subgraph.query(
      `mutation($id: ID!) { updateExpert(id: $id, input: { title: "教授级高级工程师", maxConcurrentTasks: 5, availableFrom: "2025-01-01", employerOrganizationId: null, name: null }) { name title maxConcurrentTasks availableFrom employerOrganization { id } } }`,
      { id: expert.id },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateExpert).toEqual({ name: "陈立新", title: "教授级高级工程师", maxConcurrentTasks: 5, availableFrom: "2025-01-01", employerOrganization: null });
  });

  it("adds and removes pool memberships and records conflict declarations", async () => {
    const expert = await createExpert(subgraph, admin, { name: "孙海涛" });
    const added = await subgraph.query(
      `mutation($expertId: ID!) { addPoolMembership(expertId: $expertId, input: { scope: BASE, scopeId: "${BASE_ID}" }) { id scope base { id } expert { id } } }`,
      { expertId: expert.id },
      admin,
    );
    expect(added.data.addPoolMembership).toMatchObject({ scope: "BASE", base: { id: BASE_ID }, expert: { id: expert.id } });
    const again = await subgraph.query(`mutation($expertId: ID!) { addPoolMembership(expertId: $expertId, input: { scope: BASE, scopeId: "${BASE_ID}" }) { id } }`, { expertId: expert.id }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const declared = await subgraph.query(
      `mutation($expertId: ID!) { declareConflict(expertId: $expertId, input: { type: SHAREHOLDING, organizationName: "某新能源公司", since: "2022-06-01", note: "持股 1%" }) { type note until expert { name } } }`,
      { expertId: expert.id },
      admin,
    );
    expect(declared.data.declareConflict).toEqual({ type: "SHAREHOLDING", note: "持股 1%", until: null, expert: { name: "孙海涛" } });

    const removed = await subgraph.query(`mutation($id: ID!) { removePoolMembership(id: $id) { id pools { id } conflicts { type } } }`, { id: added.data.addPoolMembership.id }, admin);
    expect(removed.data.removePoolMembership).toEqual({ id: expert.id, pools: [], conflicts: [{ type: "SHAREHOLDING" }] });
    const gone = await subgraph.query(`mutation($id: ID!) { removePoolMembership(id: $id) { id } }`, { id: added.data.addPoolMembership.id }, admin);
    expect(gone.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const missingExpert = await subgraph.query(`mutation { addPoolMembership(expertId: "${MISSING_ID}", input: { scope: NATIONAL }) { id } }`, {}, admin);
    expect(missingExpert.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("resolves experts through _entities in one batch, null for a missing one", async () => {
    const expert = await createExpert(subgraph, admin, { name: "周文斌", pools: [{ scope: "NATIONAL" }] });
    const result = await subgraph.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ... on Expert { name pools { scope } } } }`,
      { reps: [{ __typename: "Expert", id: expert.id }, { __typename: "Expert", id: MISSING_ID }] },
      admin,
    );
    expect(result.data._entities).toEqual([{ __typename: "Expert", name: "周文斌", pools: [{ scope: "NATIONAL" }] }, null]);
  });

  describe("bad input answers BAD_USER_INPUT naming the field and writes nothing", () => {
    const SESSION_ID = MISSING_ID;
    const cases: [string, string, Record<string, unknown>, string][] = [
      ["malformed id", `query($id: ID!) { expert(id: $id) { id } }`, { id: "not-an-id" }, "id"],
      ["over-long string", CREATE_EXPERT, { input: expertInput({ name: "长".repeat(101) }) }, "name"],
      ["page size above the maximum", `query { experts(first: 101) { totalCount } }`, {}, "first"],
      ["nested list size above the maximum", `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceBase { experts(first: 101) { id } } } }`, { reps: [{ __typename: "ServiceBase", id: BASE_ID }] }, "first"],
      ["unknown enum value", CREATE_EXPERT, { input: expertInput({ categories: ["ASTROLOGY"] }) }, "input.categories"],
      ["missing required field", CREATE_EXPERT, { input: { ...expertInput(), stages: undefined } }, "stages"],
      ["unknown region code", CREATE_EXPERT, { input: expertInput({ regionCode: "999999" }) }, "regionCode"],
      ["bad IPC symbol", CREATE_EXPERT, { input: expertInput({ ipcClasses: ["XYZ"] }) }, "ipcClasses"],
      ["repeated industry", CREATE_EXPERT, { input: expertInput({ industryCodes: ["01", "01"] }) }, "industryCodes"],
      ["too many IPC symbols", CREATE_EXPERT, { input: expertInput({ ipcClasses: Array.from({ length: 31 }, (_, i) => `H01L ${i + 1}/02`) }) }, "ipcClasses"],
      ["provincial pool without a province", CREATE_EXPERT, { input: expertInput({ pools: [{ scope: "PROVINCIAL", scopeId: "not-a-province" }] }) }, "input.pools.0.scopeId"],
      ["nested conflict too long", CREATE_EXPERT, { input: expertInput({ conflicts: [{ type: "KINSHIP", organizationName: "某".repeat(201), since: "2020-01-01" }] }) }, "organizationName"],
      ["conflict ending before it began", CREATE_EXPERT, { input: expertInput({ conflicts: [{ type: "KINSHIP", organizationName: "某公司", since: "2020-01-01", until: "2019-01-01" }] }) }, "input.conflicts.0.until"],
      ["availability ending before it begins", CREATE_EXPERT, { input: expertInput({ availableFrom: "2025-06-01", availableUntil: "2025-01-01" }) }, "input.availableUntil"],
      ["session ending before it starts", CREATE_SESSION, { input: sessionInput(BASE_ID, { endsAt: "2025-05-11T00:00:00.000Z" }) }, "input.endsAt"],
      ["capacity above 10,000", CREATE_SESSION, { input: sessionInput(BASE_ID, { capacity: 10_001 }) }, "capacity"],
      ["missing lecturer", CREATE_SESSION, { input: sessionInput(BASE_ID, { lecturerExpertIds: [MISSING_ID] }) }, "input.lecturerExpertIds"],
      ["enrolment in a missing session", CREATE_ENROLLMENT, { input: enrollmentInput(SESSION_ID) }, "input.sessionId"],
    ];
    it.each(cases)("%s", async (_label, query, variables, field) => {
      const before = await countAllRows(subgraph);
      const result = await subgraph.query(query, variables, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(String(result.errors?.[0]?.extensions?.field)).toContain(field);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|SELECT|INSERT|at .*\.ts/);
      expect(await countAllRows(subgraph)).toBe(before);
    });
  });

  it("refuses every write without a token", async () => {
    const expert = await createExpert(subgraph, admin, { name: "吴刚" });
    const before = await countAllRows(subgraph);
    const writes: [string, Record<string, unknown>][] = [
      [CREATE_EXPERT, { input: expertInput() }],
      [`mutation($id: ID!) { updateExpert(id: $id, input: { title: "教授" }) { id } }`, { id: expert.id }],
      [`mutation($id: ID!) { addPoolMembership(expertId: $id, input: { scope: NATIONAL }) { id } }`, { id: expert.id }],
      [`mutation($id: ID!) { declareConflict(expertId: $id, input: { type: DISPUTE, organizationName: "某公司", since: "2021-01-01" }) { id } }`, { id: expert.id }],
      [`mutation($id: ID!) { removePoolMembership(id: $id) { id } }`, { id: MISSING_ID }],
      [`mutation($id: ID!) { deactivateExpert(id: $id) { id } }`, { id: expert.id }],
      [`mutation($id: ID!) { suspendExpert(id: $id, note: "违规") { id } }`, { id: expert.id }],
      [`mutation($id: ID!) { confirmEnrollment(id: $id) { id } }`, { id: MISSING_ID }],
      [`mutation($id: ID!) { passEnrollment(id: $id) { id } }`, { id: MISSING_ID }],
      [CREATE_SESSION, { input: sessionInput(BASE_ID) }],
      [`mutation($id: ID!) { updateTrainingSession(id: $id, input: { capacity: 5 }) { id } }`, { id: MISSING_ID }],
      [CREATE_ENROLLMENT, { input: enrollmentInput(MISSING_ID) }],
      [`mutation($id: ID!) { updateEnrollment(id: $id, input: { traineeName: "某人" }) { id } }`, { id: MISSING_ID }],
    ];
    for (const [query, variables] of writes) {
      const result = await subgraph.query(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(await countAllRows(subgraph)).toBe(before);
    expect((await subgraph.query(`query($id: ID!) { expert(id: $id) { title status } }`, { id: expert.id }, admin)).data.expert).toEqual({ title: "研究员", status: "ACTIVE" });
  });
});

describe("experts subgraph with the demo data set", () => {
  let demo: TestSubgraph;
  const data = generateDemoData(20221123);

  beforeAll(async () => {
    demo = await startTestSubgraph(expertsSubgraph, { demoData: true });
  });
  afterAll(() => demo?.stop());

  it("loads every expert, membership, declaration, session and enrolment once", async () => {
    expect(await countRows(demo, "expert")).toBe(data.experts.length);
    expect(await countRows(demo, "expert_pool_membership")).toBe(data.experts.reduce((sum, expert) => sum + expert.pools.length, 0));
    expect(await countRows(demo, "conflict_declaration")).toBe(data.experts.reduce((sum, expert) => sum + expert.conflicts.length, 0));
    expect(await countRows(demo, "training_session")).toBe(data.trainingSessions.length);
    expect(await countRows(demo, "enrollment")).toBe(data.enrollments.length);
    expect(await seedDemoData(demo.dataSource, 20221123, createLogger("silent"))).toBe(false);
    expect(await countRows(demo, "expert")).toBe(data.experts.length);
  });

  it("answers the demo data through the API", async () => {
    const baseId = data.bases[0].id;
    const session = data.trainingSessions[0];
    const result = await demo.query(
      `query($reps: [_Any!]!) {
        experts(filter: { status: ACTIVE }, first: 1) { totalCount }
        trainingSession(id: "${session.id}") { title enrolledCount startsAt }
        _entities(representations: $reps) { ... on ServiceBase { expertCount experts(first: 100) { id } } }
      }`,
      { reps: [{ __typename: "ServiceBase", id: baseId }] },
      await tokenFor(Role.NATIONAL_ADMIN),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.experts.totalCount).toBe(data.experts.filter((expert) => expert.status === "ACTIVE").length);
    expect(result.data.trainingSession).toEqual({
      title: session.title,
      enrolledCount: data.enrollments.filter((enrollment) => enrollment.sessionId === session.id).length,
      startsAt: new Date(session.startsAt).toISOString(),
    });
    const members = data.experts.filter((expert) => expert.pools.some((pool) => pool.scope === "BASE" && pool.scopeId === baseId));
    expect(members.length).toBeGreaterThan(0);
    expect(result.data._entities[0].expertCount).toBe(members.length);
    expect(result.data._entities[0].experts.map((expert: { id: string }) => expert.id).sort()).toEqual(members.map((expert) => expert.id).sort());
  });
});
