/**
 * The experts change feed: every write an expert's search document depends on (registration, profile
 * edits, status actions, pool membership added or removed, conflict declarations, the demo seed)
 * appends one UPSERT of the expert in its own transaction; a refused write appends nothing; the feed
 * pages by sequence, is read by the national admin only, and stays out of the gateway's public API.
 */
import { changeFeedProbe, expectInaccessibleFeed, type Change } from "../../test/support/change-feed";
import { Role } from "../../platform/auth";
import { ChangeLogEntry } from "../../platform/change-feed";
import { createLogger } from "../../platform/logger";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { ExpertStatus, PoolScope } from "./enums";
import { CREATE_EXPERT, expertInput, createSession } from "./experts.fixtures";
import { ConflictDeclaration } from "./experts/conflict-declaration.entity";
import { Expert } from "./experts/expert.entity";
import { PoolMembership } from "./experts/pool-membership.entity";
import { outcome, seedExpert } from "./roles.fixtures";
import { expertsSubgraph } from "./schema";
import { seedDemoData } from "./seed";

let subgraph: TestSubgraph;
let admin: string;
let beijing: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  admin = await tokenFor(Role.NATIONAL_ADMIN);
  beijing = await tokenFor(Role.PROVINCIAL_OFFICE, { province: "110000" });
});
afterAll(() => subgraph?.stop());

const { repository, head, appendedBy, expectAppends, expectNothingAppended } = changeFeedProbe(() => subgraph.dataSource, outcome);

const expert = (id: string): Change => ({ entityType: "Expert", entityId: id, operation: "UPSERT" as never });

const UPDATE = `mutation($id: ID!, $input: UpdateExpertInput!) { updateExpert(id: $id, input: $input) { id } }`;
const ADD_POOL = `mutation($id: ID!, $input: PoolMembershipInput!) { addPoolMembership(expertId: $id, input: $input) { id } }`;
const REMOVE_POOL = `mutation($id: ID!) { removePoolMembership(id: $id) { id } }`;
const DECLARE = `mutation($id: ID!, $input: ConflictDeclarationInput!) { declareConflict(expertId: $id, input: $input) { id } }`;
const conflictInput = (overrides: Record<string, unknown> = {}) => ({ type: "KINSHIP", organizationName: "某公司", since: "2020-01-01", ...overrides });
const act = (action: string, id: string, tokenValue: string | undefined, note?: string) => () =>
  subgraph.query(`mutation($id: ID!, $note: String) { ${action}Expert(id: $id, note: $note) { id status } }`, { id, note }, tokenValue);

