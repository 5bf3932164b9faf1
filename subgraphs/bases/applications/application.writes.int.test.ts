/**
 * Creating and editing applications: only the applicant organisation itself (or CNIPA on its behalf)
 * applies, only the applicant edits and only while DRAFT or RETURNED. Then one application's whole
 * way from draft to a confirmed national base, with its history readable on the application.
 */
import { Role } from "../../../platform/auth";
import { ApplicationStatus, BatchLevel, ExemptCategory } from "../enums";
import { DAY, JIANGSU, outcome, seedApplication, seedBatch, seedOrganization, startBases, token, ZHEJIANG, type BasesHarness } from "../testing";
import { BaseApplication } from "./application.entity";

let h: BasesHarness;
let orgId: string;
let batchId: string;
beforeAll(async () => {
  h = await startBases();
  orgId = (await seedOrganization(h.dataSource)).id;
  batchId = (await seedBatch(h.dataSource, h.clock.now, { exemptCategories: [ExemptCategory.NATIONAL_IP_PROTECTION_CENTER] })).id;
});
afterAll(() => h?.stop());

const CREATE = `mutation($input: CreateBaseApplicationInput!) { createBaseApplication(input: $input) { id status carrierAtProvincialLevelOrAbove history { action fromState toState actorRole } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateBaseApplicationInput!) { updateBaseApplication(id: $id, input: $input) { navigationStaffCount } }`;
const input = (values: Record<string, unknown> = {}) => ({ batchId, applicantOrganizationId: orgId, baseName: "国家级专利导航服务基地（苏州工业园区）", carrierType: "INDUSTRIAL_PARK", regionCode: JIANGSU, industryCodes: ["01"], ...values });
const count = () => h.dataSource.getRepository(BaseApplication).countBy({ applicantOrganizationId: orgId });

describe("createBaseApplication", () => {
  it.each([
    ["the applicant itself", Role.ENTERPRISE, () => ({ orgId })],
    ["the applicant as a base operator", Role.BASE_OPERATOR, () => ({ orgId, baseId: crypto.randomUUID() })],
    ["the national admin", Role.NATIONAL_ADMIN, () => ({})],
  ])("lets %s start a draft, recorded in its history", async (_label, role, scope) => {
    const response = await h.query(CREATE, { input: input() }, await token(role, scope()));
    expect(response.errors).toBeUndefined();
    expect(response.data.createBaseApplication).toMatchObject({ status: "DRAFT", carrierAtProvincialLevelOrAbove: false, history: [{ action: "create", fromState: null, toState: "DRAFT", actorRole: role }] });
  });

  it.each([
    ["another organisation", Role.ENTERPRISE, { orgId: "00000000-0000-4000-8000-000000000009" }, "FORBIDDEN"],
    ["the provincial office", Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "FORBIDDEN"],
    ["an expert", Role.EXPERT, { expertId: "00000000-0000-4000-8000-000000000009" }, "FORBIDDEN"],
    ["an anonymous caller", Role.PUBLIC, {}, "UNAUTHENTICATED"],
  ])("refuses %s", async (_label, role, scope, code) => {
    const before = await count();
    expect(outcome(await h.query(CREATE, { input: input() }, await token(role, scope)))).toBe(code);
    expect(await count()).toBe(before);
  });

  it.each([
    ["a provincial batch", async () => ({ batchId: (await seedBatch(h.dataSource, h.clock.now, { level: BatchLevel.PROVINCIAL, regionCode: JIANGSU })).id }), "input.batchId"],
    ["another province than the applicant's", async () => ({ regionCode: ZHEJIANG }), "input.regionCode"],
    ["a category the batch does not exempt", async () => ({ exemptCategory: "FORMER_NAVIGATION_PILOT_BASE" }), "input.exemptCategory"],
    ["a missing applicant", async () => ({ applicantOrganizationId: "00000000-0000-4000-8000-000000000009" }), "input.applicantOrganizationId"],
  ])("refuses %s as BAD_USER_INPUT", async (_label, values, field) => {
    const before = await count();
    const response = await h.query(CREATE, { input: input(await values()) }, await token(Role.NATIONAL_ADMIN));
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await count()).toBe(before);
  });
});

