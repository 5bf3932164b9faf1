import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { FIXTURES } from "./contract-fixtures";
import { demoReportDocuments } from "./demo-documents";
import { REPORTS, type ReportDocument } from "./documents";
import { EmbeddedSearchEngine } from "./embedded";
import { SearchEngineUnavailable } from "./port";

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "search-embedded-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("embedded engine", () => {
  it("keeps its index across restarts: no re-indexing on start", async () => {
    const dataDir = freshDir();
    const first = new EmbeddedSearchEngine({ dataDir });
    await first.ensureIndex("reports", REPORTS);
    await first.upsert("reports", FIXTURES);
    await first.close();
    const second = new EmbeddedSearchEngine({ dataDir });
    await second.ensureIndex("reports", REPORTS); // same settings: nothing to rebuild
    expect((await second.search("reports", { q: "光伏" })).totalHits).toBe(3);
    await second.close();
  });

  it("shares one file between connections: writes of one are searched, counted and faceted by the other", async () => {
    const dataDir = freshDir();
    const writer = new EmbeddedSearchEngine({ dataDir });
    const reader = new EmbeddedSearchEngine({ dataDir });
    await writer.ensureIndex("reports", REPORTS);
    await writer.upsert("reports", FIXTURES.slice(0, 6));
    const facets = ["industryCodes"];
    expect((await reader.search("reports", { q: "", facets })).facets.industryCodes).toEqual({ "06": 4, "01": 2, "03": 1, "05": 1 });
    await writer.upsert("reports", FIXTURES.slice(6));
    await writer.delete("reports", ["r01", "r02"]);
    await writer.upsert("reports", [{ ...(FIXTURES[2] as ReportDocument), industryCodes: ["07"] }]);
    const after = await reader.search("reports", { q: "", facets });
    expect(after.totalHits).toBe(FIXTURES.length - 2);
    expect(after.facets.industryCodes?.["06"]).toBe(1);
    expect(after.facets.industryCodes?.["07"]).toBe(1);
    await Promise.all([writer.close(), reader.close()]);
  });

  it("swaps in one transaction: a reader that began before the swap sees the old index in full", async () => {
    const dataDir = freshDir();
    const engine = new EmbeddedSearchEngine({ dataDir });
    await engine.ensureIndex("live", REPORTS);
    await engine.ensureIndex("next", REPORTS);
    await engine.upsert("live", FIXTURES.slice(0, 2));
    await engine.upsert("next", FIXTURES.slice(2));
    const raw = new Database(engine.file, { readonly: true });
    const count = () => {
      const { physical } = raw.prepare("SELECT physical FROM search_index WHERE name = 'live'").get() as { physical: string };
      return raw.prepare(`SELECT count(*) FROM "${physical}_docs"`).pluck().get();
    };
    raw.prepare("BEGIN").run();
    expect(count()).toBe(2);
    await engine.swap("live", "next");
    expect(count()).toBe(2); // its snapshot: the old index, complete
    raw.prepare("COMMIT").run();
    expect(count()).toBe(FIXTURES.length - 2);
    raw.close();
    await engine.close();
  });

  it("rebuilds from the stored documents when the settings change", async () => {
    const engine = new EmbeddedSearchEngine({ dataDir: freshDir() });
    await engine.ensureIndex("reports", REPORTS);
    await engine.upsert("reports", FIXTURES);
    await engine.ensureIndex("reports", { ...REPORTS, facetAttributes: [...REPORTS.facetAttributes, "confidentiality"] });
    const result = await engine.search("reports", { q: "光伏", facets: ["confidentiality"] });
    expect(result.totalHits).toBe(3);
    expect(result.facets.confidentiality).toEqual({ PUBLIC: 2, REGISTERED: 1 });
    await engine.close();
  });

  it("indexes a large batch on worker threads exactly as it indexes documents one by one", async () => {
    const demo = demoReportDocuments();
    const documents = [...demo, ...demo.slice(0, 100).map((d) => ({ ...d, id: `${d.id}-copy`, year: d.year - 1 }))];
    const engine = new EmbeddedSearchEngine({ dataDir: freshDir() });
    await engine.ensureIndex("bulk", REPORTS);
    await engine.ensureIndex("single", REPORTS);
    await engine.upsert("bulk", documents);
    for (const document of documents) await engine.upsert("single", [document]);
    for (const q of ["芯片", "固态电池 专利布局", "江苏 集成电路", "光阻", "H01L", "mRNA疫苗", ""]) {
      const query = { q, facets: ["industryCodes", "year"], hitsPerPage: 20 };
      const [bulk, single] = [await engine.search("bulk", query), await engine.search("single", query)];
      expect({ q, total: bulk.totalHits, facets: bulk.facets }).toEqual({ q, total: single.totalHits, facets: single.facets });
      expect(bulk.hits.map((h) => h.id).sort()).toEqual(single.hits.map((h) => h.id).sort());
    }
    await engine.close();
  });

  it("reports an unusable file or a closed engine as unavailable", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, "search.sqlite"), "this is not a database, it is a text file of some length".repeat(100));
    expect(() => new EmbeddedSearchEngine({ dataDir: dir })).toThrow(SearchEngineUnavailable);
    const notADirectory = join(dir, "search.sqlite");
    expect(() => new EmbeddedSearchEngine({ dataDir: notADirectory })).toThrow(SearchEngineUnavailable);
    const engine = new EmbeddedSearchEngine({ dataDir: freshDir() });
    await engine.ensureIndex("reports", REPORTS);
    await engine.close();
    await expect(engine.search("reports", { q: "光伏" })).rejects.toBeInstanceOf(SearchEngineUnavailable);
  });
});
