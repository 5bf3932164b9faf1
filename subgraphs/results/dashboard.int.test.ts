import { generateDemoData } from "../../demo/generate";
import { Role } from "../../platform/auth";
import { REGIONS } from "../../reference/regions";
import { SERIES_YEARS } from "../../reference/statistics";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { RESULT_STATUS_LABELS, RESULT_TYPE_LABELS, ResultStatus, ResultType } from "./enums";
import { resultsSubgraph } from "./schema";

let subgraph: TestSubgraph;
let admin: string;
const demo = generateDemoData();

beforeAll(async () => {
  subgraph = await startTestSubgraph(resultsSubgraph, { demoData: true });
  admin = await tokenFor(Role.NATIONAL_ADMIN);
}, 120_000);
afterAll(() => subgraph?.stop());

const STATS = `resultStats {
  total filed inLibrary released
  byType { key label count } byStatus { key label count }
  releasedByYear { year count } filedByYear { year count }
  typicalCases publishedTypicalCases
  topBasesByReleased(first: 3) { base { id } released }
}`;
const entities = (typename: string, codes: string[], token?: string) =>
  subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { code ${STATS} } } }`, { reps: codes.map((code) => ({ __typename: typename, code })) }, token);

type DemoResult = (typeof demo.results)[number];
type DemoCase = (typeof demo.typicalCases)[number];
const FILED = ["IN_LIBRARY", "RELEASED", "WITHDRAWN"];

/** The figures computed independently from the generated demo data. */
function expected(results: DemoResult[], cases: DemoCase[]) {
  const count = <T>(items: T[], pred: (item: T) => boolean) => items.filter(pred).length;
  const released = results.filter((r) => r.status === "RELEASED");
  const perBase = new Map<string, number>();
  for (const r of released) perBase.set(r.baseId, (perBase.get(r.baseId) ?? 0) + 1);
  const top = [...perBase].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).slice(0, 3).map(([id, n]) => ({ base: { id }, released: n }));
  return {
    total: results.length,
    filed: count(results, (r) => FILED.includes(r.status)),
    inLibrary: count(results, (r) => r.status === "IN_LIBRARY"),
    released: released.length,
    byType: Object.values(ResultType).map((key) => ({ key, label: RESULT_TYPE_LABELS[key], count: count(results, (r) => r.type === key) })),
    byStatus: Object.values(ResultStatus).map((key) => ({ key, label: RESULT_STATUS_LABELS[key], count: count(results, (r) => r.status === key) })),
    releasedByYear: SERIES_YEARS.map((year) => ({ year, count: count(released, (r) => !!r.releasedAt && new Date(r.releasedAt).getUTCFullYear() === year) })),
    filedByYear: SERIES_YEARS.map((year) => ({ year, count: count(results, (r) => FILED.includes(r.status) && r.year === year) })),
    typicalCases: cases.length,
    publishedTypicalCases: count(cases, (c) => c.status === "PUBLISHED"),
    topBasesByReleased: top,
  };
}

const inRegion = (code: string) => expected(demo.results.filter((r) => r.regionCode === code), demo.typicalCases.filter((c) => c.regionCode === code));
const busiest = (() => {
  const counts = new Map<string, number>();
  for (const r of demo.results) counts.set(r.regionCode, (counts.get(r.regionCode) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
})();
const [REGION_A, REGION_B] = busiest;
const INDUSTRY = (() => {
  const counts = new Map<string, number>();
  for (const r of demo.results) for (const code of r.industryCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0][0];
})();

describe("Region.resultStats and Industry.resultStats", () => {
  it("equal the figures computed from the demo data for two regions", async () => {
    const answer = await entities("Region", [REGION_A, REGION_B], admin);
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities).toEqual([
      { code: REGION_A, resultStats: inRegion(REGION_A) },
      { code: REGION_B, resultStats: inRegion(REGION_B) },
    ]);
    // the data exercise every figure
    const a = answer.data._entities[0].resultStats;
    expect(a.released).toBeGreaterThan(0);
    expect(a.inLibrary + a.typicalCases + a.publishedTypicalCases).toBeGreaterThan(0);
    expect(a.topBasesByReleased.length).toBeGreaterThan(1);
  });

  it("equal the figures computed from the demo data for an industry, nationwide and within a province", async () => {
    const inIndustry = (r: { industryCodes: string[] }) => r.industryCodes.includes(INDUSTRY);
    const national = await entities("Industry", [INDUSTRY], admin);
    expect(national.errors).toBeUndefined();
    expect(national.data._entities).toEqual([{ code: INDUSTRY, resultStats: expected(demo.results.filter(inIndustry), demo.typicalCases.filter(inIndustry)) }]);
    expect(national.data._entities[0].resultStats.total).toBeGreaterThan(0);

    const office = await tokenFor(Role.PROVINCIAL_OFFICE, { province: REGION_A });
    const provincial = await entities("Industry", [INDUSTRY], office);
    expect(provincial.errors).toBeUndefined();
    const own = (r: { industryCodes: string[]; regionCode: string }) => inIndustry(r) && r.regionCode === REGION_A;
    expect(provincial.data._entities).toEqual([{ code: INDUSTRY, resultStats: expected(demo.results.filter(own), demo.typicalCases.filter(own)) }]);
  });

  it("runs the same number of statements for 3 and for 30 regions, and for 1 and 9 industries", async () => {
    const count = async (typename: string, codes: string[]) => {
      subgraph.sql.reset();
      const answer = await entities(typename, codes, admin);
      expect(answer.errors).toBeUndefined();
      expect(answer.data._entities.every((entity: any) => entity.resultStats)).toBe(true);
      return subgraph.sql.count;
    };
    const codes = REGIONS.map((region) => region.code);
    const three = await count("Region", codes.slice(0, 3));
    const thirty = await count("Region", codes.slice(0, 30));
    expect(thirty).toBe(three);
    expect(three).toBe(5);
    const industries = ["01", "02", "03", "04", "05", "06", "07", "08", "09"];
    expect(await count("Industry", industries)).toBe(await count("Industry", ["01"]));
  });

  it("answers the national admin and the region's own provincial office, null for anyone else", async () => {
    const stats = async (token: string | undefined) => {
      const answer = await subgraph.query(
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { code resultStats { total } } ... on Industry { code resultStats { total } } } }`,
        { reps: [{ __typename: "Region", code: REGION_A }, { __typename: "Industry", code: INDUSTRY }] },
        token,
      );
      expect(answer.errors).toBeUndefined();
      return answer.data._entities.map((entity: any) => entity.resultStats?.total ?? null);
    };
    const regionTotal = inRegion(REGION_A).total;
    const industryTotal = demo.results.filter((r) => r.industryCodes.includes(INDUSTRY)).length;
    const industryInA = demo.results.filter((r) => r.industryCodes.includes(INDUSTRY) && r.regionCode === REGION_A).length;
    const industryInB = demo.results.filter((r) => r.industryCodes.includes(INDUSTRY) && r.regionCode === REGION_B).length;
    expect(await stats(admin)).toEqual([regionTotal, industryTotal]);
    expect(await stats(await tokenFor(Role.PROVINCIAL_OFFICE, { province: REGION_A }))).toEqual([regionTotal, industryInA]);
    // Another province's office: nothing of REGION_A; industry figures of its own province only.
    expect(await stats(await tokenFor(Role.PROVINCIAL_OFFICE, { province: REGION_B }))).toEqual([null, industryInB]);
    expect(await stats(undefined)).toEqual([null, null]);
    const baseId = demo.results.find((r) => r.regionCode === REGION_A)!.baseId;
    expect(await stats(await tokenFor(Role.BASE_OPERATOR, { baseId }))).toEqual([null, null]);
  });

  it("bounds the top-N list to 1–20", async () => {
    const answer = await subgraph.query(`{ _entities(representations: [{ __typename: "Region", code: "${REGION_A}" }]) { ... on Region { resultStats { topBasesByReleased(first: 21) { released } } } } }`, {}, admin);
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
