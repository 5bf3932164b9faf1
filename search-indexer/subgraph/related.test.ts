/** The pieces of "more like this": terms, shared subject and merging of term results. */
import type { SearchHit, SearchResult } from "../engine/port";
import { MAX_RELATED_TERMS, mergeRelated, relatedTerms, sharedSubject } from "./related";

const hit = (id: string, score: number): SearchHit => ({ id, score, highlights: {}, snippet: id });
const result = (totalHits: number, ...hits: SearchHit[]): SearchResult => ({ hits, totalHits, page: 1, hitsPerPage: 50, facets: {}, tookMs: 0 });

describe("relatedTerms", () => {
  it("takes the keywords without the navigation-type tag, without repeats, at most six", () => {
    const keywords = ["生物育种", "杂交育种", "企业经营类专利导航", "生物育种", "CRISPR", "a", "甲醇", "乙醇", "丙醇", "丁醇"];
    const terms = relatedTerms({ keywords, title: "杂交育种专利导航分析报告" });
    expect(terms).toEqual(["生物育种", "杂交育种", "CRISPR", "甲醇", "乙醇", "丙醇"]);
    expect(terms).toHaveLength(MAX_RELATED_TERMS);
  });

  it("falls back to the title's characteristic words when keywords are few", () => {
    const terms = relatedTerms({ keywords: [], title: "山东省细胞治疗专利分析简报" });
    expect(terms).toEqual(expect.arrayContaining(["细胞", "治疗"]));
    for (const generic of ["专利", "分析", "简报"]) expect(terms).not.toContain(generic);
  });
});

describe("sharedSubject", () => {
  it("ORs the industries and the IPC classes, and is null without either", () => {
    expect(sharedSubject({ industryCodes: ["01"], ipcClasses: ["H01L"] })).toEqual({
      or: [{ field: "industryCodes", in: ["01"] }, { field: "ipcClasses", in: ["H01L"] }],
    });
    expect(sharedSubject({ industryCodes: [], ipcClasses: ["H01L"] })).toEqual({ or: [{ field: "ipcClasses", in: ["H01L"] }] });
    expect(sharedSubject({ industryCodes: [], ipcClasses: [] })).toBeNull();
  });
});

describe("mergeRelated", () => {
  it("adds up scaled scores across terms, leaves the source out and keeps the best order", () => {
    const merged = mergeRelated([result(2, hit("source", 10), hit("a", 5), hit("b", 4)), result(2, hit("b", 8), hit("c", 2))], [], "source", 10);
    expect(merged.map((h) => h.id)).toEqual(["b", "a", "c"]);
    expect(merged[0]!.score).toBeCloseTo(0.5 * (4 / 10 + 8 / 8));
  });

  it("weighs a rare term above a common one", () => {
    const merged = mergeRelated([result(1000, hit("common", 9)), result(1, hit("rare", 9))], [], "source", 10);
    expect(merged.map((h) => h.id)).toEqual(["rare", "common"]);
  });

  it("keeps the hit of the term that contributed most, for its highlights", () => {
    const weak = { ...hit("a", 1), snippet: "weak" };
    const strong = { ...hit("a", 9), snippet: "strong" };
    expect(mergeRelated([result(5, hit("x", 10), weak), result(5, strong)], [], "source", 10).find((h) => h.id === "a")!.snippet).toBe("strong");
  });

  it("fills up with fillers not already present (score 0) and cuts at first", () => {
    const merged = mergeRelated([result(1, hit("a", 3))], [hit("source", 0), hit("a", 0), hit("f1", 0), hit("f2", 0)], "source", 2);
    expect(merged.map((h) => [h.id, h.score > 0])).toEqual([["a", true], ["f1", false]]);
  });
});
