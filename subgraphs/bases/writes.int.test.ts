/**
 * Who may write the public cards: organisations (authorities, a province in its own province; the
 * organisation itself on update), service bases (CNIPA any level, a province its provincial and
 * municipal bases; descriptive updates also by the base's operator) and batches (CNIPA; a provincial
 * batch also by its province).
 */
import { Role } from "../../platform/auth";
import { Batch } from "./batches/batch.entity";
import { BatchLevel } from "./enums";
import { Organization } from "./organizations/organization.entity";
import { ServiceBase } from "./service-bases/service-base.entity";
import { historyOf, JIANGSU, outcome, seedBase, seedBatch, seedOrganization, startBases, token, ZHEJIANG, type BasesHarness } from "./testing";

let h: BasesHarness;
beforeAll(async () => {
  h = await startBases();
});
afterAll(() => h?.stop());

const OTHER = "00000000-0000-4000-8000-0000000000ff";
let credit = 0;
const creditCode = () => `91320000MA${String(++credit).padStart(8, "0")}`;

describe("organisations", () => {
  const create = async (role: Role, scope: Record<string, string>, regionCode: string) =>
    outcome(await h.query(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: "无锡某某科技有限公司", creditCode: creditCode(), type: "ENTERPRISE", regionCode } }, await token(role, scope)));

  it.each([
    [Role.NATIONAL_ADMIN, {}, ZHEJIANG, "OK"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, JIANGSU, "OK"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, ZHEJIANG, "FORBIDDEN"],
    [Role.ENTERPRISE, { orgId: OTHER }, JIANGSU, "FORBIDDEN"],
    [Role.BASE_OPERATOR, { baseId: OTHER }, JIANGSU, "FORBIDDEN"],
    [Role.PUBLIC, {}, JIANGSU, "UNAUTHENTICATED"],
  ])("create by %s %j in %s: %s", async (role, scope, region, code) => {
    const before = await h.dataSource.getRepository(Organization).count();
    expect(await create(role, scope, region)).toBe(code);
    expect(await h.dataSource.getRepository(Organization).count()).toBe(before + (code === "OK" ? 1 : 0));
  });

  it("update by the organisation itself or an authority for its province", async () => {
    const organization = await seedOrganization(h.dataSource, { regionCode: JIANGSU });
    const rename = async (tokenValue: string | undefined, input: Record<string, unknown> = { name: "新名称有限公司" }) =>
      outcome(await h.query(`mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`, { id: organization.id, input }, tokenValue));
    expect(await rename(await token(Role.ENTERPRISE, { orgId: organization.id }))).toBe("OK");
    expect(await rename(await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU }))).toBe("OK");
    expect(await rename(await token(Role.NATIONAL_ADMIN))).toBe("OK");
    expect(await rename(await token(Role.PROVINCIAL_OFFICE, { province: ZHEJIANG }))).toBe("FORBIDDEN");
    expect(await rename(await token(Role.ENTERPRISE, { orgId: OTHER }))).toBe("FORBIDDEN");
    expect(await rename(await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU }), { regionCode: ZHEJIANG })).toBe("FORBIDDEN");
    expect(await rename(undefined)).toBe("UNAUTHENTICATED");
    expect((await h.dataSource.getRepository(Organization).findOneByOrFail({ id: organization.id })).regionCode).toBe(JIANGSU);
  });
});

describe("service bases", () => {
  let hostId: string;
  beforeAll(async () => {
    hostId = (await seedOrganization(h.dataSource)).id;
  });
  const create = async (role: Role, scope: Record<string, string>, level: string, regionCode = JIANGSU) =>
    h.query(`mutation($input: CreateServiceBaseInput!) { createServiceBase(input: $input) { id history { action toState actorRole } } }`, { input: { name: "测试专利导航服务基地", level, carrierType: "INDUSTRIAL_PARK", hostOrganizationId: hostId, regionCode, industryCodes: ["01"] } }, await token(role, scope));

  it.each([
    [Role.NATIONAL_ADMIN, {}, "NATIONAL", JIANGSU, "OK"],
    [Role.NATIONAL_ADMIN, {}, "MUNICIPAL", ZHEJIANG, "OK"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "PROVINCIAL", JIANGSU, "OK"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "MUNICIPAL", JIANGSU, "OK"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "NATIONAL", JIANGSU, "FORBIDDEN"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "PROVINCIAL", ZHEJIANG, "FORBIDDEN"],
    [Role.BASE_OPERATOR, { baseId: OTHER }, "PROVINCIAL", JIANGSU, "FORBIDDEN"],
    [Role.PUBLIC, {}, "PROVINCIAL", JIANGSU, "UNAUTHENTICATED"],
  ])("create by %s %j of a %s base in %s: %s", async (role, scope, level, region, code) => {
    const before = await h.dataSource.getRepository(ServiceBase).count();
    const response = await create(role, scope, level, region);
    expect(outcome(response)).toBe(code);
    expect(await h.dataSource.getRepository(ServiceBase).count()).toBe(before + (code === "OK" ? 1 : 0));
    if (code === "OK") expect(response.data.createServiceBase.history).toEqual([{ action: "create", toState: "ACTIVE", actorRole: role }]);
  });

  it("descriptive update by its operator, its province or CNIPA", async () => {
    const base = await seedBase(h.dataSource);
    const update = async (tokenValue: string | undefined) =>
      outcome(await h.query(`mutation($id: ID!) { updateServiceBase(id: $id, input: { introduction: "更新" }) { id } }`, { id: base.id }, tokenValue));
    expect(await update(await token(Role.BASE_OPERATOR, { baseId: base.id }))).toBe("OK");
    expect(await update(await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU }))).toBe("OK");
    expect(await update(await token(Role.NATIONAL_ADMIN))).toBe("OK");
    expect(await update(await token(Role.BASE_OPERATOR, { baseId: OTHER }))).toBe("FORBIDDEN");
    expect(await update(await token(Role.PROVINCIAL_OFFICE, { province: ZHEJIANG }))).toBe("FORBIDDEN");
    expect(await update(await token(Role.ENTERPRISE, { orgId: base.hostOrganizationId }))).toBe("FORBIDDEN");
    expect(await update(undefined)).toBe("UNAUTHENTICATED");
    expect(await historyOf(h.dataSource, base.id)).toEqual([]);
  });
});

