/**
 * How the embedded engine reads a query: normalised, cut into words with jieba (ordinary mode, the
 * query's own words), consecutive words joined when together they form a synonym-table term (大+模型 →
 * 大模型), each word expanded into its synonyms, and a lone single character (大 数据) kept next to its
 * neighbour instead of matching anywhere. The result compiles to an FTS5 expression: an AND of words,
 * each an OR of its alternatives, the last word prefix-matched while the user is still typing it.
 */
import { isLatinWord, isSingleHan, normalise, wordsOf } from "./chinese";
import type { HighlightTerm } from "./highlight";
import { MAX_QUERY_WORDS } from "./port";
import { synonymsOf, synonymTerms } from "./synonyms";

export interface QueryWord {
  /** Normalised surface text of the word. */
  text: string;
  /** Each alternative as FTS tokens: the word itself first, then its synonyms. */
  alternatives: string[][];
}

export interface AnalysedQuery {
  words: QueryWord[];
  /**
   * The last word may match as a prefix: the query does not end with a space and its last token is a
   * Latin word being typed (h01 → H01L, mrn → mRNA). Chinese words need no prefix: search-mode
   * segmentation already indexed the sub-words of longer words; and a prefix of a lone character or
   * digit (人*, 1*) would merge the doclists of thousands of words.
   */
  prefixLast: boolean;
}

/** Longest synonym term is a handful of jieba words; looking further would only cost time. */
const MAX_TERM_PIECES = 6;

/** Joins runs of words that spell a synonym-table term, longest first, keeping the pieces. */
function joinTerms(words: string[]): { pieces: string[]; synonym: boolean }[] {
  const terms = new Set(synonymTerms());
  const out: { pieces: string[]; synonym: boolean }[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 1;
    let synonym = false;
    for (let n = Math.min(MAX_TERM_PIECES, words.length - i); n >= 1; n--) {
      if (terms.has(words.slice(i, i + n).join(""))) {
        taken = n;
        synonym = true;
        break;
      }
    }
    out.push({ pieces: words.slice(i, i + taken), synonym });
    i += taken;
  }
  return out;
}

/**
 * Groups a chunk's words: a single character alone (大, 云, 车) would match almost every document, so
 * it travels with the next plain word (or, at the end, the previous one) as one phrase.
 */
function groupWords(chunk: string): QueryWord[] {
  const groups: { pieces: string[]; synonym: boolean }[] = [];
  let pending: string[] = [];
  for (const word of joinTerms(wordsOf(chunk))) {
    if (!word.synonym && word.pieces.length === 1 && isSingleHan(word.pieces[0] as string)) {
      pending.push(word.pieces[0] as string);
      continue;
    }
    if (pending.length > 0 && !word.synonym) {
      groups.push({ pieces: [...pending, ...word.pieces], synonym: false });
    } else {
      if (pending.length > 0) groups.push({ pieces: pending, synonym: false });
      groups.push(word);
    }
    pending = [];
  }
  if (pending.length > 0) {
    const last = groups[groups.length - 1];
    if (last && !last.synonym) last.pieces.push(...pending);
    else groups.push({ pieces: pending, synonym: false });
  }
  return groups.map(({ pieces, synonym }) => {
    const text = pieces.join("");
    const alternatives = [pieces];
    if (synonym) for (const other of synonymsOf(text)) alternatives.push(wordsOf(other));
    return { text, alternatives: alternatives.filter((tokens) => tokens.length > 0) };
  });
}

export function analyseQuery(q: string): AnalysedQuery {
  const words = normalise(q).split(/\s+/).filter(Boolean).flatMap(groupWords);
  const kept = words.slice(0, MAX_QUERY_WORDS);
  const lastTokens = kept[kept.length - 1]?.alternatives[0] ?? [];
  const lastToken = lastTokens[lastTokens.length - 1] ?? "";
  const open = /[\p{L}\p{N}]$/u.test(q) && kept.length === words.length;
  return { words: kept, prefixLast: open && isLatinWord(lastToken) && /[a-z]/.test(lastToken) && lastToken.length >= 2 };
}

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;
/** jieba emits a long word's sub-words (集成电路 → 集成, 成电, 电路) before it, so a phrase over long words needs slack. */
const nearSlack = (tokens: string[]) => tokens.reduce((slack, token) => slack + Math.max(0, token.length - 1) * 2, 0);

function alternativeExpression(tokens: string[], prefix: boolean): string {
  if (tokens.length === 1) return quote(tokens[0] as string) + (prefix ? "*" : "");
  if (prefix || tokens.every((token) => token.length <= 2 || isLatinWord(token))) return `"${tokens.map((t) => t.replace(/"/g, '""')).join(" ")}"${prefix ? " *" : ""}`;
  return `NEAR(${tokens.map(quote).join(" ")}, ${nearSlack(tokens)})`;
}

/** FTS5 expression of each of the first `count` words (an OR of its alternatives). */
export function wordExpressions(query: AnalysedQuery, count = query.words.length): string[] {
  return query.words.slice(0, count).map((word, index) => {
    const prefix = query.prefixLast && index === query.words.length - 1;
    const alternatives = word.alternatives.map((tokens, i) => alternativeExpression(tokens, prefix && i === 0));
    return alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(" OR ")})`;
  });
}

/** FTS5 MATCH expression for the first `count` words: all of them. */
export function matchExpression(query: AnalysedQuery, count = query.words.length): string {
  return wordExpressions(query, count).join(" AND ");
}

/** What to mark in the original text: each word and synonym as written, unsegmented. */
export function highlightTerms(query: AnalysedQuery, count = query.words.length): HighlightTerm[] {
  const terms: HighlightTerm[] = [];
  query.words.slice(0, count).forEach((word, index) => {
    const prefix = query.prefixLast && index === query.words.length - 1;
    const texts = new Set([word.text, ...word.alternatives.map((tokens) => tokens.join(""))]);
    for (const text of texts) terms.push({ text, latin: isLatinWord(text), prefix: prefix && text === word.text });
  });
  return terms;
}
