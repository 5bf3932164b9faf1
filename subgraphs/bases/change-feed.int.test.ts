/**
 * The bases change feed: every write that changes what a search document shows of a service base
 * (name, level, province, status, contact point) or of an organisation (sponsor and audience names)
 * appends one UPSERT per entity in its own transaction; a refused write appends nothing; the feed
 * pages by sequence, is read by the national admin only, and stays out of the gateway's public API.
 */
import { changeFeedProbe, expectInaccessibleFeed, upsert } from "../../test/support/change-feed";
import { Role } from "../../platform/auth";
import { ChangeLogEntry } from "../../platform/change-feed";
import { createLogger } from "../../platform/logger";
import { startTestSubgraph, type TestSubgraph } from "../../test/support/subgraph";
import { BaseApplication } from "./applications/application.entity";
import { ApplicationStatus, BaseLevel, BaseStatus, EvaluationConclusion } from "./enums";
import { Organization } from "./organizations/organization.entity";
import { basesSubgraph } from "./schema";
import { seedDemoData } from "./seed";
import { ServiceBase } from "./service-bases/service-base.entity";
import { DAY, JIANGSU, outcome, seedApplication, seedBase, seedBatch, seedEvaluation, seedOrganization, seedSummary, startBases, token, ZHEJIANG, type BasesHarness } from "./testing";

let h: BasesHarness;
let admin: string;
let jiangsu: string;

beforeAll(async () => {
  h = await startBases();
  admin = (await token(Role.NATIONAL_ADMIN))!;
  jiangsu = (await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU }))!;
});
afterAll(() => h?.stop());

const { repository, head, appendedBy, expectAppends, expectNothingAppended } = changeFeedProbe(() => h.dataSource, outcome);

const base = (id: string) => upsert("ServiceBase", id);
const organization = (id: string) => upsert("Organization", id);

let credit = 0;
const creditCode = () => `91320000MC${String(++credit).padStart(8, "0")}`;

