/** searchCases against a real embedded engine: every published case is visible to everyone. */
import { Role } from "../../platform/auth";
import { tokenFor } from "../../test/support/subgraph";
import type { CaseDocument } from "../engine/documents";
import { startSearchFixture, type SearchFixture } from "./testing";

const SEARCH = `query($query: String, $filter: CaseSearchFilter, $sort: CaseSearchSort, $page: Int, $hitsPerPage: Int) {
  searchCases(query: $query, filter: $filter, sort: $sort, page: $page, hitsPerPage: $hitsPerPage) {
    totalCount page hitsPerPage totalPages
    hits { id score snippet highlights { title findings application } typicalCase { id } }
    facets { industryCode { value label count } navigationType { value label count } province { value label count } year { value label count } baseLevel { value label count } }
  }
}`;

let fx: SearchFixture;

async function search(variables: Record<string, unknown>, token?: string) {
  const response = await fx.query(SEARCH, variables, token);
  expect(response.errors).toBeUndefined();
  return response.data.searchCases;
}

const ids = (answer: { hits: { id: string }[] }) => answer.hits.map((hit) => hit.id).sort();
const expected = (where: (d: CaseDocument) => boolean) => fx.cases.filter(where).map((d) => d.id).sort();

beforeAll(async () => {
  fx = await startSearchFixture();
});
afterAll(() => fx?.stop());

it("lists every published case for anonymous and signed-in callers alike, newest first", async () => {
  const anonymous = await search({ hitsPerPage: 50 });
  expect(anonymous.totalCount).toBe(fx.cases.length);
  expect(ids(anonymous)).toEqual(expected(() => true));
  const published = anonymous.hits.map((hit: { id: string }) => fx.cases.find((d) => d.id === hit.id)!.publishedAtMs);
  expect(published).toEqual([...published].sort((a, b) => b - a));
  const enterprise = await search({ hitsPerPage: 50 }, await tokenFor(Role.ENTERPRISE, { orgId: "6b6b6b6b-1111-4222-8333-444444444444" }));
  expect(ids(enterprise)).toEqual(ids(anonymous));
});

it.each<[string, Record<string, unknown>, (d: CaseDocument) => boolean]>([
  ["navigationTypes", { navigationTypes: ["REGIONAL_PLANNING"] }, (d) => d.navigationType === "REGIONAL_PLANNING"],
  ["provinces", { provinces: ["370000"] }, (d) => d.province === "370000"],
  ["year range", { yearFrom: 2023, yearTo: 2024 }, (d) => d.year >= 2023 && d.year <= 2024],
  ["baseLevels", { baseLevels: ["NATIONAL"] }, (d) => d.baseLevel === "NATIONAL"],
  ["industryCodes", { industryCodes: ["03"] }, (d) => d.industryCodes.includes("03")],
])("filters by %s", async (_name, filter, where) => {
  const answer = await search({ filter, hitsPerPage: 50 });
  expect(answer.totalCount).toBeGreaterThan(0);
  expect(ids(answer)).toEqual(expected(where));
});

it("filters by base", async () => {
  const baseId = fx.cases[0]!.baseId;
  expect(ids(await search({ filter: { baseIds: [baseId] }, hitsPerPage: 50 }))).toEqual(expected((d) => d.baseId === baseId));
});

it("counts facets with labels over every hit", async () => {
  const answer = await search({});
  const byValue = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map((f) => [f.value, f.count]));
  const count = (values: string[]) => values.reduce<Record<string, number>>((m, v) => ((m[v] = (m[v] ?? 0) + 1), m), {});
  expect(byValue(answer.facets.navigationType)).toEqual(count(fx.cases.map((d) => d.navigationType)));
  expect(byValue(answer.facets.year)).toEqual(count(fx.cases.map((d) => String(d.year))));
  expect(byValue(answer.facets.province)).toEqual(count(fx.cases.map((d) => d.province)));
  expect(answer.facets.province.find((f: { value: string }) => f.value === "370000").label).toBe("山东");
  expect(answer.facets.baseLevel.find((f: { value: string }) => f.value === "PROVINCIAL").label).toBe("省级");
});

it("finds cases by text with marked highlights and a snippet, and references the TypicalCase", async () => {
  const answer = await search({ query: "专利" });
  expect(answer.totalCount).toBeGreaterThan(0);
  for (const hit of answer.hits) {
    expect([hit.highlights.title, hit.highlights.findings, hit.highlights.application, hit.snippet].join(" ")).toContain("<mark>");
    expect(hit.typicalCase).toEqual({ id: hit.id });
  }
});

it("PUBLISHED_AT sorts the newest publication first even with query text", async () => {
  const answer = await search({ query: "专利", sort: "PUBLISHED_AT", hitsPerPage: 50 });
  const published = answer.hits.map((hit: { id: string }) => fx.cases.find((d) => d.id === hit.id)!.publishedAtMs);
  expect(published.length).toBeGreaterThan(1);
  expect(published).toEqual([...published].sort((a, b) => b - a));
});

it("pages through the cases", async () => {
  const first = await search({ hitsPerPage: 5 });
  const second = await search({ hitsPerPage: 5, page: 2 });
  expect(first.totalPages).toBe(Math.ceil(fx.cases.length / 5));
  expect(second.page).toBe(2);
  expect(ids(second).some((id: string) => ids(first).includes(id))).toBe(false);
});
