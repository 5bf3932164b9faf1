/**
 * Composition of Chinese prose from templates: a Scene says what the text is about (industry,
 * topic, place, year, navigation type, named enterprises and partners) and a Composer fills
 * placeholders with varied vocabulary and numbers, then builds sentences, paragraphs and chapters.
 */
import { NAVIGATION_TYPE_LABELS, type NavigationType } from "../reference/navigation-types";
import { COMMON_IPC_SUBCLASSES } from "../reference/ipc";
import { REGIONS } from "../reference/regions";
import type { ChapterRecord } from "./records";
import type { Rng } from "./random";
import { CHAPTER_TEMPLATES, type ChapterKind } from "./templates";
import type { IndustryVocabulary, Topic } from "./vocabulary";

export interface Scene {
  industry: IndustryVocabulary;
  topic: Topic;
  regionCode: string;
  /** Short province name, e.g. 江苏. */
  prov: string;
  /** Full province name, e.g. 江苏省. */
  provFull: string;
  city: string;
  cluster: string;
  /** The base or park the text is written for, e.g. 苏州工业园区. */
  host: string;
  year: number;
  nav: NavigationType;
  applicants: readonly string[];
  partners: readonly string[];
}

const PLACEHOLDER = /\{(\w+)(?::([\d.]+)-([\d.]+))?\}/g;
const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const PROVINCE_NAMES = REGIONS.filter((region) => region.code !== "660000").map((region) => region.name);

export class Composer {
  private readonly peers: readonly string[];

  constructor(private readonly rng: Rng, readonly scene: Scene) {
    this.peers = PROVINCE_NAMES.filter((name) => name !== scene.prov);
  }

  /** Picks from `items`, avoiding values already used in the current sentence where possible. */
  private fresh(items: readonly string[], used: Set<string>, fallback: string): string {
    if (items.length === 0) return fallback;
    let value = this.rng.pick(items);
    for (let attempt = 0; attempt < 6 && used.has(value); attempt++) value = this.rng.pick(items);
    used.add(value);
    return value;
  }

  fill(template: string): string {
    const s = this.scene;
    const used = new Set<string>();
    return template.replace(PLACEHOLDER, (match: string, key: string, from?: string, to?: string): string => {
      const low = Number(from);
      const high = Number(to);
      switch (key) {
        case "t": return this.fresh(s.topic.terms, used, s.topic.name);
        case "l": return this.fresh(s.topic.latin, used, s.topic.name);
        case "e": return this.fresh(s.industry.effects, used, "提升性能");
        case "ipc": return this.fresh(s.topic.ipc, used, "G06F");
        case "ipcx": {
          const code = this.fresh(s.topic.ipc, used, "G06F");
          return `${code}（${COMMON_IPC_SUBCLASSES[code] ?? ""}）`;
        }
        case "up": return this.fresh(s.topic.up, used, "上游材料");
        case "mid": return this.fresh(s.topic.mid, used, "中游制造");
        case "down": return this.fresh(s.topic.down, used, "下游应用");
        case "app": return this.fresh(s.applicants, used, "区内龙头企业");
        case "partner": return this.fresh(s.partners, used, "省内重点高校");
        case "peer": return this.fresh(this.peers, used, "广东");
        case "topic": return s.topic.name;
        case "ind": return s.industry.short;
        case "prov": return s.prov;
        case "provFull": return s.provFull;
        case "city": return s.city;
        case "cluster": return s.cluster;
        case "host": return s.host;
        case "nav": return NAVIGATION_TYPE_LABELS[s.nav];
        case "y": return String(s.year);
        case "yp": return String(s.year - 1);
        case "ys": return String(s.year - this.rng.int(8, 12));
        case "y5": return String(s.year - this.rng.int(4, 6));
        case "yf": return String(s.year + this.rng.int(3, 6));
        case "n": return String(this.rng.int(low, high));
        case "p": return `${this.rng.float(low, high, 1)}%`;
        case "f": return this.rng.float(low, high, 1).toFixed(1);
        default: return match;
      }
    });
  }