describe("updateBaseApplication", () => {
  it("lets the applicant edit while DRAFT or RETURNED, and no one else", async () => {
    const applicant = await token(Role.SERVICE_ORG, { orgId });
    for (const status of [ApplicationStatus.DRAFT, ApplicationStatus.RETURNED]) {
      const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, status });
      expect((await h.query(UPDATE, { id: application.id, input: { navigationStaffCount: 9 } }, applicant)).data.updateBaseApplication).toEqual({ navigationStaffCount: 9 });
      expect(outcome(await h.query(UPDATE, { id: application.id, input: { navigationStaffCount: 1 } }, await token(Role.NATIONAL_ADMIN)))).toBe("FORBIDDEN");
      expect(outcome(await h.query(UPDATE, { id: application.id, input: { navigationStaffCount: 1 } }, await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU })))).toBe("FORBIDDEN");
      expect(outcome(await h.query(UPDATE, { id: application.id, input: { navigationStaffCount: 1 } }, await token(Role.ENTERPRISE, { orgId: crypto.randomUUID() })))).toBe("NOT_FOUND");
    }
    const submitted = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, status: ApplicationStatus.SUBMITTED });
    expect((await h.query(UPDATE, { id: submitted.id, input: { navigationStaffCount: 9 } }, applicant)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "SUBMITTED" });
  });
});

it("takes an application from draft to a confirmed national base, each step in its history", async () => {
  const applicant = await token(Role.ENTERPRISE, { orgId });
  const province = await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU });
  const admin = await token(Role.NATIONAL_ADMIN);
  const facts = { carrierAtProvincialLevelOrAbove: true, navigationStaffCount: 12, servicesDelivered: 20, fundingInPlace: true, premisesInPlace: true, dataResourcesInPlace: true, noSeriousViolation: true };
  const id = (await h.query(CREATE, { input: input(facts) }, applicant)).data.createBaseApplication.id;
  const step = async (action: string, tokenValue: string | undefined, note?: string) => {
    const response = await h.query(`mutation($id: ID!, $note: String) { ${action}BaseApplication(id: $id, note: $note) { status } }`, { id, note }, tokenValue);
    expect(response.errors).toBeUndefined();
    return response.data[`${action}BaseApplication`].status;
  };
  expect(await step("submit", applicant)).toBe("SUBMITTED");
  expect(await step("startReview", province)).toBe("PROVINCE_REVIEWING");
  expect(await step("return", province, "请补充数据资源说明")).toBe("RETURNED");
  expect(await step("resubmit", applicant)).toBe("SUBMITTED");
  expect(await step("startReview", province)).toBe("PROVINCE_REVIEWING");
  expect(await step("recommend", province)).toBe("RECOMMENDED");
  expect(await step("startRecheck", admin)).toBe("NATIONAL_RECHECK");
  expect(await step("publicise", admin)).toBe("IN_PUBLICITY");
  h.clock.now = new Date(h.clock.now.getTime() + 7 * DAY);
  expect(await step("confirm", admin, "公示无异议")).toBe("CONFIRMED");

  const read = await h.query(`query($id: ID!) { baseApplication(id: $id) { availableActions serviceBase { level hostOrganization { id } } history { action fromState toState actorRole note at } } }`, { id }, applicant);
  const { history, serviceBase, availableActions } = read.data.baseApplication;
  expect(availableActions).toEqual([]);
  expect(serviceBase).toEqual({ level: "NATIONAL", hostOrganization: { id: orgId } });
  expect(history.map((entry: { action: string }) => entry.action)).toEqual(["create", "submit", "startReview", "return", "resubmit", "startReview", "recommend", "startRecheck", "publicise", "confirm"]);
  expect(history[3]).toMatchObject({ fromState: "PROVINCE_REVIEWING", toState: "RETURNED", actorRole: "PROVINCIAL_OFFICE", note: "请补充数据资源说明" });
  expect(history[9]).toMatchObject({ fromState: "IN_PUBLICITY", toState: "CONFIRMED", actorRole: "NATIONAL_ADMIN", note: "公示无异议" });
});
