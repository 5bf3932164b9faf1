/** Region.expertStats and Industry.expertStats on the demo data: figures, batching and permissions. */
import { generateDemoData } from "../../demo/generate";
import type { DemoData } from "../../demo/records";
import { Role } from "../../platform/auth";
import { INDUSTRIES } from "../../reference/industries";
import { REGIONS } from "../../reference/regions";
import { SERIES_YEARS } from "../../reference/statistics";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { ExpertCategory, ExpertStage, PoolScope } from "./enums";
import { expertsSubgraph } from "./schema";

const STATS = `expertStats { total active byCategory { key label count } byStage { key label count } poolSize { key label count }
  averageRating trainingSessions trainees passedTrainees sessionsByYear { year count } }`;

let subgraph: TestSubgraph;
let data: DemoData;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph, { demoData: true });
  data = generateDemoData();
  admin = await tokenFor(Role.NATIONAL_ADMIN);
}, 120_000);
afterAll(() => subgraph?.stop());

const entities = (typename: "Region" | "Industry", codes: string[], token?: string, selection = STATS) =>
  subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { code ${selection} } } }`, { reps: codes.map((code) => ({ __typename: typename, code })) }, token);

const tally = <T>(keys: readonly string[], items: readonly T[], has: (item: T, key: string) => boolean) =>
  keys.map((key) => ({ key, count: items.filter((item) => has(item, key)).length }));

/** The figures computed independently from the generated records. */
function expected(experts: DemoData["experts"], sessions: DemoData["trainingSessions"]) {
  const rated = experts.filter((expert) => expert.ratingCount > 0);
  const sessionIds = new Set(sessions.map((session) => session.id));
  const enrolments = data.enrollments.filter((enrolment) => sessionIds.has(enrolment.sessionId));
  return {
    total: experts.length,
    active: experts.filter((expert) => expert.status === "ACTIVE").length,
    byCategory: tally(Object.values(ExpertCategory), experts, (expert, key) => expert.categories.includes(key as ExpertCategory)),
    byStage: tally(Object.values(ExpertStage), experts, (expert, key) => expert.stages.includes(key as ExpertStage)),
    poolSize: Object.values(PoolScope).map((scope) => ({ key: scope, count: experts.flatMap((expert) => expert.pools).filter((pool) => pool.scope === scope).length })),
    averageRating: rated.length ? rated.reduce((sum, expert) => sum + expert.rating, 0) / rated.length : null,
    trainingSessions: sessions.length,
    trainees: enrolments.length,
    passedTrainees: enrolments.filter((enrolment) => enrolment.status === "PASSED").length,
    sessionsByYear: SERIES_YEARS.map((year) => ({ year, count: sessions.filter((session) => new Date(session.startsAt).getUTCFullYear() === year).length })),
  };
}

function expectFigures(actual: any, wanted: ReturnType<typeof expected>) {
  const { averageRating, ...rest } = wanted;
  const strip = (counts: { key: string; label: string; count: number }[]) => counts.map(({ key, count }) => ({ key, count }));
  expect({ ...actual, averageRating: undefined, byCategory: strip(actual.byCategory), byStage: strip(actual.byStage), poolSize: strip(actual.poolSize) }).toEqual({ ...rest, averageRating: undefined });
  if (averageRating === null) expect(actual.averageRating).toBeNull();
  else expect(Math.abs(actual.averageRating - averageRating)).toBeLessThan(0.006);
  for (const counts of [actual.byCategory, actual.byStage, actual.poolSize]) for (const { label } of counts) expect(label).toMatch(/[\u4e00-\u9fff]/);
}

/** The regions with the most experts, so the figures are not trivially zero. */
function busiestRegions(count: number): string[] {
  const perRegion = new Map<string, number>();
  for (const expert of data.experts) perRegion.set(expert.regionCode, (perRegion.get(expert.regionCode) ?? 0) + 1);
  return [...perRegion.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([code]) => code);
}

describe("Region.expertStats and Industry.expertStats", () => {
  it("equals the figures computed from the demo records for regions and industries", async () => {
    const regions = [...busiestRegions(2), REGIONS.find((region) => !data.experts.some((expert) => expert.regionCode === region.code))?.code ?? "650000"];
    const response = await entities("Region", regions, admin);
    expect(response.errors).toBeUndefined();
    regions.forEach((code, index) => {
      expect(response.data._entities[index].code).toBe(code);
      expectFigures(response.data._entities[index].expertStats, expected(data.experts.filter((e) => e.regionCode === code), data.trainingSessions.filter((s) => s.regionCode === code)));
    });
    expect(response.data._entities[0].expertStats.trainingSessions + response.data._entities[0].expertStats.total).toBeGreaterThan(0);
    expect(response.data._entities[0].expertStats.byCategory[0]).toMatchObject({ key: "INDUSTRY", label: "产业专家" });

    const industries = ["01", "04", "09"];
    const nationwide = await entities("Industry", industries, admin);
    expect(nationwide.errors).toBeUndefined();
    industries.forEach((code, index) => {
      const figures = nationwide.data._entities[index].expertStats;
      expectFigures(figures, expected(data.experts.filter((e) => e.industryCodes.includes(code)), []));
    });
    expect(nationwide.data._entities[0].expertStats.total).toBeGreaterThan(0);

    // A provincial office: the industry counted within its province only.
    const [province] = busiestRegions(1);
    const office = await entities("Industry", industries, await tokenFor(Role.PROVINCIAL_OFFICE, { province }));
    industries.forEach((code, index) => {
      expectFigures(office.data._entities[index].expertStats, expected(data.experts.filter((e) => e.industryCodes.includes(code) && e.regionCode === province), []));
    });
  });

  it("runs the same number of statements for 3 and for 30 regions, and for 3 and 9 industries", async () => {
    const count = async (typename: "Region" | "Industry", codes: string[]) => {
      subgraph.sql.reset();
      const response = await entities(typename, codes, admin);
      expect(response.errors).toBeUndefined();
      expect(response.data._entities).toHaveLength(codes.length);
      return subgraph.sql.count;
    };
    const codes = REGIONS.map((region) => region.code);
    const few = await count("Region", codes.slice(0, 3));
    const many = await count("Region", codes.slice(0, 30));
    expect({ few, many }).toEqual({ few: 4, many: 4 });
    const industryCodes = INDUSTRIES.map((industry) => industry.code);
    expect({ few: await count("Industry", industryCodes.slice(0, 3)), many: await count("Industry", industryCodes) }).toEqual({ few: 2, many: 2 });
  });

  it("answers the national admin and the region's own provincial office, null for everyone else", async () => {
    const [own, other] = busiestRegions(2);
    const office = await tokenFor(Role.PROVINCIAL_OFFICE, { province: own });
    const callers: [string, string | undefined, boolean, boolean][] = [
      ["national admin", admin, true, true],
      ["own provincial office", office, true, false],
      ["other provincial office", await tokenFor(Role.PROVINCIAL_OFFICE, { province: other }), false, true],
      ["base operator", await tokenFor(Role.BASE_OPERATOR, { baseId: crypto.randomUUID() }), false, false],
      ["expert", await tokenFor(Role.EXPERT, { expertId: data.experts[0].id }), false, false],
      ["public", undefined, false, false],
    ];
    for (const [who, token, seesOwn, seesOther] of callers) {
      const response = await entities("Region", [own, other], token, "expertStats { total }");
      expect({ who, errors: response.errors }).toEqual({ who, errors: undefined });
      expect({ who, stats: response.data._entities.map((region: any) => region.expertStats !== null) }).toEqual({ who, stats: [seesOwn, seesOther] });
    }
    for (const [who, token, allowed] of [
      ["national admin", admin, true],
      ["provincial office", office, true],
      ["base operator", callers[3][1], false],
      ["public", undefined, false],
    ] as [string, string | undefined, boolean][]) {
      const response = await entities("Industry", ["01"], token, "expertStats { total }");
      expect({ who, present: response.data._entities[0].expertStats !== null }).toEqual({ who, present: allowed });
    }
  });
});
