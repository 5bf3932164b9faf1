import { REPORTS } from "./documents";
import { checkTask, marked, meiliFilter, meiliSettings, POST_TAG, PRE_TAG, translateError } from "./meili-mapping";
import { SearchEngineUnavailable, SearchIndexMissing, SearchQueryInvalid, SearchWriteFailed } from "./port";
import { normaliseFilter } from "./query";
import type { Task } from "meilisearch" with { "resolution-mode": "import" };

describe("Meilisearch mapping", () => {
  it("configures ranked searchable attributes, facets by count, Chinese locales and the shared synonyms", () => {
    const settings = meiliSettings(REPORTS);
    expect(settings.searchableAttributes?.slice(0, 4)).toEqual(["title", "keywords", "abstract", "chapters"]);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["industryCodes", "confidentiality", "audienceOrganizationIds", "year"]));
    expect(settings.faceting).toEqual({ maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } });
    expect(settings.pagination).toEqual({ maxTotalHits: REPORTS.maxTotalHits });
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: [...REPORTS.searchableAttributes], locales: ["cmn"] }]);
    expect(settings.synonyms?.["光阻"]).toEqual(expect.arrayContaining(["光刻胶"]));
    expect(settings.synonyms?.["光刻胶"]).toEqual(expect.arrayContaining(["光阻"]));
  });

  it("compiles the filter syntax to Meilisearch's array form, quoting values", () => {
    const filter = normaliseFilter(REPORTS, [
      { field: "province", eq: "320000" },
      { or: [{ field: "confidentiality", in: ["PUBLIC", "REGISTERED"] }, { field: "audienceOrganizationIds", eq: 'org "a"\\b' }] },
      { field: "year", gte: 2020, lte: 2023 },
    ]);
    expect(meiliFilter(filter as NonNullable<typeof filter>)).toEqual([
      'province = "320000"',
      ['confidentiality IN ["PUBLIC", "REGISTERED"]', 'audienceOrganizationIds = "org \\"a\\"\\\\b"'],
      "(year >= 2020 AND year <= 2023)",
    ]);
  });

  it("turns tagged text into HTML-safe text with marks", () => {
    expect(marked(`<i>${PRE_TAG}光伏${POST_TAG}</i>`)).toBe("&lt;i&gt;<mark>光伏</mark>&lt;/i&gt;");
    expect(marked(["a", `${PRE_TAG}b${POST_TAG}`])).toBe("a、<mark>b</mark>");
  });

  it("translates client errors into the port's typed errors, keeping the cause", () => {
    const named = (name: string, extra: object = {}) => Object.assign(new Error("boom"), { name }, extra);
    const network = named("MeilisearchRequestError");
    const unavailable = translateError(network);
    expect(unavailable).toBeInstanceOf(SearchEngineUnavailable);
    expect(unavailable.cause).toBe(network);
    expect(translateError(named("MeilisearchApiError", { cause: { code: "index_not_found" }, response: { status: 404 } }), "reports")).toBeInstanceOf(SearchIndexMissing);
    expect(translateError(named("MeilisearchApiError", { cause: { code: "invalid_search_filter" }, response: { status: 400 } }))).toBeInstanceOf(SearchQueryInvalid);
    expect(translateError(named("MeilisearchApiError", { cause: { code: "internal" }, response: { status: 503 } }))).toBeInstanceOf(SearchEngineUnavailable);
    expect(translateError(named("MeilisearchTaskTimeOutError"))).toBeInstanceOf(SearchEngineUnavailable);
  });

  it("treats only succeeded tasks as done", () => {
    const task = (status: string, error: object | null = null) => ({ uid: 7, status, error, indexUid: "reports" }) as unknown as Task;
    expect(() => checkTask(task("succeeded"))).not.toThrow();
    expect(() => checkTask(task("failed", { code: "invalid_document_id", message: "bad id" }))).toThrow(SearchQueryInvalid);
    expect(() => checkTask(task("failed", { code: "index_not_found", message: "gone" }))).toThrow(SearchIndexMissing);
    expect(() => checkTask(task("canceled"))).toThrow(SearchWriteFailed);
  });
});
