/**
 * Service bases and selection batches. Hosts are drawn from the park and institution catalogue so
 * that every province with a candidate gets at least one base; national bases come from the
 * national batches of 2022–2025 (at most the province quota per batch), a few provinces ran
 * provincial batches, and exactly one base per province is the 联系点.
 */
import type { BaseLevel, BatchRecord, ExemptCategory, ServiceBaseRecord } from "./records";
import type { Rng } from "./random";
import { HOST_CANDIDATES, cityByShort, provinceInfo, type HostCandidate } from "./places";
import { BASE_INTRODUCTIONS } from "./phrases";
import { composerFor, type BaseInfo, type World } from "./context";
import { topicByName } from "./vocabulary";
import { dateOf, day, dayInYear, officeInstant, yearOf } from "./time";
import { NavigationType } from "../reference/navigation-types";

export const BASE_COUNT = 56;
const MUNICIPAL_COUNT = 5;
const ALL_EXEMPT: ExemptCategory[] = [
  "NATIONAL_IP_PROTECTION_CENTER", "NATIONAL_IP_DEMONSTRATION_PARK",
  "FORMER_NAVIGATION_EXPERIMENT_ZONE", "FORMER_NAVIGATION_PILOT_BASE",
];

/** National batches: year, how many bases each designated, designation day, exempt categories. */
export const NATIONAL_BATCHES = [
  { year: 2022, count: 7, quota: 3, opens: day(2022, 8, 15), closes: day(2022, 9, 30), review: day(2022, 10, 31), designated: day(2022, 11, 23), exempt: ALL_EXEMPT },
  { year: 2023, count: 6, quota: 2, opens: day(2023, 6, 1), closes: day(2023, 7, 14), review: day(2023, 9, 28), designated: day(2023, 11, 6), exempt: ALL_EXEMPT.slice(0, 2) },
  { year: 2024, count: 5, quota: 2, opens: day(2024, 5, 6), closes: day(2024, 6, 21), review: day(2024, 8, 30), designated: day(2024, 10, 18), exempt: ALL_EXEMPT.slice(0, 1) },
  { year: 2025, count: 4, quota: 2, opens: day(2025, 4, 7), closes: day(2025, 5, 30), review: day(2025, 7, 31), designated: day(2025, 9, 12), exempt: ALL_EXEMPT.slice(0, 1) },
] as const;
/** The batch still under way on the demo's "today". */
export const OPEN_BATCH = { year: 2026, quota: 2, opens: day(2026, 3, 2), closes: day(2026, 4, 30), review: day(2026, 8, 31), exempt: ALL_EXEMPT.slice(0, 2) };

export interface BasePlan {
  selected: HostCandidate[];
  others: HostCandidate[];
}

const LEADING_PROVINCES = new Set(["320000", "440000", "330000", "370000", "310000", "110000"]);

/** One host per province first, then a mix of parks and institutions up to BASE_COUNT. */
export function planBases(rng: Rng): BasePlan {
  const shuffled = rng.shuffle(HOST_CANDIDATES);
  const selected: HostCandidate[] = [];
  const seen = new Set<string>();
  for (const candidate of shuffled) {
    if (!seen.has(candidate.regionCode)) {
      seen.add(candidate.regionCode);
      selected.push(candidate);
    }
  }
  // The provinces with the most navigation work (长三角, 珠三角, 京津, 山东) get their other candidates first.
  const remaining = shuffled.filter((candidate) => !selected.includes(candidate));
  const rest = [...remaining.filter((candidate) => LEADING_PROVINCES.has(candidate.regionCode)), ...remaining.filter((candidate) => !LEADING_PROVINCES.has(candidate.regionCode))];
  const parks = rest.filter((candidate) => candidate.kind === "INDUSTRIAL_PARK");
  const institutions = rest.filter((candidate) => candidate.kind === "PUBLIC_INSTITUTION");
  while (selected.length < BASE_COUNT && (parks.length > 0 || institutions.length > 0)) {
    const from = institutions.length > 0 && (parks.length === 0 || rng.chance(0.4)) ? institutions : parks;
    selected.push(from.shift() as HostCandidate);
  }
  return { selected, others: [...parks, ...institutions] };
}

