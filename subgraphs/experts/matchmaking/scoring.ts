/** Pure parts of matching: conflict rules, score components, the seeded draw. No database, no GraphQL. */
import { ConflictType } from "../enums";
import type { ConflictDeclaration } from "../experts/conflict-declaration.entity";
import type { Expert } from "../experts/expert.entity";
import type { DrawExclusion, DrawRequest, ScoreComponents } from "./draw-record.entity";

/** Weights of the score components; they sum to 1 so a score stays within 0–1. */
export const WEIGHTS: Readonly<ScoreComponents> = Object.freeze({
  industry: 0.25,
  ipc: 0.2,
  navigationType: 0.1,
  region: 0.1,
  experience: 0.1,
  rating: 0.1,
  text: 0.15,
});
export const EXPERIENCE_CAP_YEARS = 30;
export const MAX_RATING = 5;
/** Employment, board seats and shareholdings count when they overlap the three years before the window. */
export const RELATION_LOOKBACK_YEARS = 3;

const PERIOD_RELATIONS = [ConflictType.EMPLOYMENT, ConflictType.BOARD_SEAT, ConflictType.SHAREHOLDING];
const STANDING_RELATIONS = [ConflictType.KINSHIP, ConflictType.DISPUTE, ConflictType.SAME_ORGANIZATION];

/** The organisations whose ties disqualify an expert, each with the role it plays in the request. */
export function requestOrganizations(request: DrawRequest): Map<string, string> {
  const organizations = new Map<string, string>();
  if (request.hostOrganizationId) organizations.set(request.hostOrganizationId, "the requesting base's host");
  for (const id of request.serviceOrganizationIds) organizations.set(id, "a service organisation");
  organizations.set(request.sponsorOrganizationId, "the sponsor");
  return organizations;
}

function yearsBefore(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, "0")}${date.slice(4)}`;
}

/** Every conflict-of-interest reason excluding `expert` from `request`; empty when the expert qualifies. */
export function conflictsOf(expert: Expert, declarations: ConflictDeclaration[], request: DrawRequest): DrawExclusion[] {
  const organizations = requestOrganizations(request);
  const reasons: DrawExclusion[] = [];
  const exclude = (reason: ConflictType, detail: string) => reasons.push({ expertId: expert.id, reason, detail });
  if (expert.employerOrganizationId && organizations.has(expert.employerOrganizationId)) {
    exclude(ConflictType.SAME_ORGANIZATION, `employed by ${organizations.get(expert.employerOrganizationId)} (${expert.employer})`);
  }
  const lookbackFrom = yearsBefore(request.windowFrom, RELATION_LOOKBACK_YEARS);
  for (const declaration of declarations) {
    const role = declaration.organizationId ? organizations.get(declaration.organizationId) : undefined;
    const period = `${declaration.since}–${declaration.until ?? "now"}`;
    if (PERIOD_RELATIONS.includes(declaration.type) && role) {
      const overlaps = declaration.since <= request.windowTo && (declaration.until === null || declaration.until >= lookbackFrom);
      if (overlaps) exclude(declaration.type, `${declaration.type} with ${role} ${declaration.organizationName}, ${period}`);
    } else if (STANDING_RELATIONS.includes(declaration.type) && role) {
      exclude(declaration.type, `${declaration.type} with ${role} ${declaration.organizationName}`);
    } else if (declaration.type === ConflictType.PRIOR_CONSULTING && declaration.projectId === request.projectId) {
      exclude(declaration.type, `prior consulting on this project for ${declaration.organizationName}, ${period}`);
    }
  }
  return reasons;
}

const CJK = /[\u3400-\u9fff]/;

/** Words of Latin text, character pairs of Chinese text (single characters where a run has one). */
export function tokens(text: string): Set<string> {
  const result = new Set<string>();
  for (const run of text.toLowerCase().match(/[\u3400-\u9fff]+|[a-z0-9]+/g) ?? []) {
    if (!CJK.test(run)) result.add(run);
    else if (run.length === 1) result.add(run);
    else for (let i = 0; i + 1 < run.length; i++) result.add(run.slice(i, i + 2));
  }
  return result;
}

const ipcSubclass = (symbol: string) => symbol.replace(/\s+/g, "").slice(0, 4).toUpperCase();
const share = (hits: number, total: number) => (total === 0 ? 0 : hits / total);
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function scoreComponents(expert: Expert, request: DrawRequest): ScoreComponents {
  const subclasses = new Set(expert.ipcClasses.map(ipcSubclass));
  const needTokens = tokens(request.need);
  const expertiseTokens = tokens(expert.expertise);
  return {
    industry: round(share(request.industryCodes.filter((code) => expert.industryCodes.includes(code)).length, request.industryCodes.length)),
    ipc: round(share(request.ipcClasses.filter((symbol) => subclasses.has(ipcSubclass(symbol))).length, request.ipcClasses.length)),
    navigationType: request.navigationType && expert.navigationTypes.includes(request.navigationType) ? 1 : 0,
    region: expert.serviceRegionCodes.includes(request.regionCode) ? 1 : 0,
    experience: round(Math.min(expert.yearsOfExperience, EXPERIENCE_CAP_YEARS) / EXPERIENCE_CAP_YEARS),
    rating: round(Math.min(Math.max(expert.rating, 0), MAX_RATING) / MAX_RATING),
    text: round(share([...needTokens].filter((token) => expertiseTokens.has(token)).length, needTokens.size)),
  };
}

export function weightedScore(components: ScoreComponents): number {
  return round((Object.keys(WEIGHTS) as (keyof ScoreComponents)[]).reduce((sum, key) => sum + WEIGHTS[key] * components[key], 0));
}

/** mulberry32: a small, well-known 32-bit PRNG, so a draw replays exactly from its seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks `count` of `ids` with a partial Fisher–Yates shuffle over the ids in sorted order. */
export function seededDraw(ids: string[], count: number, seed: number): string[] {
  const pool = [...ids].sort();
  const random = mulberry32(seed);
  const picked = Math.min(count, pool.length);
  for (let i = 0; i < picked; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, picked);
}