describe("batches", () => {
  let serial = 0;
  const input = (values: Record<string, unknown>) => ({
    name: "专利导航服务基地遴选", year: 2031 + ++serial, sequence: 1,
    submissionOpensAt: "2027-03-01T00:00:00+08:00", submissionClosesAt: "2027-04-30T00:00:00+08:00", reviewClosesAt: "2027-06-30T00:00:00+08:00", ...values,
  });
  const create = async (role: Role, scope: Record<string, string>, values: Record<string, unknown>) =>
    h.query(`mutation($input: CreateBatchInput!) { createBatch(input: $input) { regionCode exemptCategories } }`, { input: input(values) }, await token(role, scope));

  it.each<[Role, Record<string, string>, { level: string; regionCode?: string }, string]>([
    [Role.NATIONAL_ADMIN, {}, { level: "NATIONAL" }, "OK"],
    [Role.NATIONAL_ADMIN, {}, { level: "PROVINCIAL", regionCode: ZHEJIANG }, "OK"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, { level: "PROVINCIAL", regionCode: JIANGSU }, "OK"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, { level: "PROVINCIAL", regionCode: ZHEJIANG }, "FORBIDDEN"],
    [Role.PROVINCIAL_OFFICE, { province: JIANGSU }, { level: "NATIONAL" }, "FORBIDDEN"],
    [Role.NATIONAL_ADMIN, {}, { level: "PROVINCIAL" }, "BAD_USER_INPUT"],
    [Role.NATIONAL_ADMIN, {}, { level: "NATIONAL", regionCode: JIANGSU }, "BAD_USER_INPUT"],
    [Role.BASE_OPERATOR, { baseId: OTHER }, { level: "NATIONAL" }, "FORBIDDEN"],
    [Role.PUBLIC, {}, { level: "NATIONAL" }, "UNAUTHENTICATED"],
  ])("create by %s %j of %j: %s", async (role, scope, values, code) => {
    const before = await h.dataSource.getRepository(Batch).count();
    const response = await create(role, scope, values);
    expect(outcome(response)).toBe(code);
    expect(await h.dataSource.getRepository(Batch).count()).toBe(before + (code === "OK" ? 1 : 0));
    if (code === "OK" && values.level === "PROVINCIAL") expect(response.data.createBatch).toEqual({ regionCode: values.regionCode, exemptCategories: [] });
  });

  it("keeps provincial batches of different provinces apart and refuses a duplicate", async () => {
    const values = { level: "PROVINCIAL", sequence: 1, year: 2030 };
    expect(outcome(await create(Role.NATIONAL_ADMIN, {}, { ...values, regionCode: JIANGSU }))).toBe("OK");
    expect(outcome(await create(Role.NATIONAL_ADMIN, {}, { ...values, regionCode: ZHEJIANG }))).toBe("OK");
    expect(outcome(await create(Role.NATIONAL_ADMIN, {}, { ...values, regionCode: JIANGSU }))).toBe("CONFLICT");
  });

  it("update by CNIPA, or by the province of a provincial batch", async () => {
    const national = await seedBatch(h.dataSource, h.clock.now);
    const provincial = await seedBatch(h.dataSource, h.clock.now, { level: BatchLevel.PROVINCIAL, regionCode: JIANGSU });
    const update = async (id: string, tokenValue: string | undefined) => outcome(await h.query(`mutation($id: ID!) { updateBatch(id: $id, input: { provinceQuota: 4 }) { provinceQuota } }`, { id }, tokenValue));
    const jiangsu = await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU });
    expect(await update(provincial.id, jiangsu)).toBe("OK");
    expect(await update(national.id, jiangsu)).toBe("FORBIDDEN");
    expect(await update(provincial.id, await token(Role.PROVINCIAL_OFFICE, { province: ZHEJIANG }))).toBe("FORBIDDEN");
    expect(await update(national.id, await token(Role.NATIONAL_ADMIN))).toBe("OK");
    expect(await update(national.id, undefined)).toBe("UNAUTHENTICATED");
  });
});