const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const UPDATE_ORGANIZATION = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`;
const CREATE_BASE = `mutation($input: CreateServiceBaseInput!) { createServiceBase(input: $input) { id } }`;
const UPDATE_BASE = `mutation($id: ID!, $input: UpdateServiceBaseInput!) { updateServiceBase(id: $id, input: $input) { id } }`;
const DESIGNATE = `mutation($baseId: ID!) { designateContactPoint(baseId: $baseId) { id } }`;
const EVALUATE = `mutation($input: CreateBaseEvaluationInput!) { createBaseEvaluation(input: $input) { id } }`;
const applicationAction = (action: string, id: string, tokenValue: string | undefined, note?: string) => () =>
  h.query(`mutation($id: ID!, $note: String) { ${action}BaseApplication(id: $id, note: $note) { status serviceBase { id } } }`, { id, note }, tokenValue);
const baseInput = (hostOrganizationId: string, overrides: Record<string, unknown> = {}) => ({
  name: "测试专利导航服务基地", level: "PROVINCIAL", carrierType: "INDUSTRIAL_PARK", hostOrganizationId, regionCode: JIANGSU, industryCodes: ["01"], ...overrides,
});
const evaluationInput = (baseId: string, conclusion: EvaluationConclusion) => ({ baseId, year: 2025, grade: "QUALIFIED", conclusion, comments: "材料齐全" });

describe("organisations", () => {
  it("logs registration and every edit", async () => {
    const created = await appendedBy(() => h.query(CREATE_ORGANIZATION, { input: { name: "无锡某某科技有限公司", creditCode: creditCode(), type: "ENTERPRISE", regionCode: JIANGSU } }, jiangsu));
    expect(created.answer.errors).toBeUndefined();
    const id: string = created.answer.data.createOrganization.id;
    expect(created.changes).toEqual([organization(id)]);
    await expectAppends(async () => h.query(UPDATE_ORGANIZATION, { id, input: { name: "无锡新名称科技有限公司" } }, await token(Role.ENTERPRISE, { orgId: id })), [organization(id)]);
    await expectAppends(() => h.query(UPDATE_ORGANIZATION, { id, input: { regionCode: ZHEJIANG } }, admin), [organization(id)]);
  });

  it("appends nothing when a write is refused", async () => {
    const existing = await seedOrganization(h.dataSource);
    const input = { name: "重复代码有限公司", creditCode: existing.creditCode, type: "ENTERPRISE", regionCode: JIANGSU };
    await expectNothingAppended(() => h.query(CREATE_ORGANIZATION, { input }, admin), "CONFLICT");
    await expectNothingAppended(async () => h.query(CREATE_ORGANIZATION, { input: { ...input, creditCode: creditCode(), regionCode: ZHEJIANG } }, jiangsu), "FORBIDDEN");
    await expectNothingAppended(() => h.query(CREATE_ORGANIZATION, { input: { ...input, creditCode: "not a code" } }, admin), "BAD_USER_INPUT");
    await expectNothingAppended(() => h.query(UPDATE_ORGANIZATION, { id: existing.id, input: { regionCode: ZHEJIANG } }, jiangsu), "FORBIDDEN");
    await expectNothingAppended(() => h.query(UPDATE_ORGANIZATION, { id: existing.id, input: { name: "新名称" } }, undefined), "UNAUTHENTICATED");
  });

  it("does not change an organisation whose change cannot be logged", async () => {
    const existing = await seedOrganization(h.dataSource);
    await withChangeLogUnavailable(h.dataSource, async () => {
      expect(outcome(await h.query(UPDATE_ORGANIZATION, { id: existing.id, input: { name: "未能记录的名称" } }, admin))).toBe("INTERNAL_SERVER_ERROR");
    });
    expect((await h.dataSource.getRepository(Organization).findOneByOrFail({ id: existing.id })).name).toBe(existing.name);
  });
});

describe("service bases", () => {
  it("logs creation and renaming", async () => {
    const host = await seedOrganization(h.dataSource);
    const created = await appendedBy(() => h.query(CREATE_BASE, { input: baseInput(host.id) }, jiangsu));
    expect(created.answer.errors).toBeUndefined();
    const id: string = created.answer.data.createServiceBase.id;
    expect(created.changes).toEqual([base(id)]);
    await expectAppends(() => h.query(UPDATE_BASE, { id, input: { name: "苏州专利导航服务基地" } }, jiangsu), [base(id)]);
    await expectAppends(async () => h.query(UPDATE_BASE, { id, input: { introduction: "简介" } }, await token(Role.BASE_OPERATOR, { baseId: id })), [base(id)]);
  });

  it("logs every status change an evaluation makes, and none when the evaluation is refused", async () => {
    const evaluated = await seedBase(h.dataSource);
    for (const conclusion of [EvaluationConclusion.RECTIFY, EvaluationConclusion.RECTIFY, EvaluationConclusion.CONTINUE, EvaluationConclusion.REVOKE]) {
      await expectAppends(() => h.query(EVALUATE, { input: evaluationInput(evaluated.id, conclusion) }, jiangsu), [base(evaluated.id)]);
    }
    expect((await h.dataSource.getRepository(ServiceBase).findOneByOrFail({ id: evaluated.id })).status).toBe(BaseStatus.REVOKED);
    await expectNothingAppended(() => h.query(EVALUATE, { input: evaluationInput(evaluated.id, EvaluationConclusion.CONTINUE) }, jiangsu), "CONFLICT");
    const national = await seedBase(h.dataSource, { level: BaseLevel.NATIONAL });
    await expectNothingAppended(() => h.query(EVALUATE, { input: evaluationInput(national.id, EvaluationConclusion.REVOKE) }, jiangsu), "FORBIDDEN");
  });

  it("logs both bases when the contact point moves, and nothing when the base already is one", async () => {
    const previous = await seedBase(h.dataSource, { regionCode: "340000", isContactPoint: true });
    const next = await seedBase(h.dataSource, { regionCode: "340000" });
    await expectAppends(() => h.query(DESIGNATE, { baseId: next.id }, admin), [base(previous.id), base(next.id)]);
    await expectAppends(() => h.query(DESIGNATE, { baseId: next.id }, admin), []);
    const first = await seedBase(h.dataSource, { regionCode: "350000" });
    await expectAppends(() => h.query(DESIGNATE, { baseId: first.id }, admin), [base(first.id)]);
  });

  it("logs the base a confirmed application designates", async () => {
    const application = await seedApplication(h.dataSource, h.clock.now, {
      status: ApplicationStatus.IN_PUBLICITY,
      publicityStartsAt: new Date(h.clock.now.getTime() - 10 * DAY),
      publicityEndsAt: new Date(h.clock.now.getTime() - DAY),
    });
    const answer = await appendedBy(applicationAction("confirm", application.id, admin));
    expect(answer.answer.errors).toBeUndefined();
    expect(answer.changes).toEqual([base(answer.answer.data.confirmBaseApplication.serviceBase.id)]);
  });

  it("appends nothing when a write is refused", async () => {
    const host = await seedOrganization(h.dataSource);
    await expectNothingAppended(() => h.query(CREATE_BASE, { input: baseInput(host.id, { level: "NATIONAL" }) }, jiangsu), "FORBIDDEN");
    await expectNothingAppended(() => h.query(CREATE_BASE, { input: baseInput(crypto.randomUUID()) }, jiangsu), "BAD_USER_INPUT");
    const existing = await seedBase(h.dataSource);
    await expectNothingAppended(async () => h.query(UPDATE_BASE, { id: existing.id, input: { name: "改名" } }, await token(Role.PROVINCIAL_OFFICE, { province: ZHEJIANG })), "FORBIDDEN");
    const revoked = await seedBase(h.dataSource, { regionCode: "410000", status: BaseStatus.REVOKED });
    await expectNothingAppended(() => h.query(DESIGNATE, { baseId: revoked.id }, admin), "CONFLICT");
    const inPublicity = await seedApplication(h.dataSource, h.clock.now, {
      status: ApplicationStatus.IN_PUBLICITY,
      publicityStartsAt: h.clock.now,
      publicityEndsAt: new Date(h.clock.now.getTime() + 7 * DAY),
    });
    await expectNothingAppended(applicationAction("confirm", inPublicity.id, admin), "CONFLICT");
  });

  it("does not change bases whose change cannot be logged", async () => {
    const renamed = await seedBase(h.dataSource);
    const previous = await seedBase(h.dataSource, { regionCode: "360000", isContactPoint: true });
    const next = await seedBase(h.dataSource, { regionCode: "360000" });
    const application = await seedApplication(h.dataSource, h.clock.now, {
      status: ApplicationStatus.IN_PUBLICITY,
      publicityStartsAt: new Date(h.clock.now.getTime() - 10 * DAY),
      publicityEndsAt: new Date(h.clock.now.getTime() - DAY),
    });
    const bases = await h.dataSource.getRepository(ServiceBase).count();
    await withChangeLogUnavailable(h.dataSource, async () => {
      expect(outcome(await h.query(UPDATE_BASE, { id: renamed.id, input: { name: "未能记录的名称" } }, admin))).toBe("INTERNAL_SERVER_ERROR");
      expect(outcome(await h.query(DESIGNATE, { baseId: next.id }, admin))).toBe("INTERNAL_SERVER_ERROR");
      expect(outcome(await h.query(EVALUATE, { input: evaluationInput(renamed.id, EvaluationConclusion.REVOKE) }, jiangsu))).toBe("INTERNAL_SERVER_ERROR");
      expect(outcome(await applicationAction("confirm", application.id, admin)())).toBe("INTERNAL_SERVER_ERROR");
    });
    const load = (id: string) => h.dataSource.getRepository(ServiceBase).findOneByOrFail({ id });
    expect(await load(renamed.id)).toMatchObject({ name: renamed.name, status: BaseStatus.ACTIVE });
    expect((await load(previous.id)).isContactPoint).toBe(true);
    expect((await load(next.id)).isContactPoint).toBe(false);
    expect(await h.dataSource.getRepository(ServiceBase).count()).toBe(bases);
    expect((await h.dataSource.getRepository(BaseApplication).findOneByOrFail({ id: application.id })).status).toBe(ApplicationStatus.IN_PUBLICITY);
  });
});

it("leaves writes no search document depends on out of the feed, refused or not: applications, quota, batches, summaries, evaluation corrections", async () => {
  const batch = await seedBatch(h.dataSource, h.clock.now, { provinceQuota: 1 });
  await seedApplication(h.dataSource, h.clock.now, { batchId: batch.id, status: ApplicationStatus.RECOMMENDED });
  const over = await seedApplication(h.dataSource, h.clock.now, { batchId: batch.id, status: ApplicationStatus.PROVINCE_REVIEWING });
  await expectNothingAppended(applicationAction("recommend", over.id, jiangsu), "CONFLICT");
  const draft = await seedApplication(h.dataSource, h.clock.now);
  await expectAppends(applicationAction("submit", draft.id, (await token(Role.ENTERPRISE, { orgId: draft.applicantOrganizationId }))!), []);
  await expectAppends(() => h.query(`mutation($id: ID!) { updateBatch(id: $id, input: { name: "改名批次" }) { id } }`, { id: batch.id }, admin), []);
  const summaryBase = await seedBase(h.dataSource);
  const summary = await seedSummary(h.dataSource, summaryBase);
  await expectAppends(async () => h.query(`mutation($id: ID!) { updateAnnualSummary(id: $id, input: { narrative: "改写" }) { id } }`, { id: summary.id }, await token(Role.BASE_OPERATOR, { baseId: summaryBase.id })), []);
  const evaluation = await seedEvaluation(h.dataSource, summaryBase);
  await expectAppends(() => h.query(`mutation($id: ID!) { updateBaseEvaluation(id: $id, input: { comments: "更正" }) { id } }`, { id: evaluation.id }, jiangsu), []);
});

describe("baseChanges", () => {
  const FEED = `query($after: Int, $first: Int) { baseChanges(after: $after, first: $first) { head entries { sequence entityType entityId operation at } } }`;
  const readFeed = (tokenValue: string | undefined, variables: { after?: number; first?: number } = {}) => h.query(FEED, variables, tokenValue);

  it("pages by sequence: entries after `after`, at most `first`, oldest first, with the head", async () => {
    const organizations = [await seedOrganization(h.dataSource), await seedOrganization(h.dataSource), await seedOrganization(h.dataSource)];
    const start = await head();
    for (const { id } of organizations) await expectAppends(() => h.query(UPDATE_ORGANIZATION, { id, input: { name: `改名${id.slice(0, 4)}` } }, admin), [organization(id)]);

    const firstPage = await readFeed(admin, { after: start, first: 2 });
    expect(firstPage.errors).toBeUndefined();
    expect(firstPage.data.baseChanges).toEqual({
      head: start + 3,
      entries: [
        { sequence: start + 1, entityType: "Organization", entityId: organizations[0].id, operation: "UPSERT", at: expect.any(String) },
        { sequence: start + 2, entityType: "Organization", entityId: organizations[1].id, operation: "UPSERT", at: expect.any(String) },
      ],
    });
    const secondPage = await readFeed(admin, { after: start + 2, first: 2 });
    expect(secondPage.data.baseChanges.entries.map((entry: ChangeLogEntry) => [entry.sequence, entry.entityId])).toEqual([[start + 3, organizations[2].id]]);
    expect((await readFeed(admin, { after: start + 3 })).data.baseChanges).toEqual({ head: start + 3, entries: [] });
    const fromStart = await readFeed(admin);
    expect(fromStart.data.baseChanges.entries[0].sequence).toBe(1);
    expect(fromStart.data.baseChanges.entries).toHaveLength(Math.min(100, await repository().count()));
  });

  it.each([
    [{ after: -1 }, "after"],
    [{ first: 0 }, "first"],
    [{ first: 1001 }, "first"],
  ])("refuses %j with BAD_USER_INPUT", async (variables, field) => {
    expect((await readFeed(admin, variables)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it.each([
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "FORBIDDEN"],
    [Role.BASE_OPERATOR, { baseId: "00000000-0000-4000-8000-0000000000ff" }, "FORBIDDEN"],
    [Role.SERVICE_ORG, { orgId: "00000000-0000-4000-8000-0000000000fe" }, "FORBIDDEN"],
    [Role.ENTERPRISE, { orgId: "00000000-0000-4000-8000-0000000000fd" }, "FORBIDDEN"],
    [Role.EXPERT, { expertId: "00000000-0000-4000-8000-0000000000fc" }, "FORBIDDEN"],
    [Role.PUBLIC, {}, "UNAUTHENTICATED"],
  ])("is refused to %s", async (role, scope, code) => {
    const answer = await readFeed(await token(role, scope));
    expect(outcome(answer)).toBe(code);
    expect(answer.data?.baseChanges ?? null).toBeNull();
  });

  it("is @inaccessible: printed so in the subgraph SDL, absent from the composed public API", async () => {
    await expectInaccessibleFeed("bases", basesSubgraph.schema, "baseChanges", "serviceBases");
  });
});

describe("demo data", () => {
  let demo: TestSubgraph;
  beforeAll(async () => {
    demo = await startTestSubgraph(basesSubgraph, { demoData: true });
  });
  afterAll(() => demo?.stop());

  it("logs one UPSERT per seeded organisation and service base, and none for other rows", async () => {
    const rows = await demo.dataSource.getRepository(ChangeLogEntry).find({ order: { sequence: "ASC" } });
    const organizations = (await demo.dataSource.getRepository(Organization).find({ select: { id: true } })).map((row) => row.id);
    const bases = (await demo.dataSource.getRepository(ServiceBase).find({ select: { id: true } })).map((row) => row.id);
    expect(organizations.length).toBeGreaterThan(0);
    expect(bases.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(organizations.length + bases.length);
    expect(rows.every((row) => row.operation === "UPSERT")).toBe(true);
    const ofType = (type: string) => rows.filter((row) => row.entityType === type).map((row) => row.entityId).sort();
    expect(ofType("Organization")).toEqual([...organizations].sort());
    expect(ofType("ServiceBase")).toEqual([...bases].sort());
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_row, index) => index + 1));
    const feed = await demo.query(`{ baseChanges(first: 1000) { head entries { sequence } } }`, {}, admin);
    expect(feed.data.baseChanges.head).toBe(rows.length);
    expect(feed.data.baseChanges.entries).toHaveLength(rows.length);
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
async function withChangeLogUnavailable(dataSource: BasesHarness["dataSource"], body: () => Promise<void>): Promise<void> {
  await dataSource.query(`ALTER TABLE "change_log" RENAME TO "change_log_unavailable"`);
  try {
    await body();
  } finally {
    await dataSource.query(`ALTER TABLE "change_log_unavailable" RENAME TO "change_log"`);
  }
}
