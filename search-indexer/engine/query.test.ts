import { REPORTS } from "./documents";
import { SearchQueryInvalid } from "./port";
import { checkSettings, normaliseFilter, normaliseQuery, topFacetValues } from "./query";

const invalid = (run: () => unknown, field: string) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SearchQueryInvalid);
    expect((error as SearchQueryInvalid).field).toBe(field);
    return;
  }
  throw new Error("expected SearchQueryInvalid");
};

describe("filter normal form", () => {
  it("turns eq into a one-value list and keeps AND of OR-groups", () => {
    expect(normaliseFilter(REPORTS, [{ field: "province", eq: "320000" }, { or: [{ field: "year", gte: 2022 }, { field: "industryCodes", in: ["01", "01", "05"] }] }])).toEqual([
      [{ field: "province", type: "string", values: ["320000"] }],
      [{ field: "year", type: "number", gte: 2022, lte: undefined }, { field: "industryCodes", type: "string[]", values: ["01", "05"] }],
    ]);
  });

  it("drops an empty list from an OR-group, and an empty list that stands alone matches nothing", () => {
    expect(normaliseFilter(REPORTS, [{ or: [{ field: "confidentiality", in: ["PUBLIC"] }, { field: "audienceIndustryCodes", in: [] }] }])).toEqual([[{ field: "confidentiality", type: "string", values: ["PUBLIC"] }]]);
    expect(normaliseFilter(REPORTS, [{ field: "audienceIndustryCodes", in: [] }])).toBeNull();
  });

  it("names the offending part of a bad filter", () => {
    invalid(() => normaliseFilter(REPORTS, [{ field: "sponsor", eq: "x" }]), "filter[0].field");
    invalid(() => normaliseFilter(REPORTS, [{ or: [{ field: "year", eq: "2024" }] }]), "filter[0].or[0].eq");
    invalid(() => normaliseFilter(REPORTS, [{ field: "province", gte: 1 }]), "filter[0]");
    invalid(() => normaliseFilter(REPORTS, [{ field: "year" } as never]), "filter[0]");
  });
});

describe("query bounds", () => {
  it("applies defaults and computes the offset", () => {
    expect(normaliseQuery(REPORTS, { q: "  光伏 ", page: 3, hitsPerPage: 10 })).toMatchObject({ q: "光伏", page: 3, hitsPerPage: 10, offset: 20, sort: "relevance" });
  });

  it("refuses pages, sizes, facets, sorts and highlights outside the index settings", () => {
    invalid(() => normaliseQuery(REPORTS, { hitsPerPage: 51 }), "hitsPerPage");
    invalid(() => normaliseQuery(REPORTS, { page: 0 }), "page");
    invalid(() => normaliseQuery(REPORTS, { page: 1 + REPORTS.maxTotalHits / 20 }), "page");
    invalid(() => normaliseQuery(REPORTS, { facets: ["title"] }), "facets");
    invalid(() => normaliseQuery(REPORTS, { sort: { attribute: "title", order: "desc" } }), "sort");
    invalid(() => normaliseQuery(REPORTS, { highlight: ["province"] }), "highlight");
    invalid(() => normaliseQuery(REPORTS, { q: "专".repeat(201) }), "q");
  });

  it("accepts the shipped index settings and refuses unusable ones", () => {
    expect(() => checkSettings(REPORTS)).not.toThrow();
    invalid(() => checkSettings({ ...REPORTS, sortableAttributes: ["industryCodes"] }), "settings");
    invalid(() => checkSettings({ ...REPORTS, searchableAttributes: ["title; DROP TABLE x"] }), "settings");
  });

  it("keeps the most frequent facet values", () => {
    expect(topFacetValues(new Map([["a", 1], ["b", 5], ["c", 3]]), 2)).toEqual({ b: 5, c: 3 });
  });
});
