/**
 * `npm run bench:search`: relevance of the embedded engine on the labelled query set
 * (search-indexer/relevance/queries.json, over the demo report documents), and query latency.
 * Prints P@10, R@10 and nDCG@10 per query and in total, then p50/p99 latency of the same queries
 * asked with facets and highlights. A benchmark: it prints figures and never fails on them.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { EmbeddedSearchEngine } from "../search-indexer/engine/embedded";
import { demoReportDocuments } from "../search-indexer/engine/demo-documents";
import { REPORTS } from "../search-indexer/engine/documents";
import { JUDGEMENTS_FILE, type JudgementFile } from "../search-indexer/relevance/build-judgements";
import { evaluate, K, percentile } from "../search-indexer/relevance/metrics";

const LATENCY_ROUNDS = 5;
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0)));

async function main(): Promise<void> {
  const file = JSON.parse(readFileSync(JUDGEMENTS_FILE, "utf8")) as JudgementFile;
  const dir = mkdtempSync(join(tmpdir(), "search-relevance-"));
  const engine = new EmbeddedSearchEngine({ dataDir: dir });
  try {
    const documents = demoReportDocuments();
    await engine.ensureIndex("reports", REPORTS);
    const started = performance.now();
    await engine.upsert("reports", documents);
    console.log(`embedded engine: ${documents.length} demo report documents indexed in ${fixed(performance.now() - started, 0)} ms; ${file.queries.length} labelled queries`);
    console.log(`relevance rule: ${file.rule}\n`);

    const evaluation = await evaluate(engine, "reports", file.queries);
    console.log(`${pad("id", 5)}${pad("kind", 17)}${pad("query", 22)}${"rel".padStart(4)}${"total".padStart(7)}  P@${K}   R@${K}   nDCG@${K}`);
    for (const score of evaluation.scores) {
      const j = score.judgement;
      console.log(`${pad(j.id, 5)}${pad(j.kind, 17)}${pad(j.query, 22)}${String(j.relevant.length).padStart(4)}${String(score.totalHits).padStart(7)}  ${fixed(score.precision)}  ${fixed(score.recall)}  ${fixed(score.ndcg)}`);
    }

    const facets = REPORTS.facetAttributes;
    const timings: number[] = [];
    for (let round = 0; round <= LATENCY_ROUNDS; round++) {
      for (const query of file.queries) {
        const t0 = performance.now();
        await engine.search("reports", { q: query.query, hitsPerPage: K, facets, highlight: ["title", "abstract"] });
        // Round 0 warms caches and prepared statements; it is not counted.
        if (round > 0) timings.push(performance.now() - t0);
      }
    }

    const judged = evaluation.scores.filter((s) => s.judgement.relevant.length > 0).length;
    console.log(`\ntotal over ${judged} queries with relevant documents:`);
    const ceiling = file.queries.reduce((sum, q) => sum + Math.min(K, q.relevant.length) / K, 0) / Math.max(1, judged);
    console.log(`  P@${K} ${fixed(evaluation.precision, 3)} (the highest attainable is ${fixed(ceiling, 3)}: many queries have fewer than ${K} relevant documents)`);
    console.log(`  R@${K} ${fixed(evaluation.recall, 3)}   nDCG@${K} ${fixed(evaluation.ndcg, 3)}`);
    console.log(`  queries with relevant documents but no hit: ${evaluation.zeroHit.length === 0 ? "none" : evaluation.zeroHit.join(", ")}`);
    console.log(`  latency with ${facets.length} facets + highlights, ${timings.length} searches: p50 ${fixed(percentile(timings, 50))} ms, p99 ${fixed(percentile(timings, 99))} ms`);
    console.log(`  target (issue 4): nDCG@10 ≥ 0.9 ${evaluation.ndcg >= 0.9 ? "met" : "NOT met"}, R@10 ≥ 0.9 ${evaluation.recall >= 0.9 ? "met" : "NOT met"}, zero-hit queries ${evaluation.zeroHit.length === 0 ? "none" : "PRESENT"}`);
    console.log(`  load average while measuring: ${loadavg().map((l) => fixed(l, 1)).join(" / ")} on this machine`);
  } finally {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
