/**
 * Ranking metrics for the labelled query set, with binary relevance.
 * - P@k: relevant hits among the first k, divided by k (a query with 3 relevant documents tops out at 0.3).
 * - R@k: relevant hits among the first k, divided by min(k, number relevant): a page of k can hold at most
 *   k of them, so a query with 20 relevant documents still reaches 1 when its first page is all relevant.
 * - nDCG@k: DCG of the ranking over the DCG of an ideal one (all relevant first), gains 1/log2(rank + 1).
 */
import type { SearchEngine, SearchQuery } from "../engine/port";
import type { Judgement } from "./build-judgements";

export const K = 10;

export function precisionAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / k;
}

export function recallAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 1;
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / Math.min(k, relevant.size);
}

export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  if (relevant.size === 0) return 1;
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return dcg / ideal;
}

/** Nearest-rank percentile of a list of numbers (p in 0–100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export interface QueryScore {
  judgement: Judgement;
  ranked: string[];
  totalHits: number;
  precision: number;
  recall: number;
  ndcg: number;
}

export interface Evaluation {
  scores: QueryScore[];
  precision: number;
  recall: number;
  ndcg: number;
  /** Queries with relevant documents that returned no hit at all. */
  zeroHit: string[];
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);

/** Runs every judged query once (top K, relevance order) and scores the rankings. */
export async function evaluate(engine: SearchEngine, index: string, judgements: readonly Judgement[], extra: Omit<SearchQuery, "q"> = {}): Promise<Evaluation> {
  const scores: QueryScore[] = [];
  for (const judgement of judgements) {
    const result = await engine.search(index, { ...extra, q: judgement.query, hitsPerPage: K });
    const ranked = result.hits.map((hit) => hit.id);
    const relevant = new Set(judgement.relevant);
    scores.push({
      judgement, ranked, totalHits: result.totalHits,
      precision: precisionAt(K, ranked, relevant), recall: recallAt(K, ranked, relevant), ndcg: ndcgAt(K, ranked, relevant),
    });
  }
  const judged = scores.filter((score) => score.judgement.relevant.length > 0);
  return {
    scores,
    precision: mean(judged.map((s) => s.precision)),
    recall: mean(judged.map((s) => s.recall)),
    ndcg: mean(judged.map((s) => s.ndcg)),
    zeroHit: judged.filter((s) => s.totalHits === 0).map((s) => s.judgement.query),
  };
}
