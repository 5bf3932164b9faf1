/**
 * Highlights and snippets on the original text. FTS5's own highlight() needs the indexed text, which
 * here is the segmented form ("集成 电路 集成电路"); users must see the original sentence instead. So
 * matched words are searched in the normalised original (same length as the original whenever no
 * traditional characters were converted) and `<mark>` is placed at the same offsets in the original.
 * Output is HTML-escaped except for the marks, so a client may render it as HTML safely.
 */
import { normalise } from "./chinese";

export interface HighlightTerm {
  /** Normalised text to mark. */
  text: string;
  /** Latin/digit terms only match whole words (ai must not light up inside "said"). */
  latin: boolean;
  /** The last query word may be a prefix of a longer word (h01 → H01L). */
  prefix: boolean;
}

export const MARK_OPEN = "<mark>";
export const MARK_CLOSE = "</mark>";
/** Characters a snippet shows; roughly one sentence of Chinese. */
export const CROP_LENGTH = 80;
const ELLIPSIS = "…";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

const isWordChar = (code: number | undefined) => code !== undefined && ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a));

type Span = [start: number, end: number];

/** Match spans of the terms in normalised text, sorted and merged. */
export function matchSpans(normalised: string, terms: readonly HighlightTerm[]): Span[] {
  const spans: Span[] = [];
  for (const term of terms) {
    if (term.text.length === 0) continue;
    for (let at = normalised.indexOf(term.text); at >= 0; at = normalised.indexOf(term.text, at + 1)) {
      const end = at + term.text.length;
      if (term.latin && (isWordChar(normalised.charCodeAt(at - 1)) || (!term.prefix && isWordChar(normalised.charCodeAt(end))))) continue;
      spans.push([at, end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** The text that is shown: the original, or its normalised form when conversion changed its length. */
function displayed(original: string): { shown: string; normalised: string } {
  const normalised = normalise(original);
  return { shown: normalised.length === original.length ? original : normalised, normalised };
}

function render(shown: string, spans: readonly Span[], from: number, to: number): string {
  let out = "";
  let at = from;
  for (const [start, end] of spans) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    out += escapeHtml(shown.slice(at, s)) + MARK_OPEN + escapeHtml(shown.slice(s, e)) + MARK_CLOSE;
    at = e;
  }
  return out + escapeHtml(shown.slice(at, to));
}

/** The whole text with every match marked. */
export function highlight(original: string, terms: readonly HighlightTerm[]): string {
  const { shown, normalised } = displayed(original);
  return render(shown, matchSpans(normalised, terms), 0, shown.length);
}

/**
 * About CROP_LENGTH characters around the first match, marked, with an ellipsis where the text was cut;
 * null when the text holds no match.
 */
export function crop(original: string, terms: readonly HighlightTerm[], length = CROP_LENGTH): string | null {
  const { shown, normalised } = displayed(original);
  const spans = matchSpans(normalised, terms);
  const first = spans[0];
  if (!first) return null;
  // Start a little before the match, preferably just after a sentence break.
  let from = Math.max(0, first[0] - Math.floor(length / 4));
  const breakAt = Math.max(shown.lastIndexOf("。", first[0] - 1), shown.lastIndexOf("\n", first[0] - 1));
  if (breakAt >= from - length / 2 && breakAt + 1 <= first[0]) from = breakAt + 1;
  const to = Math.min(shown.length, from + length);
  const body = render(shown, spans, from, to).trim();
  return (from > 0 ? ELLIPSIS : "") + body + (to < shown.length ? ELLIPSIS : "");
}

/** The opening of a text, for hits without a match in the crop attributes (e.g. no query). */
export function opening(original: string, length = CROP_LENGTH): string {
  const { shown } = displayed(original);
  return escapeHtml(shown.slice(0, length)) + (shown.length > length ? ELLIPSIS : "");
}