describe("experts", () => {
  it("logs registration (with its pools and conflicts as one change), edits and every status action", async () => {
    const created = await appendedBy(() =>
      subgraph.query(CREATE_EXPERT, { input: expertInput({ pools: [{ scope: "NATIONAL" }, { scope: "PROVINCIAL", scopeId: "110000" }], conflicts: [conflictInput()] }) }, admin),
    );
    expect(created.answer.errors).toBeUndefined();
    const id: string = created.answer.data.createExpert.id;
    expect(created.changes).toEqual([expert(id)]);

    await expectAppends(() => subgraph.query(UPDATE, { id, input: { expertise: "半导体工艺" } }, beijing), [expert(id)]);
    await expectAppends(async () => subgraph.query(UPDATE, { id, input: { title: "教授" } }, await tokenFor(Role.EXPERT, { expertId: id })), [expert(id)]);
    for (const [action, note] of [["deactivate"], ["activate"], ["suspend", "违反回避规定"], ["reinstate"]] as [string, string?][]) {
      await expectAppends(act(action, id, admin, note), [expert(id)]);
    }
    expect((await subgraph.dataSource.getRepository(Expert).findOneByOrFail({ id })).status).toBe(ExpertStatus.ACTIVE);
  });

  it("logs pool membership added and removed, and conflict declarations", async () => {
    const seeded = await seedExpert(subgraph, { regionCode: "110000" });
    const added = await expectAppends(() => subgraph.query(ADD_POOL, { id: seeded.id, input: { scope: "PROVINCIAL", scopeId: "110000" } }, beijing), [expert(seeded.id)]);
    await expectAppends(() => subgraph.query(REMOVE_POOL, { id: added.data.addPoolMembership.id }, beijing), [expert(seeded.id)]);
    await expectAppends(() => subgraph.query(DECLARE, { id: seeded.id, input: conflictInput() }, beijing), [expert(seeded.id)]);
    await expectAppends(async () => subgraph.query(DECLARE, { id: seeded.id, input: conflictInput({ type: "EMPLOYMENT" }) }, await tokenFor(Role.EXPERT, { expertId: seeded.id })), [expert(seeded.id)]);
  });

  it("appends nothing when a write is refused", async () => {
    const seeded = await seedExpert(subgraph, { regionCode: "110000", pools: [{ scope: PoolScope.NATIONAL, scopeId: null as never }] });
    await expectNothingAppended(act("activate", seeded.id, admin), "CONFLICT");
    await expectNothingAppended(act("suspend", seeded.id, admin), "BAD_USER_INPUT");
    await expectNothingAppended(act("reinstate", seeded.id, beijing), "FORBIDDEN");
    await expectNothingAppended(() => subgraph.query(UPDATE, { id: seeded.id, input: { availableFrom: "2025-06-01", availableUntil: "2025-01-01" } }, admin), "BAD_USER_INPUT");
    await expectNothingAppended(() => subgraph.query(UPDATE, { id: seeded.id, input: { regionCode: "320000" } }, beijing), "FORBIDDEN");
    await expectNothingAppended(() => subgraph.query(ADD_POOL, { id: seeded.id, input: { scope: "NATIONAL" } }, admin), "CONFLICT");
    await expectNothingAppended(() => subgraph.query(DECLARE, { id: seeded.id, input: conflictInput({ until: "2019-01-01" }) }, admin), "BAD_USER_INPUT");
    await expectNothingAppended(() => subgraph.query(REMOVE_POOL, { id: crypto.randomUUID() }, admin), "NOT_FOUND");
    await expectNothingAppended(() => subgraph.query(CREATE_EXPERT, { input: expertInput({ regionCode: "320000" }) }, beijing), "FORBIDDEN");
    await expectNothingAppended(act("deactivate", seeded.id, undefined), "UNAUTHENTICATED");
  });

  it("does not change an expert whose change cannot be logged: the entry is written in the same transaction", async () => {
    const seeded = await seedExpert(subgraph, { regionCode: "110000", pools: [{ scope: PoolScope.PROVINCIAL, scopeId: "110000" }] });
    const membership = await subgraph.dataSource.getRepository(PoolMembership).findOneByOrFail({ expertId: seeded.id });
    const experts = await subgraph.dataSource.getRepository(Expert).count();
    await withChangeLogUnavailable(subgraph, async () => {
      for (const write of [
        () => subgraph.query(CREATE_EXPERT, { input: expertInput() }, admin),
        () => subgraph.query(UPDATE, { id: seeded.id, input: { expertise: "未能记录" } }, admin),
        act("deactivate", seeded.id, admin),
        () => subgraph.query(ADD_POOL, { id: seeded.id, input: { scope: "NATIONAL" } }, admin),
        () => subgraph.query(REMOVE_POOL, { id: membership.id }, admin),
        () => subgraph.query(DECLARE, { id: seeded.id, input: conflictInput() }, admin),
      ]) {
        expect(outcome(await write())).toBe("INTERNAL_SERVER_ERROR");
      }
    });
    expect(await subgraph.dataSource.getRepository(Expert).count()).toBe(experts);
    expect(await subgraph.dataSource.getRepository(Expert).findOneByOrFail({ id: seeded.id })).toMatchObject({ expertise: "", status: ExpertStatus.ACTIVE });
    expect((await subgraph.dataSource.getRepository(PoolMembership).findBy({ expertId: seeded.id })).map((row) => row.id)).toEqual([membership.id]);
    expect(await subgraph.dataSource.getRepository(ConflictDeclaration).countBy({ expertId: seeded.id })).toBe(0);
  });
});

it("leaves writes no search document depends on out of the feed: training sessions", async () => {
  const { changes } = await appendedBy(async () => ({ status: 200, data: await createSession(subgraph, admin, crypto.randomUUID()) }));
  expect(changes).toEqual([]);
});

