/**
 * 58号 三(二)3: a provincial office recommends at most the batch's quota of its own province's
 * non-exempt applications; the four exempt categories and ministry-route applications neither count
 * nor are refused. Two recommendations racing for the last slot: exactly one wins, on either database.
 */
import { Role } from "../../../platform/auth";
import { ApplicationStatus as S, ExemptCategory } from "../enums";
import { JIANGSU, outcome, seedApplication, seedBatch, startBases, token, ZHEJIANG, type BasesHarness } from "../testing";
import { BaseApplication } from "./application.entity";

let h: BasesHarness;
let jiangsu: string;
let admin: string;
beforeAll(async () => {
  h = await startBases({ policy: { provinceQuota: 2 } });
  jiangsu = (await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU }))!;
  admin = (await token(Role.NATIONAL_ADMIN))!;
});
afterAll(() => h?.stop());

const RECOMMEND = `mutation($id: ID!) { recommendBaseApplication(id: $id) { status } }`;
const recommend = (id: string, tokenValue = jiangsu) => h.query(RECOMMEND, { id }, tokenValue);
const statusOf = async (id: string) => (await h.dataSource.getRepository(BaseApplication).findOneByOrFail({ id })).status;

async function batchWithThreeUsed(quota = 3) {
  const batch = await seedBatch(h.dataSource, h.clock.now, { provinceQuota: quota });
  const inBatch = (values: Partial<BaseApplication>) => seedApplication(h.dataSource, h.clock.now, { batchId: batch.id, ...values });
  // Three slots used by applications at different later stages …
  for (const status of [S.RECOMMENDED, S.IN_PUBLICITY, S.RECHECK_FAILED]) await inBatch({ status });
  // … and none by these: exempt, ministry route, another province, never recommended.
  await inBatch({ status: S.CONFIRMED, exemptCategory: ExemptCategory.NATIONAL_IP_PROTECTION_CENTER });
  await inBatch({ status: S.NATIONAL_RECHECK, ministryRoute: "工业和信息化部" });
  await inBatch({ status: S.CONFIRMED, regionCode: ZHEJIANG });
  for (const status of [S.NOT_RECOMMENDED, S.WITHDRAWN, S.RETURNED]) await inBatch({ status });
  return { batch, inBatch };
}

it("refuses a fourth non-exempt recommendation with CONFLICT and leaves it under review", async () => {
  const { inBatch } = await batchWithThreeUsed();
  const fourth = await inBatch({ status: S.PROVINCE_REVIEWING });
  const response = await recommend(fourth.id);
  expect(response.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "PROVINCE_REVIEWING" });
  expect(response.errors?.[0]?.message).toMatch(/quota of 3/);
  expect(await statusOf(fourth.id)).toBe(S.PROVINCE_REVIEWING);
});

it.each(Object.values(ExemptCategory))("never refuses an exempt %s application for quota", async (category) => {
  const { inBatch } = await batchWithThreeUsed();
  const exempt = await inBatch({ status: S.PROVINCE_REVIEWING, exemptCategory: category });
  expect(outcome(await recommend(exempt.id))).toBe("OK");
  expect(await statusOf(exempt.id)).toBe(S.RECOMMENDED);
});

it("counts a category the batch does not exempt against the quota", async () => {
  const batch = await seedBatch(h.dataSource, h.clock.now, { provinceQuota: 1, exemptCategories: [ExemptCategory.NATIONAL_IP_PROTECTION_CENTER] });
  const inBatch = (values: Partial<BaseApplication>) => seedApplication(h.dataSource, h.clock.now, { batchId: batch.id, status: S.PROVINCE_REVIEWING, ...values });
  await inBatch({ status: S.RECOMMENDED, exemptCategory: ExemptCategory.FORMER_NAVIGATION_PILOT_BASE });
  const notExempt = await inBatch({ exemptCategory: ExemptCategory.FORMER_NAVIGATION_EXPERIMENT_ZONE });
  const exempt = await inBatch({ exemptCategory: ExemptCategory.NATIONAL_IP_PROTECTION_CENTER });
  expect(outcome(await recommend(notExempt.id))).toBe("CONFLICT");
  expect(outcome(await recommend(exempt.id))).toBe("OK");
});

it("recommends a ministry-route application through the national admin regardless of the province's quota", async () => {
  const { inBatch } = await batchWithThreeUsed();
  const ministry = await inBatch({ status: S.PROVINCE_REVIEWING, ministryRoute: "农业农村部" });
  expect(outcome(await recommend(ministry.id, admin))).toBe("OK");
});

it("keeps each province's quota apart and recommends up to it", async () => {
  const { inBatch } = await batchWithThreeUsed(4);
  const fourth = await inBatch({ status: S.PROVINCE_REVIEWING });
  const zhejiang = await inBatch({ status: S.PROVINCE_REVIEWING, regionCode: ZHEJIANG });
  expect(outcome(await recommend(fourth.id))).toBe("OK");
  expect(outcome(await recommend(zhejiang.id, (await token(Role.PROVINCIAL_OFFICE, { province: ZHEJIANG }))!))).toBe("OK");
  const fifth = await inBatch({ status: S.PROVINCE_REVIEWING });
  expect(outcome(await recommend(fifth.id))).toBe("CONFLICT");
});

it("gives new batches the configured default quota and publicity days", async () => {
  const response = await h.query(
    `mutation($input: CreateBatchInput!) { createBatch(input: $input) { provinceQuota publicityDays exemptCategories } }`,
    { input: { name: "2027年度国家级专利导航服务基地遴选", level: "NATIONAL", year: 2027, sequence: 1, submissionOpensAt: "2027-03-01T00:00:00+08:00", submissionClosesAt: "2027-04-30T00:00:00+08:00", reviewClosesAt: "2027-06-30T00:00:00+08:00" } },
    admin,
  );
  expect(response.data.createBatch).toEqual({ provinceQuota: 2, publicityDays: 7, exemptCategories: Object.values(ExemptCategory) });
  expect((await h.query(`{ basesPolicy { provinceQuota publicityDays annualSummaryDue } }`)).data.basesPolicy).toEqual({ provinceQuota: 2, publicityDays: 7, annualSummaryDue: "12-31" });
});

describe("race for the last slot", () => {
  it.each([1, 2, 3])("lets exactly one of two concurrent recommendations through (round %i)", async () => {
    const { inBatch } = await batchWithThreeUsed(4);
    const [a, b] = [await inBatch({ status: S.PROVINCE_REVIEWING }), await inBatch({ status: S.PROVINCE_REVIEWING })];
    const results = await Promise.allSettled([recommend(a.id), recommend(b.id)]);
    const outcomes = results.map((result) => (result.status === "fulfilled" ? outcome(result.value) : "REJECTED")).sort();
    expect(outcomes).toEqual(["CONFLICT", "OK"]);
    const statuses = [await statusOf(a.id), await statusOf(b.id)].sort();
    expect(statuses).toEqual([S.PROVINCE_REVIEWING, S.RECOMMENDED].sort());
    const used = await h.dataSource.getRepository(BaseApplication).countBy({ batchId: a.batchId, regionCode: JIANGSU, status: S.RECOMMENDED });
    expect(used).toBe(2);
  });
});
