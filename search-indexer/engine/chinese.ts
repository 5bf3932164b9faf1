/**
 * Chinese text for search: one normalisation and one segmentation, used for documents and queries
 * alike so that both sides agree on what a word is.
 *
 * - normalise: full-width → half-width, A–Z → a–z, traditional → simplified (opencc-js, Taiwan phrases
 *   included: 積體電路 → 集成电路, 碳化矽 → 碳化硅). It keeps the length of text that has no traditional
 *   characters, which lets highlights computed on normalised text be placed on the original.
 * - segment: jieba in search mode (`cutForSearch`), so a long word also yields its dictionary
 *   sub-words (集成电路 → 集成, 电路, 集成电路) and two-character queries such as 芯片 or 电池 find the
 *   longer words they sit in. Latin/digit runs come out whole (ai, 5g, mrna, sic, h01l); punctuation
 *   and a few function characters (的, 和 …) are dropped. Tokens are what FTS5's unicode61 tokenizer
 *   will see again, so nothing is split twice differently.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";
import * as OpenCC from "opencc-js";

/**
 * HMM off, as Meilisearch's jieba does: words missing from the dictionary fall apart into known words
 * or single characters the same way in documents and queries (a lone character then travels with its
 * neighbour as a phrase, see analyse.ts). The HMM guesses new words from context, which made the same
 * string segment differently in a query and in a sentence, and doubled the cost of indexing; the
 * labelled set scores the same without it.
 */
export const HMM = false;

/** Single characters that carry no meaning for search; dropped on both sides. */
export const STOP_LIST: readonly string[] = ["的", "了", "和", "与", "及", "或", "在", "是", "对", "等", "之", "其", "并", "而", "被", "把", "于", "以", "为", "也", "将"];
const STOP_CHARACTERS = new Set(STOP_LIST);

let jieba: Jieba | undefined;
const segmenter = (): Jieba => (jieba ??= Jieba.withDict(dict));

const toSimplified = OpenCC.Converter({ from: "twp", to: "cn" });
const SIMPLIFIED_TOO = "么著";
let traditional: Set<number> | undefined;

/**
 * Code points of traditional characters: those opencc maps to a different simplified character that
 * maps back to them. Checking for them first spares the (comparatively slow) phrase conversion for the
 * common case of text that is already simplified. The round trip leaves out variants that simplified
 * text uses too (昇 in company names), and the newlines keep opencc's phrase rules from joining
 * neighbouring characters of the probe into words. 么 (什么) and 著 (显著, 著作权) pass the round trip
 * but are everyday simplified characters: they are not evidence of traditional text.
 * Taiwan terms written with simplified-valid characters (碳化矽, 人工智慧) are in the synonym table.
 */
function traditionalCharacters(): Set<number> {
  if (traditional) return traditional;
  const toCn = OpenCC.Converter({ from: "tw", to: "cn" });
  const toTw = OpenCC.Converter({ from: "cn", to: "tw" });
  const probe: string[] = [];
  for (let code = 0x4e00; code <= 0x9fff; code++) probe.push(String.fromCharCode(code));
  const simplified = toCn(probe.join("\n")).split("\n");
  const back = toTw(simplified.join("\n")).split("\n");
  traditional = new Set<number>();
  probe.forEach((character, i) => {
    if (simplified[i] !== character && back[i] === character && !SIMPLIFIED_TOO.includes(character)) traditional?.add(character.charCodeAt(0));
  });
  return traditional;
}

function hasTraditional(text: string): boolean {
  const set = traditionalCharacters();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff && set.has(code)) return true;
  }
  return false;
}

/** Width and case folding only; always keeps the length, so offsets map one to one. */
export function fold(text: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let folded = -1;
    if (code >= 0xff01 && code <= 0xff5e) folded = code - 0xfee0;
    else if (code === 0x3000) folded = 0x20;
    if (folded >= 0x41 && folded <= 0x5a) folded += 0x20;
    else if (folded < 0 && code >= 0x41 && code <= 0x5a) folded = code + 0x20;
    if (folded >= 0) {
      out += text.slice(start, i) + String.fromCharCode(folded);
      start = i + 1;
    }
  }
  return start === 0 ? text : out + text.slice(start);
}

export function normalise(text: string): string {
  const folded = fold(text);
  return hasTraditional(folded) ? toSimplified(folded) : folded;
}

const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
const isAsciiWord = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
const WORD_PARTS = /[\p{L}\p{N}]+/gu;

/** Splits a jieba token the way unicode61 will (pd-1 → pd, 1; 25.3% → 25, 3) and drops stop characters. */
function pushClean(token: string, out: string[]): void {
  let plain = token.length > 0;
  for (let i = 0; i < token.length && plain; i++) {
    const code = token.charCodeAt(i);
    plain = isHan(code) || isAsciiWord(code);
  }
  if (plain) {
    if (!STOP_CHARACTERS.has(token)) out.push(token);
    return;
  }
  for (const part of token.match(WORD_PARTS) ?? []) if (!STOP_CHARACTERS.has(part)) out.push(part);
}

/** Cleans raw jieba tokens into the tokens unicode61 will see. */
function cleanTokens(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of raw) pushClean(token, out);
  return out;
}

/** Index tokens of normalised text: jieba search mode, cleaned. */
export function segmentNormalised(normalised: string): string[] {
  return cleanTokens(segmenter().cutForSearch(normalised, HMM));
}

/** Index tokens of raw text. */
export function segment(text: string): string[] {
  return segmentNormalised(normalise(text));
}

/**
 * The text FTS5 stores for a normalised field: jieba's search-mode tokens, stop characters dropped,
 * separated by spaces. Punctuation and tokens such as "pd-1" are left to the unicode61 tokenizer,
 * which splits them exactly as `cleanTokens` does; segment-pool.ts workers build the same text.
 */
export function ftsText(normalised: string): string {
  return segmenter().cutForSearch(normalised, HMM).filter((token) => !STOP_CHARACTERS.has(token)).join(" ");
}

/** The text FTS5 stores for a raw field. */
export function indexText(text: string): string {
  return ftsText(normalise(text));
}

/** Top-level words of normalised text (jieba's ordinary cut), cleaned: how a query is read. */
export function wordsOf(normalised: string): string[] {
  const out: string[] = [];
  for (const token of segmenter().cut(normalised, HMM)) pushClean(token, out);
  return out;
}

export const isSingleHan = (word: string): boolean => word.length === 1 && isHan(word.charCodeAt(0));
export const isLatinWord = (word: string): boolean => word.length > 0 && [...word].every((c) => isAsciiWord(c.charCodeAt(0)));
