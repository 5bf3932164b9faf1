/**
 * The preconditions of 58号 on the application workflow: eligibility facts at (re)submission, the
 * batch's windows against the subgraph's clock, the publicity window, and confirmation creating the
 * national base in the same transaction.
 */
import { Role } from "../../../platform/auth";
import { ServiceBase } from "../service-bases/service-base.entity";
import { ApplicationStatus, CarrierType, OrganizationType } from "../enums";
import { DAY, historyOf, JIANGSU, outcome, seedApplication, seedBatch, seedOrganization, startBases, token, type BasesHarness } from "../testing";
import { BaseApplication } from "./application.entity";

let h: BasesHarness;
let orgId: string;
let applicant: string;
let admin: string;
beforeAll(async () => {
  h = await startBases();
  orgId = (await seedOrganization(h.dataSource)).id;
  applicant = (await token(Role.SERVICE_ORG, { orgId }))!;
  admin = (await token(Role.NATIONAL_ADMIN))!;
});
afterEach(() => {
  h.clock.now = new Date("2026-03-16T10:00:00+08:00");
});
afterAll(() => h?.stop());

const act = (action: string, id: string, tokenValue: string, note?: string) =>
  h.query(`mutation($id: ID!, $note: String) { ${action}BaseApplication(id: $id, note: $note) { status submittedAt publicityStartsAt publicityEndsAt serviceBase { id } } }`, { id, note }, tokenValue);
const load = (id: string) => h.dataSource.getRepository(BaseApplication).findOneByOrFail({ id });

describe("eligibility at submission (58号 三(一))", () => {
  const failing: [string, Partial<BaseApplication>][] = [
    ["carrierAtProvincialLevelOrAbove", { carrierAtProvincialLevelOrAbove: false }],
    ["carrierType", { carrierType: CarrierType.PUBLIC_INSTITUTION }],
    ["navigationStaffCount", { navigationStaffCount: 4 }],
    ["servicesDelivered", { servicesDelivered: 4 }],
    ["fundingInPlace", { fundingInPlace: false }],
    ["premisesInPlace", { premisesInPlace: false }],
    ["dataResourcesInPlace", { dataResourcesInPlace: false }],
    ["noSeriousViolation", { noSeriousViolation: false }],
  ];

  it.each(failing)("refuses a submission failing %s, naming the field", async (field, facts) => {
    const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, ...facts });
    const response = await act("submit", application.id, applicant);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect((await load(application.id)).status).toBe(ApplicationStatus.DRAFT);
    expect(await historyOf(h.dataSource, application.id)).toEqual([]);
  });

  it("checks the facts again on resubmission", async () => {
    const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, status: ApplicationStatus.RETURNED, premisesInPlace: false });
    expect((await act("resubmit", application.id, applicant)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "premisesInPlace" });
    await h.query(`mutation($id: ID!) { updateBaseApplication(id: $id, input: { premisesInPlace: true }) { id } }`, { id: application.id }, applicant);
    expect((await act("resubmit", application.id, applicant)).data.resubmitBaseApplication.status).toBe("SUBMITTED");
  });

  it("accepts exactly five staff and five services, and records when it was submitted", async () => {
    const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, navigationStaffCount: 5, servicesDelivered: 5 });
    const response = await act("submit", application.id, applicant);
    expect(response.data.submitBaseApplication).toMatchObject({ status: "SUBMITTED", submittedAt: h.clock.now.toISOString() });
  });

  it("compares the carrier type with the applicant's registered type", async () => {
    const institution = await seedOrganization(h.dataSource, { type: OrganizationType.PUBLIC_INSTITUTION });
    const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: institution.id, carrierType: CarrierType.PUBLIC_INSTITUTION });
    const response = await act("submit", application.id, (await token(Role.ENTERPRISE, { orgId: institution.id }))!);
    expect(response.data.submitBaseApplication.status).toBe("SUBMITTED");
  });
});

