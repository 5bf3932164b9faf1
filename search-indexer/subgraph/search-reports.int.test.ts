/**
 * searchReports against a real embedded engine: visibility per caller (totals and facets included),
 * every filter, facets with labels, sort, pagination bounds and highlights.
 */
import { Role } from "../../platform/auth";
import { industryName } from "../../reference/industries";
import { regionName } from "../../reference/regions";
import { tokenFor } from "../../test/support/subgraph";
import type { ReportDocument } from "../engine/documents";
import { FIXTURE_IDS, SECRET_WORD, startSearchFixture, TARGET_INDUSTRY, TARGET_ORG, type SearchFixture } from "./testing";

const SEARCH = `query($query: String, $filter: ReportSearchFilter, $sort: SearchSort, $page: Int, $hitsPerPage: Int) {
  searchReports(query: $query, filter: $filter, sort: $sort, page: $page, hitsPerPage: $hitsPerPage) {
    totalCount page hitsPerPage totalPages
    hits { id score snippet highlights { title abstract keywords } result { id } }
    facets {
      industryCode { value label count } navigationType { value label count } resultType { value label count }
      province { value label count } year { value label count } baseLevel { value label count }
    }
  }
}`;

type Facet = { value: string; label: string; count: number };
interface Answer {
  totalCount: number;
  page: number;
  hitsPerPage: number;
  totalPages: number;
  hits: { id: string; score: number; snippet: string; highlights: { title: string; abstract: string; keywords: string }; result: { id: string } }[];
  facets: Record<"industryCode" | "navigationType" | "resultType" | "province" | "year" | "baseLevel", Facet[]>;
}

let fx: SearchFixture;
const tokens: Record<string, string | undefined> = { anonymous: undefined };

/** The visibility rules, restated independently of the code under test. */
const SEES: Record<string, (d: ReportDocument) => boolean> = {
  anonymous: (d) => d.confidentiality === "PUBLIC",
  signedIn: (d) => d.confidentiality === "PUBLIC" || d.confidentiality === "REGISTERED",
  targetOrg: (d) => SEES.signedIn(d) || (d.confidentiality === "TARGETED" && d.audienceOrganizationIds.includes(TARGET_ORG)),
  targetIndustry: (d) => SEES.signedIn(d) || (d.confidentiality === "TARGETED" && d.audienceIndustryCodes.includes(TARGET_INDUSTRY)),
  admin: () => true,
};
const CALLERS = Object.keys(SEES);

async function search(variables: Record<string, unknown>, caller = "anonymous"): Promise<Answer> {
  const response = await fx.query<{ searchReports: Answer }>(SEARCH, variables, tokens[caller]);
  expect(response.errors).toBeUndefined();
  return response.data!.searchReports;
}

async function allIds(variables: Record<string, unknown>, caller = "anonymous"): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const answer = await search({ ...variables, page, hitsPerPage: 50 }, caller);
    ids.push(...answer.hits.map((hit) => hit.id));
    if (page >= answer.totalPages) return ids;
  }
}

const visible = (caller: string, where: (d: ReportDocument) => boolean = () => true) => fx.reports.filter((d) => SEES[caller]!(d) && where(d));
const sorted = (ids: Iterable<string>) => [...ids].sort();

