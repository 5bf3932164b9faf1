/**
 * The domain rules end to end through the gateway: a park applies → its province recommends (a fourth
 * non-exempt recommendation is refused, an exempt one is not) → national re-check → publicity →
 * confirmed base → a project runs to acceptance and filing → its report enters the library and is
 * released → an anonymous caller reads it, while a RESTRICTED report stays invisible to everyone but its
 * sponsor, its base and the authorities.
 */
import { Role } from "../platform/auth";
import { tokenFor } from "./support/subgraph";
import { startTestStack, type TestStack } from "./support/stack";

jest.setTimeout(120_000);

const DAY = 86_400_000;
let now = new Date("2026-03-10T02:00:00Z");
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ clock: () => now });
});
afterAll(() => stack?.stop());

let serial = 0;
async function ok(token: string | undefined, mutation: string, variables: Record<string, unknown>, select = "id status"): Promise<any> {
  const [name] = /\w+/.exec(mutation)!;
  const args = Object.keys(variables).map((key) => `${key}: $${key}`).join(", ");
  const types: Record<string, string> = { id: "ID!", baseId: "ID!", note: "String", input: `${name[0].toUpperCase()}${name.slice(1)}Input!` };
  if (name === "evaluateNavigationProject") types.input = "PerformanceEvaluationInput!";
  const declared = Object.keys(variables).map((key) => `$${key}: ${types[key]}`).join(", ");
  const response = await stack.query(`mutation(${declared}) { ${name}(${args}) { ${select} } }`, variables, token);
  return response;
}
async function expectOk(token: string | undefined, mutation: string, variables: Record<string, unknown>, select?: string): Promise<any> {
  const response = await ok(token, mutation, variables, select);
  expect([mutation, response.errors]).toEqual([mutation, undefined]);
  return response.data[mutation];
}

const creditCode = (prefix: string) => `${prefix}${String(++serial).padStart(16, "0")}`.slice(0, 18);

async function organization(token: string, name: string, type: string) {
  return (await expectOk(token, "createOrganization", { input: { name, creditCode: creditCode(type === "ENTERPRISE" ? "91" : "12"), type, regionCode: "320000" } }, "id")).id as string;
}