describe("windows of the batch, judged by the subgraph's clock", () => {
  it("accepts submissions only from the opening to the closing of submissions", async () => {
    const opens = new Date("2026-04-01T09:00:00+08:00");
    const batch = await seedBatch(h.dataSource, h.clock.now, { submissionOpensAt: opens, submissionClosesAt: new Date(opens.getTime() + 30 * DAY), reviewClosesAt: new Date(opens.getTime() + 60 * DAY) });
    const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, batchId: batch.id });
    h.clock.now = new Date(opens.getTime() - 1000);
    expect((await act("submit", application.id, applicant)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "DRAFT" });
    h.clock.now = new Date(opens.getTime() + 30 * DAY + 1000);
    expect(outcome(await act("submit", application.id, applicant))).toBe("CONFLICT");
    h.clock.now = new Date(opens.getTime() + 30 * DAY);
    expect((await act("submit", application.id, applicant)).data.submitBaseApplication.status).toBe("SUBMITTED");
  });

  it("accepts a resubmission after submissions closed, until the provincial review closes", async () => {
    const batch = await seedBatch(h.dataSource, h.clock.now, { submissionClosesAt: new Date(h.clock.now.getTime() - DAY), reviewClosesAt: new Date(h.clock.now.getTime() + DAY) });
    const first = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, batchId: batch.id, status: ApplicationStatus.RETURNED });
    const second = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, batchId: batch.id, status: ApplicationStatus.RETURNED });
    expect((await act("resubmit", first.id, applicant)).data.resubmitBaseApplication.status).toBe("SUBMITTED");
    h.clock.now = new Date(h.clock.now.getTime() + 2 * DAY);
    expect((await act("resubmit", second.id, applicant)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "RETURNED" });
  });
});

describe("publicity and confirmation", () => {
  it("opens a publicity window of the batch's days and confirms only once it has closed", async () => {
    const batch = await seedBatch(h.dataSource, h.clock.now, { publicityDays: 10 });
    const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, batchId: batch.id, status: ApplicationStatus.NATIONAL_RECHECK, industryCodes: ["01", "03"] });
    const started = h.clock.now;
    const publicised = (await act("publicise", application.id, admin)).data.publiciseBaseApplication;
    expect(publicised).toEqual({ status: "IN_PUBLICITY", submittedAt: expect.any(String), publicityStartsAt: started.toISOString(), publicityEndsAt: new Date(started.getTime() + 10 * DAY).toISOString(), serviceBase: null });

    h.clock.now = new Date(started.getTime() + 10 * DAY - 1000);
    const early = await act("confirm", application.id, admin);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "IN_PUBLICITY" });
    expect(await h.dataSource.getRepository(ServiceBase).countBy({ hostOrganizationId: orgId })).toBe(0);

    // Past midnight in China, still the previous day in UTC: the designation date is China's.
    h.clock.now = new Date("2026-03-27T01:30:00+08:00");
    const confirmed = (await act("confirm", application.id, admin)).data.confirmBaseApplication;
    expect(confirmed.status).toBe("CONFIRMED");
    const base = await h.dataSource.getRepository(ServiceBase).findOneByOrFail({ id: confirmed.serviceBase.id });
    expect(base).toMatchObject({
      name: application.baseName, level: "NATIONAL", carrierType: "INDUSTRIAL_PARK", hostOrganizationId: orgId, regionCode: JIANGSU,
      industryCodes: ["01", "03"], batchId: batch.id, designatedOn: "2026-03-27", status: "ACTIVE", isContactPoint: false,
    });
    expect((await load(application.id)).serviceBaseId).toBe(base.id);
    expect(await historyOf(h.dataSource, base.id)).toEqual([expect.objectContaining({ entityType: "ServiceBase", action: "create", fromState: null, toState: "ACTIVE", actorRole: "NATIONAL_ADMIN" })]);
  });

  it("creates no base when the confirmation fails", async () => {
    const application = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgId, status: ApplicationStatus.IN_PUBLICITY, publicityEndsAt: new Date(h.clock.now.getTime() + DAY) });
    const before = await h.dataSource.getRepository(ServiceBase).count();
    expect(outcome(await act("confirm", application.id, admin))).toBe("CONFLICT");
    expect(await h.dataSource.getRepository(ServiceBase).count()).toBe(before);
  });
});
