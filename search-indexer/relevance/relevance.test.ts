/**
 * The relevance acceptance, held as a test: on the labelled set the embedded engine keeps
 * nDCG@10 ≥ 0.9 and R@10 ≥ 0.9 and no judged query comes back empty. Quality, not timing: the
 * benchmark (bench/search-relevance.ts) prints the per-query figures and latency.
 */
import { readFileSync } from "node:fs";
import { demoReportDocuments } from "../engine/demo-documents";
import { REPORTS } from "../engine/documents";
import { EmbeddedSearchEngine } from "../engine/embedded";
import { buildJudgements, JUDGEMENTS_FILE, QUERY_SPECS, type JudgementFile } from "./build-judgements";
import { evaluate } from "./metrics";

const committed = JSON.parse(readFileSync(JUDGEMENTS_FILE, "utf8")) as JudgementFile;

describe("labelled query set", () => {
  it("is up to date with its generator (run build-judgements.ts after changing data, queries or synonyms)", () => {
    expect(committed).toEqual(buildJudgements());
  });

  it("covers every kind of query the issue names, each with relevant documents", () => {
    expect(committed.queries.length).toBeGreaterThanOrEqual(45);
    const kinds = new Set(QUERY_SPECS.map((spec) => spec.kind));
    expect([...kinds].sort()).toEqual(["ipc", "mixed", "multi-word", "region+industry", "single", "synonym", "traditional", "two-character"]);
    for (const query of committed.queries) expect(query.relevant.length).toBeGreaterThan(0);
  });
});

describe("embedded engine relevance", () => {
  it("meets the acceptance: nDCG@10 ≥ 0.9, R@10 ≥ 0.9, no judged query without hits", async () => {
    const engine = new EmbeddedSearchEngine({ dataDir: "", file: ":memory:" });
    try {
      await engine.ensureIndex("reports", REPORTS);
      await engine.upsert("reports", demoReportDocuments());
      const evaluation = await evaluate(engine, "reports", committed.queries);
      expect(evaluation.zeroHit).toEqual([]);
      expect(evaluation.ndcg).toBeGreaterThanOrEqual(0.9);
      expect(evaluation.recall).toBeGreaterThanOrEqual(0.9);
    } finally {
      await engine.close();
    }
  });
});
