import { generateDemoData } from "../../demo/generate";
import { caseDocument, demoCaseDocuments, demoExpertDocuments, demoReportDocuments, reportDocument } from "./demo-documents";
import { CASES, CHAPTERS_MAX_CHARS, EXPERTS, isIndexable, REPORTS, reportVisibility } from "./documents";
import { EmbeddedSearchEngine } from "./embedded";
import { checkSettings } from "./query";

const data = generateDemoData();

describe("report documents", () => {
  const documents = demoReportDocuments(data);

  it("index exactly the released, non-RESTRICTED results", () => {
    const expected = data.results.filter((r) => r.status === "RELEASED" && r.confidentiality !== "RESTRICTED").map((r) => r.id);
    expect(documents.map((d) => d.id).sort()).toEqual(expected.sort());
    expect(documents.some((d) => (d.confidentiality as string) === "RESTRICTED")).toBe(false);
    expect(isIndexable({ id: "x", status: "RELEASED", confidentiality: "RESTRICTED", releasedAt: "2024-01-01T00:00:00+08:00" })).toBe(false);
    expect(isIndexable({ id: "x", status: "WITHDRAWN", confidentiality: "PUBLIC", releasedAt: "2024-01-01T00:00:00+08:00" })).toBe(false);
    expect(() => reportDocument(data.results.find((r) => r.status === "DRAFT")!, data.projects[0]!, data.bases[0]!)).toThrow(/not indexable/);
  });

  it("carry their project's navigation type and their base's name, level and province", () => {
    for (const document of documents.slice(0, 30)) {
      const result = data.results.find((r) => r.id === document.id)!;
      const project = data.projects.find((p) => p.id === result.projectId)!;
      const base = data.bases.find((b) => b.id === project.baseId)!;
      expect(document).toMatchObject({ navigationType: project.navigationType, baseId: base.id, baseName: base.name, baseLevel: base.level, province: base.regionCode, projectId: project.id });
      expect(document.provinceName.length).toBeGreaterThan(1);
      expect(document.industryNames.every((name) => name.endsWith("产业"))).toBe(true);
      expect(document.releasedAtMs).toBe(Date.parse(result.releasedAt!));
      expect(document.chapters.length).toBeLessThanOrEqual(CHAPTERS_MAX_CHARS);
    }
  });

  it("carry audiences only when TARGETED, so an audience match always means a targeted report", () => {
    for (const document of documents) {
      if (document.confidentiality !== "TARGETED") expect([...document.audienceOrganizationIds, ...document.audienceIndustryCodes]).toEqual([]);
    }
    expect(documents.some((d) => d.confidentiality === "TARGETED" && d.audienceIndustryCodes.length > 0)).toBe(true);
  });
});

describe("visibility filter", () => {
  it("admits PUBLIC to everyone, REGISTERED to the signed-in, TARGETED to the audience", () => {
    expect(reportVisibility({ signedIn: false })).toEqual({ or: [{ field: "confidentiality", in: ["PUBLIC"] }] });
    expect(reportVisibility({ signedIn: true, organizationId: "o1", industryCodes: ["05"] })).toEqual({
      or: [
        { field: "confidentiality", in: ["PUBLIC", "REGISTERED"] },
        { field: "audienceOrganizationIds", eq: "o1" },
        { field: "audienceIndustryCodes", in: ["05"] },
      ],
    });
    // An anonymous caller's claimed organisation is ignored.
    expect(reportVisibility({ signedIn: false, organizationId: "o1" }).or).toHaveLength(1);
  });
});

describe("index definitions", () => {
  it.each([["reports", REPORTS], ["cases", CASES], ["experts", EXPERTS]] as const)("%s settings are usable", (_name, settings) => {
    expect(() => checkSettings(settings)).not.toThrow();
  });

  it("take the demo cases and experts, searchable and faceted", async () => {
    const engine = new EmbeddedSearchEngine({ dataDir: "", file: ":memory:" });
    try {
      await engine.ensureIndex("cases", CASES);
      await engine.ensureIndex("experts", EXPERTS);
      const cases = demoCaseDocuments(data);
      expect(cases.length).toBe(data.typicalCases.filter((c) => c.status === "PUBLISHED").length);
      expect(caseDocument(data.typicalCases.find((c) => c.status === "PUBLISHED")!, data.bases[0]!).publishedAtMs).toBeGreaterThan(0);
      await engine.upsert("cases", cases);
      await engine.upsert("experts", demoExpertDocuments(data));
      const found = await engine.search("cases", { q: "专利导航", facets: ["industryCodes", "province"] });
      expect(found.totalHits).toBeGreaterThan(0);
      expect(Object.keys(found.facets.province ?? {}).length).toBeGreaterThan(0);
      const experts = await engine.search("experts", { q: "细胞治疗", filter: [{ field: "status", eq: "ACTIVE" }], highlight: ["expertise"] });
      expect(experts.hits.every((hit) => hit.highlights.expertise?.includes("<mark>"))).toBe(true);
    } finally {
      await engine.close();
    }
  });
});
