/**
 * Typical cases written up from released or library results, and docking requests (priority and
 * centralised examination, fast pre-examination, fast rights protection, transfer) from enterprises.
 */
import type {
  CaseStatus, DockingRequestRecord, DockingStatus, DockingType, OutcomeFigureRecord, TypicalCaseRecord,
} from "./records";
import type { Rng } from "./random";
import { composerFor, coverFirst, sceneFor, TitleBook, type World } from "./context";
import { CASE_SECTIONS, CASE_TITLES, DOCKING_DESCRIPTIONS } from "./phrases";
import type { ResultInfo } from "./results";
import { Composer } from "./text";
import { clampDay, day, dayOfInstant, FIRST_DAY, LAST_DAY, officeInstant, randomDay, yearOf } from "./time";
import { NavigationType } from "../reference/navigation-types";
import { VOCABULARY, vocabularyOf } from "./vocabulary";

export const CASE_TARGET = 72;
export const DOCKING_TARGET = 72;
export const CASE_STATUSES: readonly CaseStatus[] = ["NOMINATED", "SHORTLISTED", "SELECTED", "PUBLISHED", "WITHDRAWN"];
export const DOCKING_TYPES: readonly DockingType[] = ["PRIORITY_EXAMINATION", "CENTRALIZED_EXAMINATION", "FAST_PRE_EXAMINATION", "FAST_RIGHTS_PROTECTION", "TRANSFER_TRANSFORMATION"];
export const DOCKING_STATUSES: readonly DockingStatus[] = ["SUBMITTED", "ACCEPTED", "FORWARDED", "COMPLETED", "REJECTED"];

const FIGURES: readonly { label: string; unit: string; min: number; max: number }[] = [
  { label: "新增专利申请", unit: "件", min: 30, max: 420 },
  { label: "新增发明专利授权", unit: "件", min: 10, max: 180 },
  { label: "技术许可收入", unit: "万元", min: 80, max: 2600 },
  { label: "专利质押融资", unit: "万元", min: 500, max: 30000 },
  { label: "引进高层次人才", unit: "人", min: 3, max: 60 },
  { label: "培育高价值专利组合", unit: "组", min: 2, max: 15 },
  { label: "新增产值", unit: "亿元", min: 1, max: 45 },
  { label: "服务企业", unit: "家", min: 20, max: 500 },
  { label: "引进产业项目", unit: "个", min: 2, max: 20 },
  { label: "专利转让许可", unit: "件", min: 5, max: 160 },
];

export function buildTypicalCases(world: World, rng: Rng, results: readonly ResultInfo[]): TypicalCaseRecord[] {
  const eligible = results.filter((r) => r.record.status === "RELEASED" || r.record.status === "IN_LIBRARY");
  const byProject = new Map<string, ResultInfo[]>();
  for (const r of eligible) byProject.set(r.record.projectId, [...(byProject.get(r.record.projectId) ?? []), r]);
  const firstChoice = rng.shuffle([...byProject.values()]).map((list) => list.find((r) => r.record.type === "ANALYSIS_REPORT") ?? (list[0] as ResultInfo));
  const secondChoice = rng.shuffle(eligible.filter((r) => !firstChoice.includes(r)));
  const chosen = [...firstChoice, ...secondChoice].slice(0, CASE_TARGET);
  const titles = new TitleBook();
  return chosen.map((info, index) => {
    const r = info.record;
    const p = info.project;
    const sponsor = world.orgs.byId(r.sponsorOrganizationId);
    const scene = sceneFor(rng, world.orgs, {
      regionCode: r.regionCode, city: p.city, host: p.base.host.short, industry: r.industryCodes[0] as string, topic: p.topic,
      year: r.year, nav: r.navigationType, leadApplicants: sponsor.type === "ENTERPRISE" ? [sponsor.name] : [],
    });
    const composer = new Composer(rng, sponsor.type === "ENTERPRISE" ? { ...scene, applicants: [sponsor.name] } : scene);
    const status = coverFirst(index, CASE_STATUSES, () => rng.weighted([["PUBLISHED", 35], ["SELECTED", 20], ["SHORTLISTED", 20], ["NOMINATED", 20], ["WITHDRAWN", 5]]));
    const created = clampDay(Math.max(dayOfInstant(r.releasedAt ?? r.createdAt) + rng.int(20, 120), day(r.year + 1, 1, 10)), FIRST_DAY, LAST_DAY);
    const published = status === "PUBLISHED" ? clampDay(created + rng.int(30, 150), FIRST_DAY, LAST_DAY) : null;
    const figures: OutcomeFigureRecord[] = rng.pickSome(FIGURES, rng.int(2, 4)).map((f) => ({ label: f.label, value: rng.int(f.min, f.max), unit: f.unit }));
    const section = (key: keyof typeof CASE_SECTIONS): string => composer.paragraph(CASE_SECTIONS[key], 2);
    return {
      id: world.ids.next("typical-case"), title: titles.unique(composer.fill(rng.pick(CASE_TITLES)), yearOf(created)),
      navigationType: r.navigationType, industryCodes: [...r.industryCodes], regionCode: r.regionCode, baseId: r.baseId,
      projectId: r.projectId, resultId: r.id,
      background: section("background"), process: section("process"), findings: section("findings"), application: section("application"),
      outcomes: `${section("outcomes")}截至目前，${figures.map((f) => `${f.label}${f.value}${f.unit}`).join("，")}。`,
      outcomeFigures: figures, lessons: section("lessons"), status, year: yearOf(created),
      publishedAt: published === null ? null : officeInstant(rng, published), createdAt: officeInstant(rng, created),
    };
  });
}