const RELATED_INDUSTRIES: Readonly<Record<string, readonly string[]>> = {
  "01": ["05", "08", "09"], "02": ["01", "03"], "03": ["01", "05"], "04": ["02", "09"],
  "05": ["06", "01"], "06": ["05", "07"], "07": ["06", "03"], "08": ["01"], "09": ["01"],
};

function baseName(host: HostCandidate, level: BaseLevel, used: Set<string>): string {
  const info = provinceInfo(host.regionCode);
  const city = cityByShort(host.regionCode, host.city);
  const candidates =
    level === "NATIONAL"
      ? [host.kind === "INDUSTRIAL_PARK" ? `国家级专利导航服务基地（${host.short}·${host.topic}）` : `国家级专利导航服务基地（${host.short}）`]
      : level === "PROVINCIAL"
        ? [`${info.full}${host.topic}产业专利导航服务基地`, `${info.full}${host.topic}产业专利导航服务基地（${host.short}）`]
        : [`${info.full.endsWith("市") ? info.full : ""}${city.full}${host.topic}产业专利导航服务基地`, `${city.full}${host.short}${host.topic}产业专利导航服务基地`];
  const name = candidates.find((candidate) => !used.has(candidate)) ?? `${candidates[0]}（${host.short}）`;
  used.add(name);
  return name;
}

export interface BasesBuilt {
  batches: BatchRecord[];
  bases: BaseInfo[];
  /** National batch records by year, including the open one. */
  nationalBatches: Map<number, BatchRecord>;
}

function batchRecord(world: World, rng: Rng, name: string, level: "NATIONAL" | "PROVINCIAL", year: number, quota: number, exempt: readonly ExemptCategory[], opens: number, closes: number, review: number): BatchRecord {
  return {
    id: world.ids.next("batch"), name, level, year, sequence: 1, provinceQuota: quota, exemptCategories: [...exempt],
    submissionOpensAt: officeInstant(rng, opens), submissionClosesAt: `${dateOf(closes)}T17:30:00+08:00`,
    reviewClosesAt: `${dateOf(review)}T17:30:00+08:00`, publicityDays: 7, createdAt: officeInstant(rng, opens - rng.int(10, 30)),
  };
}

