/**
 * 30号 三(三): one contact point (联系点) per province. Designating a base moves the flag from the
 * previous one in the same transaction, recorded in both bases' histories; concurrent designations
 * still leave exactly one.
 */
import { Role } from "../../../platform/auth";
import { BaseLevel, BaseStatus } from "../enums";
import { historyOf, outcome, seedBase, startBases, token, type BasesHarness } from "../testing";
import { ServiceBase } from "./service-base.entity";

let h: BasesHarness;
beforeAll(async () => {
  h = await startBases();
});
afterAll(() => h?.stop());

const DESIGNATE = `mutation($baseId: ID!) { designateContactPoint(baseId: $baseId) { id isContactPoint } }`;
const designate = (baseId: string, tokenValue: string | undefined) => h.query(DESIGNATE, { baseId }, tokenValue);
const contactPoints = async (regionCode: string) =>
  (await h.dataSource.getRepository(ServiceBase).find({ where: { regionCode, isContactPoint: true } })).map((base) => base.id);

it("moves the flag from the previous contact point, recording both", async () => {
  const previous = await seedBase(h.dataSource, { regionCode: "340000", isContactPoint: true });
  const next = await seedBase(h.dataSource, { regionCode: "340000", level: BaseLevel.NATIONAL });
  const other = await seedBase(h.dataSource, { regionCode: "350000", isContactPoint: true });
  const response = await designate(next.id, await token(Role.PROVINCIAL_OFFICE, { province: "340000" }));
  expect(response.data.designateContactPoint).toEqual({ id: next.id, isContactPoint: true });
  expect(await contactPoints("340000")).toEqual([next.id]);
  expect(await contactPoints("350000")).toEqual([other.id]);
  expect(await historyOf(h.dataSource, previous.id)).toEqual([expect.objectContaining({ action: "releaseContactPoint", fromState: "ACTIVE", toState: "ACTIVE", actorRole: "PROVINCIAL_OFFICE" })]);
  expect(await historyOf(h.dataSource, next.id)).toEqual([expect.objectContaining({ action: "designateContactPoint", note: expect.stringContaining(previous.name) })]);

  const list = await h.query(`{ serviceBases(filter: { regionCode: "340000", isContactPoint: true }) { totalCount items { id } } }`);
  expect(list.data.serviceBases).toEqual({ totalCount: 1, items: [{ id: next.id }] });
});

it("lets the national admin designate in any province and leaves a current contact point as it is", async () => {
  const base = await seedBase(h.dataSource, { regionCode: "360000" });
  const admin = await token(Role.NATIONAL_ADMIN);
  expect(outcome(await designate(base.id, admin))).toBe("OK");
  expect(outcome(await designate(base.id, admin))).toBe("OK");
  expect(await contactPoints("360000")).toEqual([base.id]);
  expect(await historyOf(h.dataSource, base.id)).toHaveLength(1);
});

it.each([
  ["another province's office", "370000", Role.PROVINCIAL_OFFICE, { province: "110000" }, "FORBIDDEN"],
  ["the base's operator", "440000", Role.BASE_OPERATOR, {}, "FORBIDDEN"],
  ["an enterprise", "450000", Role.ENTERPRISE, { orgId: "00000000-0000-4000-8000-000000000001" }, "FORBIDDEN"],
  ["an anonymous caller", "460000", Role.PUBLIC, {}, "UNAUTHENTICATED"],
])("refuses %s", async (_label, region, role, scope, code) => {
  const current = await seedBase(h.dataSource, { regionCode: region, isContactPoint: true });
  const base = await seedBase(h.dataSource, { regionCode: region });
  expect(outcome(await designate(base.id, await token(role, { baseId: base.id, ...scope })))).toBe(code);
  expect(await contactPoints(region)).toEqual([current.id]);
});

it("refuses a revoked base with CONFLICT and a missing one with NOT_FOUND", async () => {
  const revoked = await seedBase(h.dataSource, { regionCode: "410000", status: BaseStatus.REVOKED });
  const admin = await token(Role.NATIONAL_ADMIN);
  expect((await designate(revoked.id, admin)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "REVOKED" });
  expect(outcome(await designate(crypto.randomUUID(), admin))).toBe("NOT_FOUND");
});

it.each([
  ["a province that has a contact point", true],
  ["a province that has none yet", false],
])("leaves exactly one contact point when two designations race in %s", async (_label, hasOne) => {
  const region = hasOne ? "420000" : "430000";
  if (hasOne) await seedBase(h.dataSource, { regionCode: region, isContactPoint: true });
  const [a, b] = [await seedBase(h.dataSource, { regionCode: region }), await seedBase(h.dataSource, { regionCode: region })];
  const province = await token(Role.PROVINCIAL_OFFICE, { province: region });
  const results = await Promise.allSettled([designate(a.id, province), designate(b.id, province)]);
  const outcomes = results.map((result) => (result.status === "fulfilled" ? outcome(result.value) : "REJECTED"));
  // Serial transactions (SQLite) let both succeed one after the other; PostgreSQL may refuse the loser.
  expect(outcomes.every((code) => code === "OK" || code === "CONFLICT")).toBe(true);
  expect(outcomes).toContain("OK");
  const holders = await contactPoints(region);
  expect(holders).toHaveLength(1);
  expect([a.id, b.id]).toContain(holders[0]);
});
