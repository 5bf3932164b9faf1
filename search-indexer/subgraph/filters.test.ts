/** Search arguments → engine filters, and engine facet counts → labelled, ordered values. */
import { caseFilter, labelFacets, REPORT_FACETS, reportFilter } from "./filters";

it("turns each given filter into one clause and omits the rest", () => {
  expect(reportFilter(null)).toEqual([]);
  expect(reportFilter({ industryCodes: [], provinces: null })).toEqual([]);
  expect(
    reportFilter({ industryCodes: ["01", "01"], navigationTypes: ["RD_ACTIVITY"], provinces: ["320000"], yearFrom: 2022, baseLevels: ["NATIONAL"], baseIds: ["b"], resultTypes: ["BRIEF"] }),
  ).toEqual([
    { field: "industryCodes", in: ["01"] },
    { field: "navigationType", in: ["RD_ACTIVITY"] },
    { field: "province", in: ["320000"] },
    { field: "year", gte: 2022, lte: undefined },
    { field: "baseLevel", in: ["NATIONAL"] },
    { field: "baseId", in: ["b"] },
    { field: "resultType", in: ["BRIEF"] },
  ]);
  expect(caseFilter({ yearTo: 2023 })).toEqual([{ field: "year", gte: undefined, lte: 2023 }]);
});

it("refuses a year range that ends before it starts, naming filter.yearTo", () => {
  expect(() => caseFilter({ yearFrom: 2024, yearTo: 2023 })).toThrow(expect.objectContaining({ code: "BAD_USER_INPUT", extensions: expect.objectContaining({ field: "filter.yearTo" }) }));
});

it("labels facet values and orders them most frequent first, ties by value", () => {
  const facets = labelFacets(REPORT_FACETS, {
    year: { "2021": 1, "2024": 5, "2023": 5 },
    province: { "110000": 2, "320000": 7 },
    industryCodes: { "01": 3 },
    navigationType: { RD_ACTIVITY: 1 },
    resultType: { ANALYSIS_REPORT: 4 },
    baseLevel: { MUNICIPAL: 1, NATIONAL: 2 },
  });
  expect(facets.year).toEqual([
    { value: "2023", label: "2023年", count: 5 },
    { value: "2024", label: "2024年", count: 5 },
    { value: "2021", label: "2021年", count: 1 },
  ]);
  expect(facets.province).toEqual([
    { value: "320000", label: "江苏", count: 7 },
    { value: "110000", label: "北京", count: 2 },
  ]);
  expect(facets.industryCode).toEqual([{ value: "01", label: "新一代信息技术产业", count: 3 }]);
  expect(facets.navigationType[0]!.label).toBe("研发活动类");
  expect(facets.resultType[0]!.label).toBe("分析报告");
  expect(facets.baseLevel.map((f) => f.label)).toEqual(["国家级", "市级"]);
});
