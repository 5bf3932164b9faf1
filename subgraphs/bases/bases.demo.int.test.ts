/**
 * The demo data set in the bases subgraph: every row loaded, the derived columns consistent with the
 * records, every application state present, and the workflows usable on it.
 */
import { generateDemoData } from "../../demo/generate";
import { Role } from "../../platform/auth";
import { AnnualSummary } from "./annual-summaries/annual-summary.entity";
import { BaseApplication } from "./applications/application.entity";
import { RECOMMENDED_STATES } from "./applications/application.rules";
import { Batch } from "./batches/batch.entity";
import { ApplicationStatus } from "./enums";
import { BaseEvaluation } from "./evaluations/evaluation.entity";
import { ServiceBase } from "./service-bases/service-base.entity";
import { DAY, startBases, token, type BasesHarness } from "./testing";

let h: BasesHarness;
const demo = generateDemoData(20221123);
beforeAll(async () => {
  h = await startBases({ demoData: true, now: new Date("2026-06-30T10:00:00+08:00") });
});
afterAll(() => h?.stop());

it("loads every record of the bases part", async () => {
  const response = await h.query(`{ organizations(first: 1) { totalCount } serviceBases(first: 1) { totalCount } batches(first: 1) { totalCount } baseApplications(first: 1) { totalCount } annualSummaries(first: 1) { totalCount } baseEvaluations(first: 1) { totalCount } }`, {}, await token(Role.NATIONAL_ADMIN));
  expect(response.data).toEqual({
    organizations: { totalCount: demo.organizations.length },
    serviceBases: { totalCount: demo.bases.length },
    batches: { totalCount: demo.batches.length },
    baseApplications: { totalCount: demo.applications.length },
    annualSummaries: { totalCount: demo.annualSummaries.length },
    baseEvaluations: { totalCount: demo.evaluations.length },
  });
});

it("derives the columns the records do not carry", async () => {
  const bases = new Map((await h.dataSource.getRepository(ServiceBase).find()).map((base) => [base.id, base]));
  for (const summary of await h.dataSource.getRepository(AnnualSummary).find()) expect(summary.regionCode).toBe(bases.get(summary.baseId)?.regionCode);
  for (const evaluation of await h.dataSource.getRepository(BaseEvaluation).find()) expect(evaluation.regionCode).toBe(bases.get(evaluation.baseId)?.regionCode);
  const batches = await h.dataSource.getRepository(Batch).find();
  expect(batches.filter((batch) => batch.level === "NATIONAL").every((batch) => batch.regionCode === null)).toBe(true);
  expect(batches.filter((batch) => batch.level === "PROVINCIAL").map((batch) => batch.regionCode).sort()).toEqual(["110000", "120000", "150000", "350000"]);
  for (const application of await h.dataSource.getRepository(BaseApplication).find()) {
    expect(application.carrierAtProvincialLevelOrAbove).toBe(application.status !== ApplicationStatus.DRAFT);
    const inOrPastPublicity = application.status === ApplicationStatus.IN_PUBLICITY || application.status === ApplicationStatus.CONFIRMED;
    expect(application.publicityEndsAt !== null).toBe(inOrPastPublicity);
  }
});

it("covers every application state and keeps the quota and the one contact point per province", async () => {
  const applications = await h.dataSource.getRepository(BaseApplication).find();
  expect(new Set(applications.map((application) => application.status))).toEqual(new Set(Object.values(ApplicationStatus)));
  const batches = new Map((await h.dataSource.getRepository(Batch).find()).map((batch) => [batch.id, batch]));
  const used = new Map<string, number>();
  for (const application of applications) {
    const batch = batches.get(application.batchId)!;
    const exempt = application.exemptCategory && batch.exemptCategories.includes(application.exemptCategory);
    if (RECOMMENDED_STATES.includes(application.status) && !exempt && !application.ministryRoute) {
      const key = `${application.batchId}/${application.regionCode}`;
      used.set(key, (used.get(key) ?? 0) + 1);
      expect(used.get(key)).toBeLessThanOrEqual(batch.provinceQuota);
    }
  }
  const contactPoints = (await h.dataSource.getRepository(ServiceBase).findBy({ isContactPoint: true })).map((base) => base.regionCode);
  expect(new Set(contactPoints).size).toBe(contactPoints.length);
});

it("runs the workflows on the demo data: a province reviews a submission, CNIPA confirms after publicity", async () => {
  const repository = h.dataSource.getRepository(BaseApplication);
  const submitted = (await repository.findBy({ status: ApplicationStatus.SUBMITTED })).find((application) => !application.ministryRoute)!;
  const province = await token(Role.PROVINCIAL_OFFICE, { province: submitted.regionCode });
  const review = await h.query(`mutation($id: ID!) { startReviewBaseApplication(id: $id) { status } }`, { id: submitted.id }, province);
  expect(review.data.startReviewBaseApplication.status).toBe("PROVINCE_REVIEWING");

  const publicised = (await repository.findOneBy({ status: ApplicationStatus.IN_PUBLICITY }))!;
  h.clock.now = new Date(publicised.publicityEndsAt!.getTime() + DAY);
  const confirmed = await h.query(`mutation($id: ID!) { confirmBaseApplication(id: $id) { status serviceBase { level name } } }`, { id: publicised.id }, await token(Role.NATIONAL_ADMIN));
  expect(confirmed.data.confirmBaseApplication).toEqual({ status: "CONFIRMED", serviceBase: { level: "NATIONAL", name: publicised.baseName } });
});