describe("expertChanges", () => {
  const FEED = `query($after: Int, $first: Int) { expertChanges(after: $after, first: $first) { head entries { sequence entityType entityId operation at } } }`;
  const readFeed = (tokenValue: string | undefined, variables: { after?: number; first?: number } = {}) => subgraph.query(FEED, variables, tokenValue);

  it("pages by sequence: entries after `after`, at most `first`, oldest first, with the head", async () => {
    const experts = [await seedExpert(subgraph), await seedExpert(subgraph), await seedExpert(subgraph)];
    const start = await head();
    for (const { id } of experts) await expectAppends(act("deactivate", id, admin), [expert(id)]);

    const firstPage = await readFeed(admin, { after: start, first: 2 });
    expect(firstPage.errors).toBeUndefined();
    expect(firstPage.data.expertChanges).toEqual({
      head: start + 3,
      entries: [
        { sequence: start + 1, entityType: "Expert", entityId: experts[0].id, operation: "UPSERT", at: expect.any(String) },
        { sequence: start + 2, entityType: "Expert", entityId: experts[1].id, operation: "UPSERT", at: expect.any(String) },
      ],
    });
    const secondPage = await readFeed(admin, { after: start + 2, first: 2 });
    expect(secondPage.data.expertChanges.entries.map((entry: ChangeLogEntry) => [entry.sequence, entry.entityId])).toEqual([[start + 3, experts[2].id]]);
    expect((await readFeed(admin, { after: start + 3 })).data.expertChanges).toEqual({ head: start + 3, entries: [] });
    const fromStart = await readFeed(admin);
    expect(fromStart.data.expertChanges.entries[0].sequence).toBe(1);
    expect(fromStart.data.expertChanges.entries).toHaveLength(Math.min(100, await repository().count()));
  });

  it.each([
    [{ after: -1 }, "after"],
    [{ first: 0 }, "first"],
    [{ first: 1001 }, "first"],
  ])("refuses %j with BAD_USER_INPUT", async (variables, field) => {
    expect((await readFeed(admin, variables)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it.each([
    [Role.PROVINCIAL_OFFICE, { province: "110000" }, "FORBIDDEN"],
    [Role.BASE_OPERATOR, { baseId: "00000000-0000-4000-8000-0000000000ff" }, "FORBIDDEN"],
    [Role.SERVICE_ORG, { orgId: "00000000-0000-4000-8000-0000000000fe" }, "FORBIDDEN"],
    [Role.ENTERPRISE, { orgId: "00000000-0000-4000-8000-0000000000fd" }, "FORBIDDEN"],
    [Role.EXPERT, { expertId: "00000000-0000-4000-8000-0000000000fc" }, "FORBIDDEN"],
    [Role.PUBLIC, {}, "UNAUTHENTICATED"],
  ])("is refused to %s", async (role, scope, code) => {
    const answer = await readFeed(role === Role.PUBLIC ? undefined : await tokenFor(role, scope));
    expect(outcome(answer)).toBe(code);
    expect(answer.data?.expertChanges ?? null).toBeNull();
  });

  it("is @inaccessible: printed so in the subgraph SDL, absent from the composed public API", async () => {
    await expectInaccessibleFeed("experts", expertsSubgraph.schema, "expertChanges", "experts");
  });
});

describe("demo data", () => {
  let demo: TestSubgraph;
  beforeAll(async () => {
    demo = await startTestSubgraph(expertsSubgraph, { demoData: true });
  });
  afterAll(() => demo?.stop());

  it("logs one UPSERT per seeded expert, and none for other rows", async () => {
    const rows = await demo.dataSource.getRepository(ChangeLogEntry).find({ order: { sequence: "ASC" } });
    const experts = (await demo.dataSource.getRepository(Expert).find({ select: { id: true } })).map((row) => row.id);
    expect(experts.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(experts.length);
    expect(rows.every((row) => row.entityType === "Expert" && row.operation === "UPSERT")).toBe(true);
    expect(rows.map((row) => row.entityId).sort()).toEqual([...experts].sort());
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_row, index) => index + 1));
    const feed = await demo.query(`{ expertChanges(first: 1000) { head entries { sequence } } }`, {}, admin);
    expect(feed.data.expertChanges.head).toBe(rows.length);
    expect(feed.data.expertChanges.entries).toHaveLength(rows.length);
  });

  it("logs nothing when the seed finds data already there", async () => {
    const before = await demo.dataSource.getRepository(ChangeLogEntry).count();
    expect(await seedDemoData(demo.dataSource, 20221123, createLogger("silent"))).toBe(false);
    expect(await demo.dataSource.getRepository(ChangeLogEntry).count()).toBe(before);
  });
});

/**
 * Fault injection: with the change_log table renamed away, logging a change fails, and with it the
 * transaction that made the change.
 */
async function withChangeLogUnavailable(target: TestSubgraph, body: () => Promise<void>): Promise<void> {
  await target.dataSource.query(`ALTER TABLE "change_log" RENAME TO "change_log_unavailable"`);
  try {
    await body();
  } finally {
    await target.dataSource.query(`ALTER TABLE "change_log_unavailable" RENAME TO "change_log"`);
  }
}
