/**
 * "More like this" for a report, built from what the engine can do on both adapters. The engine ANDs
 * query words, so one query made of a document's keywords would match little besides the document
 * itself; instead each characteristic term is searched on its own among reports sharing an industry
 * or IPC class, and the per-term scores are added up — an OR across terms, rarer terms weighing more.
 */
import { normalise, wordsOf } from "../engine/chinese";
import type { ReportDocument } from "../engine/documents";
import type { FilterOrGroup, SearchHit, SearchResult } from "../engine/port";

/** Terms searched per source document: each is one engine query. */
export const MAX_RELATED_TERMS = 6;
/**
 * Candidates read per term: a few times the list asked for, so that documents found by several terms
 * can overtake, but no more — every candidate is read and cropped for its snippet.
 */
export const candidatesPerTerm = (first: number): number => Math.min(50, first * 2 + 5);

/** Words of any navigation report's title; they say nothing about what a report is about. */
const GENERIC_WORDS = new Set(["专利", "导航", "专利导航", "分析", "报告", "简报", "专报", "成果", "材料", "推广", "产业", "领域", "有限公司", "股份", "研究", "应用"]);

/**
 * The document's keywords, most important first as their authors listed them, minus the generic
 * "…类专利导航" tag every report of a navigation type carries; title words fill in when keywords are few.
 */
export function relatedTerms(document: Pick<ReportDocument, "keywords" | "title">): string[] {
  const terms: string[] = [];
  const add = (term: string) => {
    const clean = term.trim();
    if (clean.length >= 2 && !GENERIC_WORDS.has(clean) && !clean.endsWith("专利导航") && !terms.includes(clean)) terms.push(clean);
  };
  document.keywords.forEach(add);
  if (terms.length < 2) wordsOf(normalise(document.title)).forEach(add);
  return terms.slice(0, MAX_RELATED_TERMS);
}

/** Reports sharing at least one industry or IPC class with the source; null when it has neither. */
export function sharedSubject(document: Pick<ReportDocument, "industryCodes" | "ipcClasses">): FilterOrGroup | null {
  const or = [
    ...(document.industryCodes.length > 0 ? [{ field: "industryCodes", in: document.industryCodes.slice(0, 20) }] : []),
    ...(document.ipcClasses.length > 0 ? [{ field: "ipcClasses", in: document.ipcClasses.slice(0, 50) }] : []),
  ];
  return or.length > 0 ? { or } : null;
}

/**
 * Adds up the term queries' scores per document: each query's scores are scaled to its best hit and
 * weighted by how rare the term is, so a term matching half the corpus counts less than a precise one.
 * A document keeps the hit (highlights, snippet) of the term that contributed most to it. The newest
 * reports on the shared subject fill the list when the terms find too few.
 */
export function mergeRelated(termResults: readonly SearchResult[], fillers: readonly SearchHit[], sourceId: string, first: number): SearchHit[] {
  const merged = new Map<string, { score: number; best: number; hit: SearchHit }>();
  for (const result of termResults) {
    const top = result.hits[0]?.score;
    if (!top || top <= 0) continue;
    const weight = 1 / Math.log2(2 + result.totalHits);
    for (const hit of result.hits) {
      if (hit.id === sourceId) continue;
      const contribution = (weight * hit.score) / top;
      const entry = merged.get(hit.id);
      if (!entry) merged.set(hit.id, { score: contribution, best: contribution, hit });
      else {
        entry.score += contribution;
        if (contribution > entry.best) Object.assign(entry, { best: contribution, hit });
      }
    }
  }
  const ranked = [...merged.values()].sort((a, b) => b.score - a.score || (a.hit.id < b.hit.id ? -1 : 1)).map(({ score, hit }) => ({ ...hit, score }));
  for (const filler of fillers) {
    if (ranked.length >= first) break;
    if (filler.id !== sourceId && !merged.has(filler.id)) ranked.push({ ...filler, score: 0 });
  }
  return ranked.slice(0, first);
}