beforeAll(async () => {
  fx = await startSearchFixture();
  tokens.signedIn = await tokenFor(Role.EXPERT, { expertId: "5a5a5a5a-1111-4222-8333-444444444444" });
  tokens.targetOrg = await tokenFor(Role.ENTERPRISE, { orgId: TARGET_ORG });
  tokens.targetIndustry = await tokenFor(Role.ENTERPRISE, { orgId: "6b6b6b6b-1111-4222-8333-444444444444", industryCodes: [TARGET_INDUSTRY] });
  tokens.admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => fx?.stop());

describe("visibility", () => {
  it.each(CALLERS)("%s: the total and the ids are exactly the visible reports", async (caller) => {
    const answer = await search({}, caller);
    expect(answer.totalCount).toBe(visible(caller).length);
    expect(sorted(await allIds({}, caller))).toEqual(sorted(visible(caller).map((d) => d.id)));
  });

  it("the callers see strictly more in order anonymous < signed in < targeted < admin", () => {
    const counts = CALLERS.map((caller) => visible(caller).length);
    expect(counts[0]).toBeLessThan(counts[1]!);
    expect(counts[1]).toBeLessThan(counts[2]!);
    expect(counts[1]).toBeLessThan(counts[3]!);
    expect(counts[2]).toBeLessThan(counts[4]!);
  });

  it.each(CALLERS)("%s: facet counts are computed over visible reports only", async (caller) => {
    const answer = await search({ query: SECRET_WORD }, caller);
    const expected = visible(caller, (d) => d.keywords.includes(SECRET_WORD));
    expect(answer.totalCount).toBe(expected.length);
    const years = Object.fromEntries(answer.facets.year.map((f) => [f.value, f.count]));
    const wanted: Record<string, number> = {};
    for (const d of expected) wanted[String(d.year)] = (wanted[String(d.year)] ?? 0) + 1;
    expect(years).toEqual(wanted);
    expect(answer.facets.baseLevel.reduce((sum, f) => sum + f.count, 0)).toBe(expected.length);
  });

  it("anonymous: the secret word finds nothing, and no facet betrays the hidden reports", async () => {
    const answer = await search({ query: SECRET_WORD });
    expect(answer).toMatchObject({ totalCount: 0, hits: [], totalPages: 0 });
    for (const facet of Object.values(answer.facets)) expect(facet).toEqual([]);
    const all = await search({});
    expect(all.facets.year.map((f) => f.value)).not.toEqual(expect.arrayContaining(["2013"]));
    expect(all.facets.province.find((f) => f.value === "540000")?.count ?? 0).toBe(visible("anonymous", (d) => d.province === "540000").length);
  });

  it("a RESTRICTED report that slipped into the index is found by no one but the national admin", async () => {
    for (const caller of ["anonymous", "signedIn", "targetOrg", "targetIndustry"]) {
      expect(await allIds({ query: SECRET_WORD }, caller)).not.toContain(FIXTURE_IDS.restricted);
    }
    expect(await allIds({ query: SECRET_WORD }, "admin")).toContain(FIXTURE_IDS.restricted);
  });
});

describe("filters", () => {
  const some = <T>(pick: (d: ReportDocument) => T) => pick(fx.reports[3]!);
  const cases: [string, () => Record<string, unknown>, (d: ReportDocument) => boolean][] = [
    ["industryCodes", () => ({ industryCodes: ["01", "04"] }), (d) => d.industryCodes.some((c) => c === "01" || c === "04")],
    ["navigationTypes", () => ({ navigationTypes: ["REGIONAL_PLANNING"] }), (d) => d.navigationType === "REGIONAL_PLANNING"],
    ["resultTypes", () => ({ resultTypes: ["BRIEF", "INNOVATION_MAP"] }), (d) => d.resultType === "BRIEF" || d.resultType === "INNOVATION_MAP"],
    ["provinces", () => ({ provinces: ["320000", "440000"] }), (d) => d.province === "320000" || d.province === "440000"],
    ["yearFrom/yearTo", () => ({ yearFrom: 2022, yearTo: 2023 }), (d) => d.year >= 2022 && d.year <= 2023],
    ["yearFrom alone", () => ({ yearFrom: 2024 }), (d) => d.year >= 2024],
    ["baseLevels", () => ({ baseLevels: ["MUNICIPAL"] }), (d) => d.baseLevel === "MUNICIPAL"],
    ["baseIds", () => ({ baseIds: [some((d) => d.baseId)] }), (d) => d.baseId === some((x) => x.baseId)],
    ["all at once", () => ({ industryCodes: ["04"], baseLevels: ["NATIONAL", "PROVINCIAL"], yearFrom: 2021 }), (d) => d.industryCodes.includes("04") && d.baseLevel !== "MUNICIPAL" && d.year >= 2021],
  ];

  it.each(cases)("%s: exactly the visible reports that match", async (_name, filter, where) => {
    for (const caller of ["anonymous", "targetOrg"]) {
      const expected = visible(caller, where).map((d) => d.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(sorted(await allIds({ filter: filter() }, caller))).toEqual(sorted(expected));
    }
  });

  it("filters combine with the query text", async () => {
    const answer = await search({ query: "芯片", filter: { provinces: ["320000"] } });
    expect(answer.totalCount).toBeGreaterThan(0);
    expect(answer.facets.province).toEqual([{ value: "320000", label: "江苏", count: answer.totalCount }]);
    expect(answer.totalCount).toBeLessThan((await search({ query: "芯片" })).totalCount);
  });
});

describe("facets", () => {
  it("count every visible hit per value, most frequent first, with Chinese labels", async () => {
    const answer = await search({});
    const shown = visible("anonymous");
    const count = (values: string[]) => values.reduce<Record<string, number>>((m, v) => ((m[v] = (m[v] ?? 0) + 1), m), {});
    const asMap = (facet: Facet[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]));
    expect(asMap(answer.facets.province)).toEqual(count(shown.map((d) => d.province)));
    expect(asMap(answer.facets.industryCode)).toEqual(count(shown.flatMap((d) => d.industryCodes)));
    expect(asMap(answer.facets.resultType)).toEqual(count(shown.map((d) => d.resultType)));
    expect(asMap(answer.facets.navigationType)).toEqual(count(shown.map((d) => d.navigationType)));
    expect(asMap(answer.facets.baseLevel)).toEqual(count(shown.map((d) => d.baseLevel)));
    expect(asMap(answer.facets.year)).toEqual(count(shown.map((d) => String(d.year))));
    for (const facet of Object.values(answer.facets)) {
      expect(facet.map((f) => f.count)).toEqual([...facet.map((f) => f.count)].sort((a, b) => b - a));
    }
    for (const f of answer.facets.province) expect(f.label).toBe(regionName(f.value));
    for (const f of answer.facets.industryCode) expect(f.label).toBe(industryName(f.value));
    const label = (facet: Facet[], value: string) => facet.find((f) => f.value === value)?.label;
    expect(label(answer.facets.navigationType, "REGIONAL_PLANNING")).toBe("区域规划类");
    expect(label(answer.facets.resultType, "ANALYSIS_REPORT")).toBe("分析报告");
    expect(label(answer.facets.baseLevel, "NATIONAL")).toBe("国家级");
    expect(label(answer.facets.year, "2024")).toBe("2024年");
  });

  it("are not computed when not selected", async () => {
    const response = await fx.query(`{ searchReports(query: "芯片") { totalCount } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.searchReports.totalCount).toBeGreaterThan(0);
  });
});

describe("sort", () => {
  const releasedAt = (id: string) => fx.reports.find((d) => d.id === id)!.releasedAtMs;
  const nonIncreasing = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1]! >= v);

  it("RELEASED_AT lists the newest release first, across pages", async () => {
    const ids = await allIds({ query: "芯片", sort: "RELEASED_AT" });
    expect(ids.length).toBeGreaterThan(20);
    expect(nonIncreasing(ids.map(releasedAt))).toBe(true);
  });

  it("RELEVANCE orders by score; without query text it lists the newest first", async () => {
    const answer = await search({ query: "芯片", hitsPerPage: 50 });
    expect(nonIncreasing(answer.hits.map((h) => h.score))).toBe(true);
    expect(answer.hits[0]!.score).toBeGreaterThan(answer.hits.at(-1)!.score);
    expect(nonIncreasing((await allIds({})).map(releasedAt))).toBe(true);
  });
});

describe("pagination", () => {
  it("pages are disjoint and together hold every hit once", async () => {
    const first = await search({ query: "芯片", hitsPerPage: 7 });
    expect(first.totalPages).toBe(Math.ceil(first.totalCount / 7));
    const ids: string[] = [];
    for (let page = 1; page <= first.totalPages; page++) {
      const answer = await search({ query: "芯片", hitsPerPage: 7, page });
      expect(answer).toMatchObject({ page, hitsPerPage: 7, totalCount: first.totalCount });
      ids.push(...answer.hits.map((h) => h.id));
    }
    expect(new Set(ids).size).toBe(first.totalCount);
    expect(ids).toHaveLength(first.totalCount);
  });

  it("a page past the last one is empty but keeps the total", async () => {
    const answer = await search({ query: "芯片", page: 100, hitsPerPage: 50 });
    expect(answer.hits).toEqual([]);
    expect(answer.totalCount).toBeGreaterThan(0);
  });

  it("defaults to page 1 of 20 hits", async () => {
    const answer = await search({});
    expect(answer).toMatchObject({ page: 1, hitsPerPage: 20 });
    expect(answer.hits).toHaveLength(20);
  });
});

describe("hits", () => {
  it("mark the matched words in highlights and snippet, and reference the Result", async () => {
    const answer = await search({ query: "芯片" });
    for (const hit of answer.hits) {
      const marked = [hit.highlights.title, hit.highlights.abstract, hit.highlights.keywords, hit.snippet].join(" ");
      expect(marked).toContain("<mark>芯片</mark>");
      expect(hit.result).toEqual({ id: hit.id });
    }
    expect(answer.hits.some((hit) => hit.snippet.includes("<mark>"))).toBe(true);
  });

  it("escape the documents' own HTML", async () => {
    const answer = await search({ query: SECRET_WORD, filter: { yearFrom: 2015, yearTo: 2015 } }, "signedIn");
    expect(answer.hits).toHaveLength(1);
    expect(answer.hits[0]!.highlights.title).toBe(`&lt;script&gt;alert(1)&lt;/script&gt; <mark>${SECRET_WORD}</mark> 注册用户报告`);
  });

  it("find synonyms and traditional characters through the engine's analysis", async () => {
    const synonym = await search({ query: "光阻" });
    expect(synonym.totalCount).toBe((await search({ query: "光刻胶" })).totalCount);
    expect(synonym.totalCount).toBeGreaterThan(0);
    expect((await search({ query: "晶片" })).totalCount).toBeGreaterThan(0);
    expect((await search({ query: "芯片" })).totalCount).toBe((await search({ query: "晶片" })).totalCount);
  });
});