export function buildBases(world: World, rng: Rng, plan: BasePlan): BasesBuilt {
  const batches: BatchRecord[] = [];
  const nationalBatches = new Map<number, BatchRecord>();
  for (const b of [...NATIONAL_BATCHES, { ...OPEN_BATCH, count: 0, designated: 0 }]) {
    const record = batchRecord(world, rng, `${b.year}年度国家级专利导航服务基地遴选（第一批）`, "NATIONAL", b.year, b.quota, b.exempt, b.opens, b.closes, b.review);
    batches.push(record);
    nationalBatches.set(b.year, record);
  }
  // Levels: national bases per batch within the province quota, a few municipal, the rest provincial.
  const hosts = plan.selected;
  const levels = new Map<HostCandidate, { level: BaseLevel; batchYear: number | null }>();
  const order = rng.shuffle(hosts);
  for (const b of NATIONAL_BATCHES) {
    let designated = 0;
    for (const host of order) {
      if (designated >= b.count) break;
      if (levels.has(host)) continue;
      const nationalInProvince = [...levels.entries()].filter(([h, l]) => h.regionCode === host.regionCode && l.level === "NATIONAL").length;
      if (nationalInProvince >= 2) continue;
      levels.set(host, { level: "NATIONAL", batchYear: b.year });
      designated++;
    }
  }
  const remaining = order.filter((host) => !levels.has(host));
  let municipal = 0;
  for (const host of remaining) {
    const isMunicipal = municipal < MUNICIPAL_COUNT && host.kind === "INDUSTRIAL_PARK";
    if (isMunicipal) municipal++;
    levels.set(host, { level: isMunicipal ? "MUNICIPAL" : "PROVINCIAL", batchYear: null });
  }
  // Provincial batches for a few provinces that have provincial bases.
  const provincialBatchByProvince = new Map<string, { record: BatchRecord; designated: number }>();
  const provincialProvinces = [...new Set(hosts.filter((h) => levels.get(h)?.level === "PROVINCIAL").map((h) => h.regionCode))];
  for (const regionCode of rng.pickSome(provincialProvinces, 4)) {
    const year = rng.int(2020, 2024);
    const opens = dayInYear(rng, year, 3, 5);
    const closes = opens + rng.int(30, 50);
    const review = closes + rng.int(40, 70);
    const record = batchRecord(world, rng, `${provinceInfo(regionCode).full}${year}年度省级专利导航服务基地遴选`, "PROVINCIAL", year, rng.int(3, 6), [], opens, closes, review);
    batches.push(record);
    provincialBatchByProvince.set(regionCode, { record, designated: review + rng.int(10, 30) });
  }
  const usedNames = new Set<string>();
  const bases: BaseInfo[] = [];
  for (const host of hosts) {
    const { level, batchYear } = levels.get(host) as { level: BaseLevel; batchYear: number | null };
    const city = cityByShort(host.regionCode, host.city);
    let batchId: string | null = null;
    let designatedDay: number;
    const national = NATIONAL_BATCHES.find((b) => b.year === batchYear);
    const provincial = provincialBatchByProvince.get(host.regionCode);
    if (national) {
      batchId = nationalBatches.get(national.year)?.id ?? null;
      designatedDay = national.designated;
    } else if (level === "PROVINCIAL" && provincial && rng.chance(0.8)) {
      batchId = provincial.record.id;
      designatedDay = provincial.designated;
    } else {
      designatedDay = dayInYear(rng, rng.weighted([[2019, 2], [2020, 3], [2021, 3], [2022, 2], [2023, 2], [2024, 1], [2025, 1]]), 1, 11);
    }
    const industries = [host.industry];
    if (rng.chance(0.35)) industries.push(rng.pick(RELATED_INDUSTRIES[host.industry] ?? ["09"]));
    const name = baseName(host, level, usedNames);
    const year = yearOf(designatedDay);
    const composer = composerFor(rng, world.orgs, {
      regionCode: host.regionCode, city, host: host.short, industry: host.industry, topic: topicByName(host.topic), year, nav: NavigationType.INDUSTRIAL_PLANNING,
    });
    const month = Number(dateOf(designatedDay).slice(5, 7));
    const introduction = `${name}于${year}年${month}月获批设立。${composer.paragraph(BASE_INTRODUCTIONS, rng.int(2, 3))}`;
    const record: ServiceBaseRecord = {
      id: world.ids.next("base"), name, level, carrierType: host.kind,
      hostOrganizationId: world.orgs.byName(host.name).id, regionCode: host.regionCode, industryCodes: industries,
      batchId, status: "ACTIVE", designatedOn: dateOf(designatedDay), isContactPoint: false, introduction,
      createdAt: officeInstant(rng, designatedDay + rng.int(1, 20)),
    };
    bases.push({ record, host, city });
  }
  assignStatuses(rng, bases);
  assignContactPoints(bases);
  return { batches, bases, nationalBatches };
}

/** A few bases under rectification, suspended or revoked; only bases designated by 2023. */
function assignStatuses(rng: Rng, bases: BaseInfo[]): void {
  const eligible = rng.shuffle(bases.filter((b) => Number(b.record.designatedOn.slice(0, 4)) <= 2023));
  const statuses = ["RECTIFYING", "RECTIFYING", "RECTIFYING", "RECTIFYING", "SUSPENDED", "SUSPENDED", "REVOKED", "REVOKED"] as const;
  statuses.forEach((status, i) => {
    const base = eligible[i];
    if (base) base.record.status = status;
  });
}

/** Exactly one 联系点 per province: an active national base if any, else an active one, else any. */
function assignContactPoints(bases: BaseInfo[]): void {
  const byProvince = new Map<string, BaseInfo[]>();
  for (const base of bases) byProvince.set(base.record.regionCode, [...(byProvince.get(base.record.regionCode) ?? []), base]);
  for (const list of byProvince.values()) {
    const choice =
      list.find((b) => b.record.status === "ACTIVE" && b.record.level === "NATIONAL") ??
      list.find((b) => b.record.status === "ACTIVE") ??
      (list[0] as BaseInfo);
    choice.record.isContactPoint = true;
  }
}