/** A Chinese patent application number with its check digit, e.g. CN202310123456.7. */
export function patentNumber(rng: Rng, prefix: "CN" | "ZL", year: number, kind: 1 | 2 | 3): string {
  const digits = `${year}${kind}${String(rng.int(0, 1999999)).padStart(7, "0")}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  const check = sum % 11;
  return `${prefix}${digits}.${check === 10 ? "X" : String(check)}`;
}

export function buildDockingRequests(world: World, rng: Rng, results: readonly ResultInfo[]): DockingRequestRecord[] {
  const requests: DockingRequestRecord[] = [];
  const enterprises = world.orgs.ofType("ENTERPRISE");
  const governments = world.orgs.ofType("GOVERNMENT");
  const released = results.filter((r) => r.record.status === "RELEASED" && r.record.releasedAt !== null);
  for (let i = 0; i < DOCKING_TARGET; i++) {
    const type = coverFirst(i, DOCKING_TYPES, () => rng.weighted([["PRIORITY_EXAMINATION", 3], ["CENTRALIZED_EXAMINATION", 1], ["FAST_PRE_EXAMINATION", 2], ["FAST_RIGHTS_PROTECTION", 2], ["TRANSFER_TRANSFORMATION", 3]]));
    const status = coverFirst(i, [...DOCKING_STATUSES].reverse(), () => rng.weighted([["SUBMITTED", 2], ["ACCEPTED", 2], ["FORWARDED", 2], ["COMPLETED", 5], ["REJECTED", 1]]));
    const requester = type === "CENTRALIZED_EXAMINATION" && rng.chance(0.3) ? rng.pick(governments) : rng.pick(enterprises);
    const meta = world.orgs.meta(requester.id);
    const industry = meta.industries[0] ?? rng.pick(VOCABULARY.slice(0, 8)).code;
    const topic = vocabularyOf(industry).topics.find((t) => t.name === meta.topic) ?? rng.pick(vocabularyOf(industry).topics);
    const recent = status === "SUBMITTED" || status === "ACCEPTED";
    const created = recent ? randomDay(rng, day(2025, 9, 1), LAST_DAY) : randomDay(rng, day(2020, 3, 1), day(2026, 6, 30));
    const linkable = released.filter((r) => dayOfInstant(r.record.releasedAt as string) < created);
    const local = linkable.filter((r) => r.record.regionCode === requester.regionCode);
    const linked = linkable.length > 0 && rng.chance(type === "TRANSFER_TRANSFORMATION" ? 0.7 : 0.15) ? rng.pick(local.length > 0 ? local : linkable) : null;
    // Every request is for a result or, when no released result fits, for a project of the requester's province.
    const localResults = results.filter((r) => r.record.regionCode === requester.regionCode);
    const projectLinked = linked ? linked.record.projectId : rng.pick(localResults.length > 0 ? localResults : results).record.projectId;
    const year = yearOf(created);
    const granted = type === "FAST_RIGHTS_PROTECTION" || type === "TRANSFER_TRANSFORMATION";
    const count = type === "CENTRALIZED_EXAMINATION" ? rng.int(3, 6) : granted ? rng.int(1, 3) : 1;
    const numbers = [...new Set(Array.from({ length: count }, () =>
      patentNumber(rng, granted ? "ZL" : "CN", granted ? rng.int(2016, Math.max(2016, year - 1)) : rng.int(Math.max(2019, year - 1), year), rng.chance(0.8) ? 1 : 2)))];
    const composer = composerFor(rng, world.orgs, {
      regionCode: requester.regionCode, city: meta.city, host: requester.name, industry, topic, year, nav: NavigationType.BUSINESS_OPERATION,
    });
    requests.push({
      id: world.ids.next("docking-request"), requesterOrganizationId: requester.id, regionCode: requester.regionCode,
      resultId: linked?.record.id ?? null, projectId: projectLinked, type, patentNumbers: numbers,
      description: `${composer.fill(rng.pick(DOCKING_DESCRIPTIONS[type]))}涉及专利：${numbers.join("、")}。`,
      status, createdAt: officeInstant(rng, created),
    });
  }
  return requests;
}