  /** One sentence from a random template. */
  sentence(templates: readonly string[]): string {
    return this.fill(this.rng.pick(templates));
  }

  /** `count` sentences from distinct templates (as far as there are templates), joined. */
  paragraph(templates: readonly string[], count: number): string {
    return this.rng.pickSome(templates, count).map((template) => this.fill(template)).join("");
  }

  /** Sentences from a shuffled deck of templates, added while the text stays within maxChars. */
  bounded(opening: string, templates: readonly string[], minChars: number, maxChars: number): string {
    let text = this.fill(opening);
    for (const template of this.rng.shuffle(templates)) {
      if (text.length >= minChars) break;
      const next = this.fill(template);
      if (text.length + next.length <= maxChars) text += next;
    }
    return text;
  }

  /**
   * A chapter of 2–4 paragraphs of at least two sentences each. Templates are dealt from a shuffled
   * deck without repetition, so no sentence pattern appears twice in one chapter.
   */
  chapter(kind: ChapterKind, position: number): ChapterRecord {
    const templates = CHAPTER_TEMPLATES[kind];
    const deck = this.rng.shuffle(templates.sentences);
    const total = Math.min(deck.length, this.rng.int(6, 10));
    const paragraphCount = this.rng.int(2, Math.max(2, Math.min(4, Math.floor(total / 2))));
    const sizes = Array.from({ length: paragraphCount }, () => 2);
    for (let extra = total - paragraphCount * 2; extra > 0; extra--) {
      const index = this.rng.int(0, paragraphCount - 1);
      sizes[index] = (sizes[index] ?? 2) + 1;
    }
    let cursor = 0;
    const paragraphs = sizes.map((size) => {
      const sentences = deck.slice(cursor, cursor + size).map((template) => this.fill(template));
      cursor += size;
      return sentences.join("");
    });
    const numeral = CHINESE_NUMERALS[position] ?? String(position + 1);
    return { title: `${numeral}、${this.fill(this.rng.pick(templates.titles))}`, text: paragraphs.join("\n\n") };
  }

  chapters(kinds: readonly ChapterKind[]): ChapterRecord[] {
    return kinds.map((kind, index) => this.chapter(kind, index));
  }
}

/** The usual chapter sequence of each navigation type (GB/T 39551 parts). */
const CHAPTER_PLANS: Readonly<Record<NavigationType, readonly ChapterKind[]>> = {
  REGIONAL_PLANNING: ["method", "status", "landscape", "positioning", "applicants", "collab", "talent", "layout"],
  INDUSTRIAL_PLANNING: ["method", "status", "landscape", "matrix", "applicants", "collab", "risk", "layout"],
  BUSINESS_OPERATION: ["status", "landscape", "applicants", "matrix", "risk", "business", "layout"],
  RD_ACTIVITY: ["method", "landscape", "roadmap", "matrix", "applicants", "risk", "layout"],
  TALENT_MANAGEMENT: ["status", "landscape", "applicants", "talent", "collab", "layout"],
};

/** Picks 3–6 chapter kinds in the plan's order, always including the patent landscape. */
export function chapterPlan(rng: Rng, nav: NavigationType, lead: ChapterKind | null, min = 3, max = 6): ChapterKind[] {
  const plan = CHAPTER_PLANS[nav].filter((kind) => kind !== lead);
  const wanted = rng.int(min, max) - (lead ? 1 : 0);
  const optional = plan.filter((kind) => kind !== "landscape");
  const chosen = new Set<ChapterKind>(["landscape", ...rng.pickSome(optional, Math.max(0, wanted - 1))]);
  const ordered = plan.filter((kind) => chosen.has(kind));
  return lead ? [lead, ...ordered] : ordered;
}