it("takes a park from application to a released report, with quota, publicity and confidentiality enforced", async () => {
  const admin = await tokenFor(Role.NATIONAL_ADMIN);
  const jiangsu = await tokenFor(Role.PROVINCIAL_OFFICE, { province: "320000" });
  const zhejiang = await tokenFor(Role.PROVINCIAL_OFFICE, { province: "330000" });

  const batch = await expectOk(admin, "createBatch", {
    input: {
      name: "2026年度国家级专利导航服务基地", level: "NATIONAL", year: 2026, sequence: 1, provinceQuota: 3, publicityDays: 7,
      submissionOpensAt: new Date(now.getTime() - DAY).toISOString(), submissionClosesAt: new Date(now.getTime() + 30 * DAY).toISOString(), reviewClosesAt: new Date(now.getTime() + 60 * DAY).toISOString(),
    },
  }, "id provinceQuota");

  const apply = async (name: string, carrierType: "INDUSTRIAL_PARK" | "PUBLIC_INSTITUTION", exemptCategory?: string) => {
    const org = await organization(jiangsu, name, carrierType);
    const applicant = await tokenFor(Role.ENTERPRISE, { orgId: org });
    const application = await expectOk(applicant, "createBaseApplication", {
      input: {
        batchId: batch.id, applicantOrganizationId: org, baseName: `${name}专利导航服务基地`, carrierType, regionCode: "320000", industryCodes: ["01"],
        carrierAtProvincialLevelOrAbove: true, navigationStaffCount: 12, servicesDelivered: 9, fundingInPlace: true, premisesInPlace: true,
        dataResourcesInPlace: true, noSeriousViolation: true, ...(exemptCategory ? { exemptCategory } : {}),
      },
    });
    expect(application.status).toBe("DRAFT");
    expect((await expectOk(applicant, "submitBaseApplication", { id: application.id })).status).toBe("SUBMITTED");
    expect((await expectOk(jiangsu, "startReviewBaseApplication", { id: application.id })).status).toBe("PROVINCE_REVIEWING");
    return { id: application.id as string, org, applicant };
  };

  // The park, and three more non-exempt applicants of the same province.
  const park = await apply("苏州纳米城", "INDUSTRIAL_PARK");
  const others = [await apply("无锡集成电路设计园", "INDUSTRIAL_PARK"), await apply("南京江北新区研创园", "INDUSTRIAL_PARK"), await apply("常州光伏产业园", "INDUSTRIAL_PARK")];
  const exempt = await apply("江苏省知识产权保护中心", "PUBLIC_INSTITUTION", "NATIONAL_IP_PROTECTION_CENTER");

  for (const application of [park, others[0], others[1]]) {
    expect((await expectOk(jiangsu, "recommendBaseApplication", { id: application.id })).status).toBe("RECOMMENDED");
  }
  const fourth = await ok(jiangsu, "recommendBaseApplication", { id: others[2].id });
  expect(fourth.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  expect((await expectOk(jiangsu, "recommendBaseApplication", { id: exempt.id })).status).toBe("RECOMMENDED");
  // Another province's office cannot act on Jiangsu's applications.
  expect((await ok(zhejiang, "declineBaseApplication", { id: others[2].id, note: "不符合条件" })).errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);

  expect((await expectOk(admin, "startRecheckBaseApplication", { id: park.id })).status).toBe("NATIONAL_RECHECK");
  expect((await expectOk(admin, "publiciseBaseApplication", { id: park.id })).status).toBe("IN_PUBLICITY");
  const early = await ok(admin, "confirmBaseApplication", { id: park.id });
  expect(early.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "IN_PUBLICITY" });
  now = new Date(now.getTime() + 8 * DAY);
  const confirmed = await expectOk(admin, "confirmBaseApplication", { id: park.id }, "status serviceBase { id level status } history { action fromState toState actorRole }");
  expect(confirmed).toMatchObject({ status: "CONFIRMED", serviceBase: { level: "NATIONAL", status: "ACTIVE" } });
  expect(confirmed.history.map((step: any) => step.action)).toEqual(["create", "submit", "startReview", "recommend", "startRecheck", "publicise", "confirm"]);
  const baseId = confirmed.serviceBase.id as string;

  // The new base runs a project to acceptance and filing.
  const base = await tokenFor(Role.BASE_OPERATOR, { baseId });
  const sponsor = await organization(jiangsu, "苏州纳微半导体科技有限公司", "ENTERPRISE");
  const sponsorToken = await tokenFor(Role.ENTERPRISE, { orgId: sponsor });
  const project = await expectOk(base, "createNavigationProject", {
    input: {
      title: "苏州纳米城第三代半导体产业专利导航", navigationType: "INDUSTRIAL_PLANNING", industryCodes: ["01"], baseId, regionCode: "320000",
      sponsorOrganizationId: sponsor, fundingSource: "FISCAL", budget: 800000, year: 2026, plannedStart: "2026-04-01", plannedEnd: "2026-10-31",
    },
  });
  expect((await expectOk(base, "applyNavigationProject", { id: project.id })).status).toBe("APPLIED");
  expect((await expectOk(jiangsu, "approveNavigationProject", { id: project.id })).status).toBe("APPROVED");
  await expectOk(base, "startNavigationProjectProcurement", { id: project.id });
  expect((await expectOk(base, "startNavigationProjectExecution", { id: project.id }, "status phase")).phase).toBe("KICKOFF");
  for (let step = 0; step < 4; step++) await expectOk(base, "advanceNavigationProjectPhase", { id: project.id });

  const report = (confidentiality: string, title: string) =>
    expectOk(base, "createResult", {
      input: {
        projectId: project.id, type: "ANALYSIS_REPORT", title, abstract: "围绕碳化硅功率器件梳理全球专利态势，识别技术空白点并提出专利布局建议。",
        industryCodes: ["01"], dataCutoffOn: "2026-06-30", confidentiality, year: 2026, chapters: [{ title: "专利态势分析", text: "碳化硅衬底与外延技术的专利申请量持续增长。" }],
      },
    });
  const open = await report("PUBLIC", "第三代半导体碳化硅功率器件专利导航分析报告");
  const restricted = await report("RESTRICTED", "碳化硅功率器件企业专利风险预警专报");

  expect((await expectOk(base, "submitNavigationProjectForAcceptance", { id: project.id })).status).toBe("SUBMITTED_FOR_ACCEPTANCE");
  await expectOk(jiangsu, "createAcceptanceReview", {
    input: { projectId: project.id, goalsMet: 5, method: 4, dataQuality: 5, reportQuality: 5, resultApplication: 4, promotion: 4, conclusion: "PASS", reviewers: ["王立新", "陈晓燕"] },
  }, "id conclusion");
  expect((await expectOk(jiangsu, "acceptNavigationProject", { id: project.id })).status).toBe("ACCEPTED");
  expect((await expectOk(jiangsu, "fileNavigationProject", { id: project.id })).status).toBe("FILED");

  // Both reports enter the library and are released with the sponsor's consent.
  for (const result of [open, restricted]) {
    expect((await expectOk(base, "submitResult", { id: result.id })).status).toBe("SUBMITTED");
    await expectOk(jiangsu, "startResultReview", { id: result.id });
    expect((await expectOk(jiangsu, "admitResult", { id: result.id })).status).toBe("IN_LIBRARY");
    const withoutConsent = await ok(jiangsu, "releaseResult", { id: result.id });
    expect(withoutConsent.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await expectOk(sponsorToken, "consentToResultRelease", { id: result.id });
    expect((await expectOk(jiangsu, "releaseResult", { id: result.id })).status).toBe("RELEASED");
  }

  const read = `query($id: ID!) { result(id: $id) { title confidentiality status } }`;
  const list = `{ results(filter: { projectId: "${project.id}" }) { totalCount items { id } } }`;
  const anonymous = await stack.query(read, { id: open.id });
  expect(anonymous.data.result).toMatchObject({ title: "第三代半导体碳化硅功率器件专利导航分析报告", status: "RELEASED" });
  expect((await stack.query(list)).data.results).toEqual({ totalCount: 1, items: [{ id: open.id }] });

  const strangers = [undefined, await tokenFor(Role.ENTERPRISE, { orgId: "00000000-0000-4000-8000-00000000beef" }), zhejiang, await tokenFor(Role.BASE_OPERATOR, { baseId: "00000000-0000-4000-8000-00000000cafe" })];
  for (const token of strangers) {
    expect((await stack.query(read, { id: restricted.id }, token)).data.result).toBeNull();
    expect((await stack.query(list, {}, token)).data.results.totalCount).toBe(1);
  }
  for (const token of [sponsorToken, jiangsu, admin, base]) {
    expect((await stack.query(read, { id: restricted.id }, token)).data.result).toMatchObject({ confidentiality: "RESTRICTED", status: "RELEASED" });
    expect((await stack.query(list, {}, token)).data.results.totalCount).toBe(2);
  }
});
