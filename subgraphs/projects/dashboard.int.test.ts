import { DEFAULT_SEED, generateDemoData } from "../../demo/generate";
import { Role } from "../../platform/auth";
import { NAVIGATION_TYPE_LABELS } from "../../reference/navigation-types";
import { REGIONS } from "../../reference/regions";
import { SERIES_YEARS } from "../../reference/statistics";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { FUNDING_SOURCE_LABELS, PROJECT_STATUS_LABELS } from "./enums";
import { projectsSubgraph } from "./schema";

const data = generateDemoData(DEFAULT_SEED);
type DemoProject = (typeof data.projects)[number];
let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(projectsSubgraph, { demoData: true });
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

const STATS = `projectStats { total budgetTotal fiscalBudgetTotal
  byNavigationType { key label count } byStatus { key label count } byFundingSource { key label count }
  startedByYear { year count } acceptedByYear { year count } }`;
const REGION_STATS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { code ${STATS} } } }`;
const INDUSTRY_STATS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Industry { code ${STATS} } } }`;
const regionReps = (codes: string[]) => codes.map((code) => ({ __typename: "Region", code }));
const industryReps = (codes: string[]) => codes.map((code) => ({ __typename: "Industry", code }));

/** The figures computed in memory from the demo records, independently of the subgraph. */
function expected(projects: DemoProject[]) {
  const byKey = (labels: Record<string, string>, keyOf: (p: DemoProject) => string) =>
    Object.entries(labels).map(([key, label]) => ({ key, label, count: projects.filter((p) => keyOf(p) === key).length }));
  const byYear = (list: DemoProject[]) => SERIES_YEARS.map((year) => ({ year, count: list.filter((p) => p.year === year).length }));
  return {
    total: projects.length,
    budgetTotal: projects.reduce((sum, p) => sum + p.budget, 0),
    fiscalBudgetTotal: projects.filter((p) => p.fundingSource === "FISCAL" || p.fundingSource === "MIXED").reduce((sum, p) => sum + p.budget, 0),
    byNavigationType: byKey(NAVIGATION_TYPE_LABELS, (p) => p.navigationType),
    byStatus: byKey(PROJECT_STATUS_LABELS, (p) => p.status),
    byFundingSource: byKey(FUNDING_SOURCE_LABELS, (p) => p.fundingSource),
    startedByYear: byYear(projects),
    acceptedByYear: byYear(projects.filter((p) => ["ACCEPTED", "FILED", "EVALUATED", "CLOSED"].includes(p.status))),
  };
}

/** Regions with the most demo projects, busiest first. */
const busiestRegions = () => {
  const counts = new Map<string, number>();
  for (const p of data.projects) counts.set(p.regionCode, (counts.get(p.regionCode) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
};
const busiestIndustry = () => {
  const counts = new Map<string, number>();
  for (const p of data.projects) for (const code of p.industryCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
};

describe("Region.projectStats and Industry.projectStats", () => {
  it("equal the figures computed from the demo records for regions and industries", async () => {
    const regions = busiestRegions().slice(0, 3);
    const empty = REGIONS.map((r) => r.code).find((code) => !data.projects.some((p) => p.regionCode === code));
    const codes = empty ? [...regions, empty] : regions;
    const result = await subgraph.query(REGION_STATS, { reps: regionReps(codes) }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual(codes.map((code) => ({ code, projectStats: expected(data.projects.filter((p) => p.regionCode === code)) })));
    expect(result.data._entities[0].projectStats.total).toBeGreaterThan(0);

    const industries = [busiestIndustry(), "09"];
    const byIndustry = await subgraph.query(INDUSTRY_STATS, { reps: industryReps(industries) }, admin);
    expect(byIndustry.errors).toBeUndefined();
    expect(byIndustry.data._entities).toEqual(industries.map((code) => ({ code, projectStats: expected(data.projects.filter((p) => p.industryCodes.includes(code))) })));
    expect(byIndustry.data._entities[0].projectStats.total).toBeGreaterThan(0);
  });

  it("runs as many statements for 30 regions or 9 industries as for 3", async () => {
    const allRegions = REGIONS.map((r) => r.code);
    expect(allRegions.length).toBeGreaterThanOrEqual(30);
    const countFor = async (query: string, reps: unknown[]) => {
      subgraph.sql.reset();
      const result = await subgraph.query(query, { reps }, admin);
      expect(result.errors).toBeUndefined();
      return subgraph.sql.count;
    };
    const three = await countFor(REGION_STATS, regionReps(allRegions.slice(0, 3)));
    const thirty = await countFor(REGION_STATS, regionReps(allRegions.slice(0, 30)));
    expect(three).toBe(5);
    expect(thirty).toBe(three);
    const oneIndustry = await countFor(INDUSTRY_STATS, industryReps(["01"]));
    const allIndustries = await countFor(INDUSTRY_STATS, industryReps(["01", "02", "03", "04", "05", "06", "07", "08", "09"]));
    expect(oneIndustry).toBe(5);
    expect(allIndustries).toBe(oneIndustry);
  });

  it("answers the national admin and the own provincial office only; null for others, with nothing read", async () => {
    const [own, other] = busiestRegions();
    const industry = busiestIndustry();
    const office = await tokenFor(Role.PROVINCIAL_OFFICE, { province: own });
    const operator = await tokenFor(Role.BASE_OPERATOR, { baseId: data.bases[0].id, province: own });
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Region { code projectStats { total budgetTotal } }
      ... on Industry { code projectStats { total budgetTotal } } } }`;
    const reps = [...regionReps([own, other]), ...industryReps([industry])];
    const figures = (projects: DemoProject[]) => ({ total: projects.length, budgetTotal: projects.reduce((sum, p) => sum + p.budget, 0) });
    const inRegion = (code: string) => data.projects.filter((p) => p.regionCode === code);
    const inIndustry = data.projects.filter((p) => p.industryCodes.includes(industry));

    const asAdmin = await subgraph.query(query, { reps }, admin);
    expect(asAdmin.data._entities.map((e: { projectStats: unknown }) => e.projectStats)).toEqual([figures(inRegion(own)), figures(inRegion(other)), figures(inIndustry)]);

    const asOffice = await subgraph.query(query, { reps }, office);
    expect(asOffice.errors).toBeUndefined();
    expect(asOffice.data._entities.map((e: { projectStats: unknown }) => e.projectStats)).toEqual([
      figures(inRegion(own)),
      null,
      figures(inIndustry.filter((p) => p.regionCode === own)),
    ]);
    expect(figures(inIndustry.filter((p) => p.regionCode === own)).total).toBeLessThan(inIndustry.length);

    for (const token of [operator, undefined]) {
      subgraph.sql.reset();
      const denied = await subgraph.query(query, { reps }, token);
      expect(denied.errors).toBeUndefined();
      expect(denied.data._entities).toEqual([{ code: own, projectStats: null }, { code: other, projectStats: null }, { code: industry, projectStats: null }]);
      expect(subgraph.sql.count).toBe(0);
    }
  });

  it("resolves unknown codes to null", async () => {
    const result = await subgraph.query(REGION_STATS, { reps: regionReps(["999999"]) }, admin);
    expect(result.data._entities).toEqual([null]);
  });
});
