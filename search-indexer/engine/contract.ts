/**
 * The behaviour every SearchEngine adapter must have, as one Jest suite run against each of them
 * (embedded always, Meilisearch when MEILI_URL is set). Each run works in its own uniquely named
 * indexes and drops them afterwards, so it can share a Meilisearch server with other runs.
 */
import { countsOf, FIXTURES, idsWhere } from "./contract-fixtures";
import { REPORTS, reportVisibility, type ReportDocument } from "./documents";
import { SearchIndexMissing, SearchQueryInvalid, type SearchEngine, type SearchQuery, type SearchResult } from "./port";

const ids = (result: SearchResult) => result.hits.map((hit) => hit.id);
const sorted = (list: readonly string[]) => [...list].sort();
const anonymous = reportVisibility({ signedIn: false });

export function describeSearchEngineContract(name: string, makeEngine: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    const suffix = `${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
    const index = `contract-${suffix}`;
    let engine: SearchEngine;
    const search = (query: SearchQuery) => engine.search(index, { hitsPerPage: 50, ...query });

    beforeAll(async () => {
      engine = await makeEngine();
      await engine.ensureIndex(index, REPORTS);
      await engine.upsert(index, FIXTURES);
      await engine.waitForSync();
    });

    afterAll(async () => {
      for (const name of [index, `${index}-a`, `${index}-b`, `${index}-scratch`]) await engine.dropIndex(name);
      await engine.close();
    });

    it("upserts by id: writing a document twice leaves one, holding the last version", async () => {
      const scratch = `${index}-scratch`;
      await engine.ensureIndex(scratch, REPORTS);
      const first = FIXTURES[0] as ReportDocument;
      await engine.upsert(scratch, [first]);
      await engine.upsert(scratch, [{ ...first, title: "光伏异质结电池专利导航分析报告（修订版）" }]);
      expect(await engine.allIds(scratch)).toEqual([first.id]);
      expect((await engine.get<ReportDocument>(scratch, first.id))?.title).toBe("光伏异质结电池专利导航分析报告（修订版）");
      expect((await engine.search(scratch, { q: "修订版" })).totalHits).toBe(1);
    });

    it("deletes by id, ignoring unknown ids, and a deleted document is found no more", async () => {
      const scratch = `${index}-scratch`;
      await engine.ensureIndex(scratch, REPORTS);
      await engine.upsert(scratch, FIXTURES.slice(0, 3));
      await engine.delete(scratch, ["r02", "no-such-document"]);
      expect(sorted(await engine.allIds(scratch))).toEqual(["r01", "r03"]);
      expect(await engine.get(scratch, "r02")).toBeNull();
      expect(ids(await engine.search(scratch, { q: "钙钛矿" }))).toEqual([]);
    });

    it("counts every match exactly, whatever the page size", async () => {
      const expected = idsWhere((d) => d.keywords.includes("光伏"));
      for (const hitsPerPage of [1, 2, 50]) expect((await search({ q: "光伏", hitsPerPage })).totalHits).toBe(expected.length);
      expect((await search({ q: "" })).totalHits).toBe(FIXTURES.length);
    });

    it.each([
      ["industry (array contains)", { field: "industryCodes", eq: "06" }, (d: ReportDocument) => d.industryCodes.includes("06")],
      ["industry (array intersects)", { field: "industryCodes", in: ["03", "04"] }, (d: ReportDocument) => d.industryCodes.some((c) => ["03", "04"].includes(c))],
      ["navigation type", { field: "navigationType", eq: "RD_ACTIVITY" }, (d: ReportDocument) => d.navigationType === "RD_ACTIVITY"],
      ["result type", { field: "resultType", in: ["BRIEF", "THEMATIC_DATABASE"] }, (d: ReportDocument) => ["BRIEF", "THEMATIC_DATABASE"].includes(d.resultType)],
      ["province", { field: "province", eq: "320000" }, (d: ReportDocument) => d.province === "320000"],
      ["year range", { field: "year", gte: 2022, lte: 2023 }, (d: ReportDocument) => d.year >= 2022 && d.year <= 2023],
      ["year from", { field: "year", gte: 2024 }, (d: ReportDocument) => d.year >= 2024],
      ["release instant range", { field: "releasedAtMs", lte: Date.parse("2023-01-01T00:00:00+08:00") }, (d: ReportDocument) => d.releasedAtMs <= Date.parse("2023-01-01T00:00:00+08:00")],
      ["base level", { field: "baseLevel", in: ["PROVINCIAL", "MUNICIPAL"] }, (d: ReportDocument) => ["PROVINCIAL", "MUNICIPAL"].includes(d.baseLevel)],
      ["base", { field: "baseId", eq: "b-gd" }, (d: ReportDocument) => d.baseId === "b-gd"],
    ] as const)("filters by %s", async (_label, clause, predicate) => {
      const result = await search({ filter: [clause] });
      expect(sorted(ids(result))).toEqual(sorted(idsWhere(predicate)));
      expect(result.totalHits).toBe(idsWhere(predicate).length);
    });

    it("ANDs clauses and ORs groups", async () => {
      const result = await search({ filter: [{ field: "province", eq: "320000" }, { or: [{ field: "year", eq: 2023 }, { field: "resultType", eq: "BRIEF" }] }] });
      expect(sorted(ids(result))).toEqual(sorted(idsWhere((d) => d.province === "320000" && (d.year === 2023 || d.resultType === "BRIEF"))));
      expect((await search({ filter: [{ field: "province", in: [] }] })).totalHits).toBe(0);
    });

    it("never lets invisible reports into hits, totals or facets", async () => {
      const cases = [
        [anonymous, (d: ReportDocument) => d.confidentiality === "PUBLIC"],
        [reportVisibility({ signedIn: true }), (d: ReportDocument) => d.confidentiality !== "TARGETED"],
        [reportVisibility({ signedIn: true, organizationId: "org-a" }), (d: ReportDocument) => d.confidentiality !== "TARGETED" || d.audienceOrganizationIds.includes("org-a")],
        [reportVisibility({ signedIn: true, industryCodes: ["05"] }), (d: ReportDocument) => d.confidentiality !== "TARGETED" || d.audienceIndustryCodes.includes("05")],
      ] as const;
      for (const [visibility, visible] of cases) {
        for (const q of ["", "电池", "光伏", "专利"]) {
          const result = await search({ q, filter: [visibility], facets: ["industryCodes", "province", "resultType"] });
          const everything = await search({ q, facets: ["industryCodes"] });
          const expected = FIXTURES.filter((d) => visible(d) && ids(everything).includes(d.id));
          expect(sorted(ids(result))).toEqual(sorted(expected.map((d) => d.id)));
          expect(result.totalHits).toBe(expected.length);
          expect(result.facets.industryCodes).toEqual(countsOf(expected, "industryCodes"));
          expect(result.facets.province).toEqual(countsOf(expected, "province"));
          expect(result.facets.resultType).toEqual(countsOf(expected, "resultType"));
        }
      }
    });

    it("counts facet values over all matches, not just the page", async () => {
      const result = await search({ q: "", hitsPerPage: 1, facets: ["industryCodes", "navigationType", "resultType", "province", "year", "baseLevel"] });
      for (const facet of ["industryCodes", "navigationType", "resultType", "province", "year", "baseLevel"] as const) {
        expect(result.facets[facet]).toEqual(countsOf(FIXTURES, facet));
      }
      const electric = await search({ q: "电池", hitsPerPage: 1, facets: ["industryCodes"] });
      expect(electric.facets.industryCodes).toEqual(countsOf(FIXTURES.filter((d) => ["r01", "r06", "r07", "r08", "r09"].includes(d.id)), "industryCodes"));
    });

    it("sorts by release date, newest first or oldest first", async () => {
      const newest = await search({ q: "", sort: { attribute: "releasedAtMs", order: "desc" } });
      expect(ids(newest)).toEqual([...FIXTURES].sort((a, b) => b.releasedAtMs - a.releasedAtMs).map((d) => d.id));
      const oldest = await search({ q: "光伏", sort: { attribute: "releasedAtMs", order: "asc" } });
      expect(ids(oldest)).toEqual(FIXTURES.filter((d) => d.keywords.includes("光伏")).sort((a, b) => a.releasedAtMs - b.releasedAtMs).map((d) => d.id));
    });

    it("pages without overlap and refuses pages out of bounds", async () => {
      const all = ids(await search({ q: "", hitsPerPage: 6 }));
      const first = await search({ q: "", hitsPerPage: 3, page: 1 });
      const second = await search({ q: "", hitsPerPage: 3, page: 2 });
      expect([...ids(first), ...ids(second)]).toEqual(all);
      expect(first.totalHits).toBe(second.totalHits);
      expect(ids(await search({ q: "", hitsPerPage: 10, page: 2 }))).toHaveLength(FIXTURES.length - 10);
      for (const bad of [{ hitsPerPage: 51 }, { hitsPerPage: 0 }, { page: 0 }, { page: 1.5 }, { page: 1_000_000 }]) {
        await expect(engine.search(index, { q: "光伏", ...bad })).rejects.toBeInstanceOf(SearchQueryInvalid);
      }
    });

    it("marks matched words in highlights and snippets, escaping the rest", async () => {
      const result = await search({ q: "光伏", highlight: ["title", "keywords"] });
      expect(result.hits.length).toBeGreaterThan(0);
      for (const hit of result.hits) {
        expect(hit.highlights.title).toContain("<mark>光伏</mark>");
        expect(hit.highlights.keywords).toContain("<mark>光伏</mark>");
      }
      const snippet = (await search({ q: "AI芯片" })).hits.find((hit) => hit.id === "r04")?.snippet ?? "";
      expect(snippet).toMatch(/<mark>(AI芯片|AI|芯片)<\/mark>/);
    });

    it("finds two-character words inside longer words (芯片 in 存储芯片, 电池 in 锂电池)", async () => {
      expect(ids(await search({ q: "芯片" }))).toEqual(["r04"]);
      expect(sorted(ids(await search({ q: "电池" })))).toEqual(["r01", "r06", "r07", "r08", "r09"]);
    });

    it("requires every word of a multi-word query", async () => {
      expect(ids(await search({ q: "固态电池 专利布局" }))).toEqual(["r07"]);
      expect(sorted(ids(await search({ q: "固态电池" })))).toEqual(["r07", "r08"]);
    });

    it("reads mixed Latin and Chinese (AI芯片, mRNA疫苗)", async () => {
      expect(ids(await search({ q: "AI芯片" }))).toContain("r04");
      expect(ids(await search({ q: "mRNA疫苗" }))[0]).toBe("r12");
      expect(ids(await search({ q: "ｍＲＮＡ疫苗" }))[0]).toBe("r12");
    });

    it("expands synonyms (光阻 → 光刻胶, SiC → 碳化硅, 大模型 → 大语言模型)", async () => {
      expect(ids(await search({ q: "光阻" }))).toEqual(["r05"]);
      expect(ids(await search({ q: "SiC" }))).toEqual(["r11"]);
      expect(ids(await search({ q: "大模型" }))).toEqual(["r10"]);
    });

    it("reads traditional characters as simplified (固態電池)", async () => {
      expect(sorted(ids(await search({ q: "固態電池" })))).toEqual(["r07", "r08"]);
    });

    it("ranks title matches first", async () => {
      expect(ids(await search({ q: "钠离子电池" }))[0]).toBe("r06");
    });

    it("swaps two indexes atomically: searches during the swap always see one of them in full", async () => {
      const [a, b] = [`${index}-a`, `${index}-b`];
      await engine.ensureIndex(a, REPORTS);
      await engine.ensureIndex(b, REPORTS);
      await engine.upsert(a, FIXTURES.slice(0, 4));
      await engine.upsert(b, FIXTURES.slice(4));
      const during = Array.from({ length: 20 }, () => engine.search(a, { q: "", hitsPerPage: 50 }));
      await Promise.all([engine.swap(a, b), ...during]);
      for (const result of await Promise.all(during)) expect([4, FIXTURES.length - 4]).toContain(result.totalHits);
      expect(sorted(await engine.allIds(a))).toEqual(sorted(FIXTURES.slice(4).map((d) => d.id)));
      expect(sorted(await engine.allIds(b))).toEqual(sorted(FIXTURES.slice(0, 4).map((d) => d.id)));
    });

    it("answers typed errors: missing index, unknown field, bad document id", async () => {
      await expect(engine.search(`${index}-missing`, { q: "光伏" })).rejects.toBeInstanceOf(SearchIndexMissing);
      await expect(search({ filter: [{ field: "sponsor", eq: "x" }] })).rejects.toBeInstanceOf(SearchQueryInvalid);
      await expect(search({ filter: [{ field: "year", eq: "2024" }] })).rejects.toBeInstanceOf(SearchQueryInvalid);
      await expect(engine.upsert(index, [{ ...(FIXTURES[0] as ReportDocument), id: "bad id!" }])).rejects.toBeInstanceOf(SearchQueryInvalid);
    });
  });
}
