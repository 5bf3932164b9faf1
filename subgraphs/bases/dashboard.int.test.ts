/**
 * The bases subgraph's dashboard figures (Region.baseStats, Industry.baseStats) on the demo data, checked
 * against figures computed here from generateDemoData(); batching (same statements for 3 and 30 regions)
 * and permissions.
 */
import { generateDemoData } from "../../demo/generate";
import { Role } from "../../platform/auth";
import { REGIONS } from "../../reference/regions";
import { SERIES_YEARS } from "../../reference/statistics";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { endOfChinaDay } from "./calendar";
import { annualSummaryDueOn, DEFAULT_BASES_POLICY } from "./policy";
import { basesSubgraph } from "./schema";

const demo = generateDemoData();
const STATS = `total byLevel { key label count } byStatus { key label count } byCarrierType { key label count } designatedByYear { year count }
  contactPoint { id } annualSummaries { year due submitted onTime late }`;

let subgraph: TestSubgraph;
let admin: string;
beforeAll(async () => {
  subgraph = await startTestSubgraph(basesSubgraph, { demoData: true });
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

type Base = (typeof demo.bases)[number];
const LEVELS = { NATIONAL: "国家级", PROVINCIAL: "省级", MUNICIPAL: "市级" };
const STATUSES = { ACTIVE: "正常运行", RECTIFYING: "限期整改", SUSPENDED: "暂停", REVOKED: "撤销" };
const CARRIERS = { INDUSTRIAL_PARK: "产业园区", PUBLIC_INSTITUTION: "公益性事业单位" };

/** The expected figures, computed record by record. */
function expected(bases: Base[], withRegionParts: boolean, due = DEFAULT_BASES_POLICY.annualSummaryDue) {
  const ids = new Set(bases.map((base) => base.id));
  const count = (labels: Record<string, string>, keyOf: (base: Base) => string) =>
    Object.entries(labels).map(([key, label]) => ({ key, label, count: bases.filter((base) => keyOf(base) === key).length }));
  const summaries = demo.annualSummaries.filter((summary) => ids.has(summary.baseId));
  return {
    total: bases.length,
    byLevel: count(LEVELS, (base) => base.level),
    byStatus: count(STATUSES, (base) => base.status),
    byCarrierType: count(CARRIERS, (base) => base.carrierType),
    designatedByYear: SERIES_YEARS.map((year) => ({ year, count: bases.filter((base) => Number(base.designatedOn.slice(0, 4)) === year).length })),
    contactPoint: withRegionParts ? (bases.find((base) => base.isContactPoint) ? { id: bases.find((base) => base.isContactPoint)!.id } : null) : null,
    annualSummaries: SERIES_YEARS.map((year) => {
      const deadline = endOfChinaDay(annualSummaryDueOn(year, due)).getTime();
      const submitted = summaries.filter((summary) => summary.year === year && summary.submittedAt);
      const onTime = submitted.filter((summary) => new Date(summary.submittedAt!).getTime() < deadline).length;
      return { year, due: bases.filter((base) => Number(base.designatedOn.slice(0, 4)) <= year).length, submitted: submitted.length, onTime, late: submitted.length - onTime };
    }),
  };
}

const regionsByBases = [...new Set(demo.bases.map((base) => base.regionCode))].sort((a, b) => demo.bases.filter((x) => x.regionCode === b).length - demo.bases.filter((x) => x.regionCode === a).length);

describe("figures on the demo data", () => {
  it("match the records for two regions in one request", async () => {
    const [first, second] = regionsByBases;
    const response = await subgraph.query(`query($a: ID!, $b: ID!) { a: region(code: $a) { code name baseStats { ${STATS} } } b: region(code: $b) { code name baseStats { ${STATS} } } }`, { a: first, b: second }, admin);
    expect(response.errors).toBeUndefined();
    for (const [alias, code] of [["a", first], ["b", second]] as const) {
      const result = response.data[alias];
      expect(result.name).toBe(REGIONS.find((region) => region.code === code)!.name);
      expect(result.baseStats).toEqual(expected(demo.bases.filter((base) => base.regionCode === code), true));
      expect(result.baseStats.total).toBeGreaterThan(0);
    }
    expect(response.data.a.baseStats.annualSummaries.some((year: { submitted: number }) => year.submitted > 0)).toBe(true);
  });

  it("match the records for an industry, nationally and within a province", async () => {
    const query = `{ industry(code: "01") { code name baseStats { ${STATS} } } }`;
    const national = await subgraph.query(query, {}, admin);
    expect(national.errors).toBeUndefined();
    expect(national.data.industry.name).toBe("新一代信息技术产业");
    const inIndustry = demo.bases.filter((base) => base.industryCodes.includes("01"));
    expect(national.data.industry.baseStats).toEqual(expected(inIndustry, false));
    expect(national.data.industry.baseStats.total).toBeGreaterThan(0);

    const province = inIndustry[0].regionCode;
    const provincial = await subgraph.query(query, {}, await tokenFor(Role.PROVINCIAL_OFFICE, { province }));
    expect(provincial.data.industry.baseStats).toEqual(expected(inIndustry.filter((base) => base.regionCode === province), false));
  });

  it("lists the 32 regions and the nine industries; an unknown code is null", async () => {
    const response = await subgraph.query(`{ regions { code name } industries { code name } region(code: "999999") { code } industry(code: "99") { code } }`);
    expect(response.data.regions).toHaveLength(32);
    expect(response.data.regions).toEqual(REGIONS.map(({ code, name }) => ({ code, name })));
    expect(response.data.industries).toHaveLength(9);
    expect(response.data.region).toBeNull();
    expect(response.data.industry).toBeNull();
  });

  it("gives the national overview in one request", async () => {
    const response = await subgraph.query(`{ regions { code baseStats { total } } }`, {}, admin);
    expect(response.data.regions.map((region: { code: string; baseStats: { total: number } }) => [region.code, region.baseStats.total])).toEqual(
      REGIONS.map(({ code }) => [code, demo.bases.filter((base) => base.regionCode === code).length]),
    );
  });
});

it("judges on time by the policy's due day", async () => {
  const policy = { ...DEFAULT_BASES_POLICY, annualSummaryDue: "next-02-15" };
  const other = await startTestSubgraph(basesSubgraph, { demoData: true, policy });
  try {
    const code = regionsByBases[0];
    const response = await other.query(`query($c: ID!) { region(code: $c) { baseStats { ${STATS} } } }`, { c: code }, admin);
    const figures = expected(demo.bases.filter((base) => base.regionCode === code), true, policy.annualSummaryDue);
    expect(response.data.region.baseStats).toEqual(figures);
    expect(figures.annualSummaries.some((year) => year.onTime > 0 && year.late > 0)).toBe(true);
  } finally {
    await other.stop();
  }
});

describe("batching", () => {
  const entities = async (codes: string[]) => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code name baseStats { ${STATS} } } } }`;
    subgraph.sql.reset();
    const response = await subgraph.query(query, { r: codes.map((code) => ({ __typename: "Region", code })) }, admin);
    expect(response.errors).toBeUndefined();
    expect(response.data._entities).toHaveLength(codes.length);
    return subgraph.sql.count;
  };

  it("runs the same statements for 3 and for 30 regions, and for 1 and 9 industries", async () => {
    const codes = REGIONS.map((region) => region.code);
    const three = await entities(codes.slice(0, 3));
    const thirty = await entities(codes.slice(0, 30));
    console.log(`bases dashboard SQL statements: 3 regions ${three}, 30 regions ${thirty}`);
    expect(three).toBe(thirty);
    expect(three).toBeLessThanOrEqual(3);

    const industries = async (codes: string[]) => {
      subgraph.sql.reset();
      const response = await subgraph.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Industry { code baseStats { ${STATS} } } } }`, { r: codes.map((code) => ({ __typename: "Industry", code })) }, admin);
      expect(response.errors).toBeUndefined();
      return subgraph.sql.count;
    };
    const one = await industries(["01"]);
    const nine = await industries(["01", "02", "03", "04", "05", "06", "07", "08", "09"]);
    console.log(`bases dashboard SQL statements: 1 industry ${one}, 9 industries ${nine}`);
    expect(one).toBe(nine);
  });
});

describe("permissions", () => {
  const read = async (token: string | undefined) =>
    (await subgraph.query(`query($c: ID!) { region(code: $c) { code baseStats { total contactPoint { id } } } industry(code: "01") { baseStats { total } } }`, { c: regionsByBases[0] }, token)).data;

  it("answers for the national admin and the region's own office", async () => {
    const total = demo.bases.filter((base) => base.regionCode === regionsByBases[0]).length;
    expect((await read(admin)).region.baseStats.total).toBe(total);
    expect((await read(await tokenFor(Role.PROVINCIAL_OFFICE, { province: regionsByBases[0] }))).region.baseStats.total).toBe(total);
  });

  it("is null for another province's office, a base operator and the public", async () => {
    const other = await read(await tokenFor(Role.PROVINCIAL_OFFICE, { province: regionsByBases[1] }));
    expect(other.region).toEqual({ code: regionsByBases[0], baseStats: null });
    for (const token of [await tokenFor(Role.BASE_OPERATOR, { baseId: demo.bases[0].id }), undefined]) {
      const data = await read(token);
      expect(data.region).toEqual({ code: regionsByBases[0], baseStats: null });
      expect(data.industry).toEqual({ baseStats: null });
    }
  });
});
