/**
 * The dashboard queries kept in docs/dashboards/, run through the gateway against the demo data, with
 * the expected figures computed here from the demo data set; and the SQL statements each subgraph runs
 * for them, which must not grow with the number of bases, projects and results.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateDemoData } from "../demo/generate";
import { Role } from "../platform/auth";
import { addBases } from "./support/builders";
import { tokenFor } from "./support/subgraph";
import { startTestStack, type TestStack } from "./support/stack";

jest.setTimeout(180_000);

const PROVINCE = readFileSync(join(__dirname, "..", "docs", "dashboards", "province.graphql"), "utf8");
const NATIONAL = readFileSync(join(__dirname, "..", "docs", "dashboards", "national.graphql"), "utf8");
const demo = generateDemoData(20221123);
const count = <T>(items: T[], predicate: (item: T) => boolean) => items.filter(predicate).length;

describe("with the demo data", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ demoData: true });
  });
  afterAll(() => stack?.stop());

  it.each(["320000", "440000"])("answers the province dashboard of %s in one request", async (code) => {
    const response = await stack.query(PROVINCE, { code }, await tokenFor(Role.PROVINCIAL_OFFICE, { province: code }));
    expect(response.errors).toBeUndefined();
    const region = response.data.region;
    const bases = demo.bases.filter((base) => base.regionCode === code);
    const sessions = new Set(demo.trainingSessions.filter((session) => session.regionCode === code).map((session) => session.id));
    expect(region.baseStats.total).toBe(bases.length);
    expect(Object.fromEntries(region.baseStats.byLevel.map((row: any) => [row.key, row.count]))).toMatchObject(
      Object.fromEntries(["NATIONAL", "PROVINCIAL", "MUNICIPAL"].filter((level) => bases.some((b) => b.level === level)).map((level) => [level, count(bases, (b) => b.level === level)])),
    );
    expect(region.baseStats.contactPoint?.name).toBe(bases.find((base) => base.isContactPoint)?.name);
    const projects = demo.projects.filter((project) => project.regionCode === code);
    expect(region.projectStats.total).toBe(projects.length);
    expect(region.projectStats.budgetTotal).toBeCloseTo(projects.reduce((sum, project) => sum + project.budget, 0));
    expect(region.projectStats.startedByYear.map((row: any) => row.count).reduce((a: number, b: number) => a + b, 0)).toBe(projects.length);
    const results = demo.results.filter((result) => result.regionCode === code);
    expect(region.resultStats.total).toBe(results.length);
    expect(region.resultStats.released).toBe(count(results, (result) => result.status === "RELEASED"));
    expect(region.resultStats.inLibrary).toBe(count(results, (result) => result.status === "IN_LIBRARY"));
    expect(region.resultStats.typicalCases).toBe(count(demo.typicalCases, (c) => c.regionCode === code));
    expect(region.expertStats.total).toBe(count(demo.experts, (expert) => expert.regionCode === code));
    expect(region.expertStats.trainingSessions).toBe(sessions.size);
    expect(region.expertStats.trainees).toBe(count(demo.enrollments, (enrollment) => sessions.has(enrollment.sessionId)));
  });

  it("refuses another province's dashboard figures", async () => {
    const response = await stack.query(PROVINCE, { code: "320000" }, await tokenFor(Role.PROVINCIAL_OFFICE, { province: "330000" }));
    expect(response.data?.region?.name).toBe("江苏");
    for (const field of ["baseStats", "projectStats", "resultStats", "expertStats"]) expect(response.data.region[field]).toBeNull();
  });

  it("answers the national overview of every province and industry in one request", async () => {
    const response = await stack.query(NATIONAL, {}, await tokenFor(Role.NATIONAL_ADMIN));
    expect(response.errors).toBeUndefined();
    const { regions, industries } = response.data;
    expect(regions).toHaveLength(32);
    for (const region of regions) {
      expect([region.code, region.baseStats.total]).toEqual([region.code, count(demo.bases, (base) => base.regionCode === region.code)]);
      expect([region.code, region.projectStats.total]).toEqual([region.code, count(demo.projects, (project) => project.regionCode === region.code)]);
      expect([region.code, region.resultStats.released]).toEqual([region.code, count(demo.results, (r) => r.regionCode === region.code && r.status === "RELEASED")]);
    }
    expect(industries).toHaveLength(9);
    for (const industry of industries) {
      expect([industry.code, industry.projectStats.total]).toEqual([industry.code, count(demo.projects, (project) => project.industryCodes.includes(industry.code))]);
      expect([industry.code, industry.expertStats.total]).toEqual([industry.code, count(demo.experts, (expert) => expert.industryCodes.includes(industry.code))]);
    }
  });
});

describe("SQL statements per subgraph", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack?.stop());

  async function statements(query: string, variables: Record<string, unknown>) {
    const token = await tokenFor(Role.NATIONAL_ADMIN);
    stack.resetStatements();
    const response = await stack.query(query, variables, token);
    expect(response.errors).toBeUndefined();
    return stack.statements();
  }

  it("do not grow with the number of bases, projects and results (N and 10×N)", async () => {
    await addBases(stack, "320000", 2);
    await addBases(stack, "330000", 20);
    const small = await statements(PROVINCE, { code: "320000" });
    const large = await statements(PROVINCE, { code: "330000" });
    expect(large).toEqual(small);
    const nationalBefore = await statements(NATIONAL, {});
    await addBases(stack, "440000", 10);
    expect(await statements(NATIONAL, {})).toEqual(nationalBefore);
    console.log("dashboard statements per subgraph", { province: small, national: nationalBefore });
  });
});
