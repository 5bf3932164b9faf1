/** Bad arguments are refused before any search runs, as BAD_USER_INPUT naming the field. */
import { startSearchFixture, type SearchFixture } from "./testing";

let fx: SearchFixture;
beforeAll(async () => {
  fx = await startSearchFixture({ fill: false });
});
afterAll(() => fx?.stop());

const REPORTS = `query($query: String, $filter: ReportSearchFilter, $page: Int, $hitsPerPage: Int) {
  searchReports(query: $query, filter: $filter, page: $page, hitsPerPage: $hitsPerPage) { totalCount }
}`;
const CASES = `query($filter: CaseSearchFilter, $page: Int) { searchCases(filter: $filter, page: $page) { totalCount } }`;
const RELATED = `query($id: ID!, $first: Int) { relatedReports(id: $id, first: $first) { id } }`;

it.each<[string, string, Record<string, unknown>, string]>([
  ["a query over 200 characters", REPORTS, { query: "芯".repeat(201) }, "query"],
  ["an unknown industry code", REPORTS, { filter: { industryCodes: ["99"] } }, "filter.industryCodes"],
  ["an unknown province code", REPORTS, { filter: { provinces: ["999999"] } }, "filter.provinces"],
  ["a malformed base id", REPORTS, { filter: { baseIds: ["base-1"] } }, "filter.baseIds"],
  ["a year out of range", REPORTS, { filter: { yearFrom: 1999 } }, "filter.yearFrom"],
  ["yearFrom after yearTo", REPORTS, { filter: { yearFrom: 2024, yearTo: 2022 } }, "filter.yearTo"],
  ["an unknown enum value", REPORTS, { filter: { resultTypes: ["NOVEL"] } }, "filter.resultTypes"],
  ["page 0", REPORTS, { page: 0 }, "page"],
  ["a page deeper than 10,000 hits", REPORTS, { page: 201, hitsPerPage: 50 }, "page"],
  ["more than 50 hits per page", REPORTS, { hitsPerPage: 51 }, "hitsPerPage"],
  ["0 hits per page", REPORTS, { hitsPerPage: 0 }, "hitsPerPage"],
  ["a case filter with an unknown province", CASES, { filter: { provinces: ["12"] } }, "filter.provinces"],
  ["a case page deeper than 10,000 hits", CASES, { page: 501 }, "page"],
  ["a malformed related id", RELATED, { id: "nope" }, "id"],
  ["more than 20 related reports", RELATED, { id: "37d610b6-bdfa-4748-9d21-87852bdbad58", first: 21 }, "first"],
])("refuses %s", async (_name, query, variables, field) => {
  const response = await fx.query(query, variables);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  expect(response.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  expect(String(response.errors![0]!.extensions!.field)).toContain(field);
});

it("accepts the deepest page allowed", async () => {
  const response = await fx.query(REPORTS, { page: 200, hitsPerPage: 50 });
  expect(response.errors).toBeUndefined();
});
