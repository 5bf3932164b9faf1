/**
 * The expert pool: Chinese names, 职称 by employer, categories, industries and IPC classes, pool
 * memberships (provincial, national, and at least three per base) and conflict declarations.
 */
import { NavigationType } from "../reference/navigation-types";
import { REGIONS } from "../reference/regions";
import type {
  ConflictDeclarationRecord, ConflictType, ExpertCategory, ExpertRecord, ExpertStage, ExpertStatus, OrganizationRecord,
} from "./records";
import type { Rng } from "./random";
import { composerFor, coverFirst, type BaseInfo, type ProjectInfo, type World } from "./context";
import { BRANDS, OUTSIDE_EMPLOYER_PATTERNS, TITLES_BY_EMPLOYER, personName } from "./names";
import { EXPERTISE } from "./phrases";
import { clusterNeighbours, provinceInfo, type City } from "./places";
import { dateOf, day, dayInYear, dayOfDate, FIRST_DAY, LAST_DAY, officeInstant, randomDay } from "./time";
import { VOCABULARY, vocabularyOf } from "./vocabulary";

export const EXPERT_COUNT = 340;
export const CONFLICT_TYPES: readonly ConflictType[] = ["EMPLOYMENT", "BOARD_SEAT", "SHAREHOLDING", "KINSHIP", "DISPUTE", "SAME_ORGANIZATION", "PRIOR_CONSULTING"];
export const EXPERT_STAGES: readonly ExpertStage[] = ["DEMAND_ANALYSIS", "INFO_FUSION_ANALYSIS", "RESULT_APPLICATION", "PERFORMANCE_EVALUATION"];
const CATEGORIES: readonly ExpertCategory[] = ["INDUSTRY", "TECHNOLOGY", "PATENT_ANALYSIS", "LEGAL", "INVESTMENT", "MANAGEMENT"];

type EmployerKind = "UNIVERSITY" | "RESEARCH_INSTITUTE" | "ENTERPRISE" | "SERVICE_AGENCY" | "OUTSIDE_LEGAL" | "OUTSIDE_INVESTMENT" | "OTHER";
const KIND_CATEGORIES: Readonly<Record<EmployerKind, readonly ExpertCategory[]>> = {
  UNIVERSITY: ["TECHNOLOGY", "INDUSTRY"], RESEARCH_INSTITUTE: ["TECHNOLOGY", "INDUSTRY"], ENTERPRISE: ["TECHNOLOGY", "INDUSTRY", "MANAGEMENT"],
  SERVICE_AGENCY: ["PATENT_ANALYSIS", "LEGAL"], OUTSIDE_LEGAL: ["LEGAL"], OUTSIDE_INVESTMENT: ["INVESTMENT"], OTHER: ["MANAGEMENT", "INDUSTRY", "PATENT_ANALYSIS"],
};
const TECH_INDUSTRIES = VOCABULARY.map((v) => v.code).filter((code) => code !== "09");

interface Employer { name: string; org: OrganizationRecord | null; regionCode: string; city: City; industries: string[]; topic: string | null }

function chooseEmployer(rng: Rng, world: World, kind: EmployerKind, province: string): Employer {
  if (kind === "UNIVERSITY" || kind === "RESEARCH_INSTITUTE" || kind === "ENTERPRISE" || kind === "SERVICE_AGENCY") {
    const local = world.orgs.ofType(kind, (r) => r.regionCode === province);
    const org = rng.pick(local.length > 0 ? local : world.orgs.ofType(kind));
    const meta = world.orgs.meta(org.id);
    return { name: org.name, org, regionCode: org.regionCode, city: meta.city, industries: [...meta.industries], topic: meta.topic };
  }
  const info = provinceInfo(province);
  const city = rng.pick(info.cities);
  const prov = info.full.replace(/(壮族|回族|维吾尔)?(省|市|自治区)$/, "");
  const pattern = kind === "OUTSIDE_LEGAL" ? rng.pick(OUTSIDE_EMPLOYER_PATTERNS.slice(0, 2)) : kind === "OUTSIDE_INVESTMENT" ? rng.pick(OUTSIDE_EMPLOYER_PATTERNS.slice(2, 4)) : rng.pick(OUTSIDE_EMPLOYER_PATTERNS.slice(4));
  let name = pattern.replace("{city}", city.short).replace("{prov}", prov).replace("{brand}", rng.pick(BRANDS));
  while (world.orgs.has(name)) name = pattern.replace("{city}", city.short).replace("{prov}", prov).replace("{brand}", rng.pick(BRANDS));
  return { name, org: null, regionCode: province, city, industries: [], topic: null };
}

function conflict(rng: Rng, world: World, type: ConflictType, employer: Employer, industry: string, projects: readonly ProjectInfo[]): ConflictDeclarationRecord {
  const since = randomDay(rng, FIRST_DAY, day(2024, 12, 31));
  const until = rng.chance(0.4) ? dateOf(Math.min(LAST_DAY, since + rng.int(180, 1500))) : null;
  const enterprise = (): OrganizationRecord => rng.pick(world.orgs.prefer("ENTERPRISE", employer.regionCode, industry));
  const declared = (org: OrganizationRecord | null, name: string, note: string, projectId: string | null = null, from = since): ConflictDeclarationRecord =>
    ({ type, organizationId: org?.id ?? null, organizationName: org?.name ?? name, projectId, since: dateOf(from), until, note });
  switch (type) {
    case "EMPLOYMENT": {
      const current = employer.org !== null && rng.chance(0.4);
      const org = current ? employer.org : rng.pick([...world.orgs.prefer("ENTERPRISE", employer.regionCode, industry), ...world.orgs.prefer("UNIVERSITY", employer.regionCode, null)]);
      return declared(org, employer.name, current ? "本人现任职单位，涉及该单位的评审任务须回避。" : "曾在该单位任职，离职未满五年。");
    }
    case "BOARD_SEAT": return declared(enterprise(), "", "担任该公司独立董事或技术顾问。");
    case "SHAREHOLDING": return declared(enterprise(), "", `通过员工持股平台间接持有该公司约${rng.float(0.1, 3, 2)}%股份。`);
    case "KINSHIP": {
      if (rng.chance(0.25)) return declared(null, `${employer.city.short}${rng.pick(BRANDS)}${rng.pick(vocabularyOf(industry).companyWords)}有限公司`, "配偶在该单位担任研发部门负责人。");
      return declared(enterprise(), "", "直系亲属在该单位担任技术负责人。");
    }
    case "DISPUTE": return declared(enterprise(), "", rng.pick(["曾与该单位存在专利权属纠纷。", "曾作为代理人参与该单位专利无效宣告案件。"]));
    case "SAME_ORGANIZATION": {
      const org = employer.org ?? rng.pick(world.orgs.prefer("UNIVERSITY", employer.regionCode, industry));
      return declared(org, employer.name, "与该单位属同一法人或同一上级主管单位。");
    }
    case "PRIOR_CONSULTING": {
      const local = projects.filter((p) => p.record.regionCode === employer.regionCode);
      const project = rng.pick(local.length > 0 ? local : projects);
      const sponsor = world.orgs.byId(project.record.sponsorOrganizationId);
      return declared(sponsor, "", `曾为“${project.record.title}”项目提供前期咨询服务。`, project.record.id, Math.max(FIRST_DAY, dayOfDate(project.record.plannedStart) - rng.int(10, 120)));
    }
  }
}

export function buildExperts(world: World, rng: Rng, bases: readonly BaseInfo[], projects: readonly ProjectInfo[]): ExpertRecord[] {
  const experts: ExpertRecord[] = [];
  const usedNames = new Set<string>();
  const baseProvinces = bases.map((b) => b.record.regionCode);
  const allProvinces = REGIONS.map((r) => r.code);
  let conflictCounter = 0;
  for (let i = 0; i < EXPERT_COUNT; i++) {
    let name = personName(rng);
    for (let attempt = 0; attempt < 50 && usedNames.has(name); attempt++) name = personName(rng);
    usedNames.add(name);
    const kind = rng.weighted<EmployerKind>([["UNIVERSITY", 28], ["RESEARCH_INSTITUTE", 14], ["ENTERPRISE", 25], ["SERVICE_AGENCY", 16], ["OUTSIDE_LEGAL", 7], ["OUTSIDE_INVESTMENT", 5], ["OTHER", 5]]);
    const employer = chooseEmployer(rng, world, kind, rng.chance(0.88) ? rng.pick(baseProvinces) : rng.pick(allProvinces));
    let industries = employer.industries.filter((code) => TECH_INDUSTRIES.includes(code));
    industries = industries.length > 0 ? rng.pickSome(industries, rng.int(1, 2)) : rng.pickSome(TECH_INDUSTRIES, rng.int(1, 2));
    if (kind === "SERVICE_AGENCY" && rng.chance(0.3)) industries.push("09");
    const primary = industries[0] as string;
    const topic = vocabularyOf(primary).topics.find((t) => t.name === employer.topic) ?? rng.pick(vocabularyOf(primary).topics);
    const ipc = [...new Set(industries.flatMap((code) => rng.pick(vocabularyOf(code).topics).ipc).concat(topic.ipc))];
    const categories = [rng.pick(KIND_CATEGORIES[kind])];
    if (rng.chance(0.4)) categories.push(rng.pick(CATEGORIES.filter((c) => !categories.includes(c))));
    const title = rng.pick(TITLES_BY_EMPLOYER[kind] ?? TITLES_BY_EMPLOYER.OTHER ?? ["高级工程师"]);
    const senior = /^(教授|研究员|正高级|教授级)/.test(title);
    const stages = i < EXPERT_STAGES.length ? [EXPERT_STAGES[i] as ExpertStage] : rng.pickSome(EXPERT_STAGES, rng.int(1, 3));
    const neighbours = [...clusterNeighbours(employer.regionCode), ...rng.pickSome(allProvinces, 1)].filter((c) => c !== employer.regionCode);
    const composer = composerFor(rng, world.orgs, {
      regionCode: employer.regionCode, city: employer.city, host: employer.name, industry: primary, topic, year: 2025, nav: NavigationType.INDUSTRIAL_PLANNING,
    });
    const available = rng.chance(0.7);
    const from = dayInYear(rng, rng.pick([2024, 2025]));
    const status: ExpertStatus = rng.weighted([["ACTIVE", 85], ["INACTIVE", 10], ["SUSPENDED", 5]]);
    const conflicts: ConflictDeclarationRecord[] = [];
    if (rng.chance(0.3)) {
      const count = rng.int(1, 2);
      for (let k = 0; k < count; k++) {
        const type = coverFirst(conflictCounter++, CONFLICT_TYPES, () => rng.pick(CONFLICT_TYPES));
        conflicts.push(conflict(rng, world, type, employer, primary, projects));
      }
    }
    experts.push({
      id: world.ids.next("expert"), name, title, employer: employer.name, employerOrganizationId: employer.org?.id ?? null,
      regionCode: employer.regionCode, categories, industryCodes: industries, ipcClasses: rng.pickSome(ipc, rng.int(2, 4)),
      navigationTypes: rng.pickSome(Object.values(NavigationType), rng.int(1, 3)), stages,
      serviceRegionCodes: [employer.regionCode, ...rng.pickSome(neighbours, rng.int(0, 2))],
      expertise: composer.paragraph(categories.flatMap((c) => EXPERTISE[c]), rng.int(2, 3)),
      yearsOfExperience: senior ? rng.int(12, 35) : rng.int(3, 20),
      availableFrom: available ? dateOf(from) : null,
      availableUntil: available && rng.chance(0.7) ? dateOf(Math.min(LAST_DAY, from + rng.int(180, 900))) : null,
      maxConcurrentTasks: rng.int(2, 5), rating: rng.float(3, 5, 1), ratingCount: rng.int(1, 150), status,
      pools: [
        ...(rng.chance(0.85) ? [{ scope: "PROVINCIAL" as const, scopeId: employer.regionCode }] : []),
        ...(rng.chance(0.3) ? [{ scope: "NATIONAL" as const, scopeId: null }] : []),
      ],
      conflicts,
      createdAt: officeInstant(rng, dayInYear(rng, rng.int(2019, 2024))),
    });
  }
  assignBasePools(rng, bases, experts);
  return experts;
}

/** Three to five members per base, from the base's province where possible. */
function assignBasePools(rng: Rng, bases: readonly BaseInfo[], experts: ExpertRecord[]): void {
  const load = new Map<string, number>();
  for (const base of bases) {
    const region = base.record.regionCode;
    const free = (e: ExpertRecord): boolean => e.status === "ACTIVE" && (load.get(e.id) ?? 0) < 2;
    const local = rng.shuffle(experts.filter((e) => free(e) && e.regionCode === region));
    const serving = rng.shuffle(experts.filter((e) => free(e) && e.regionCode !== region && e.serviceRegionCodes.includes(region)));
    const anyone = rng.shuffle(experts.filter((e) => free(e) && e.regionCode !== region && !e.serviceRegionCodes.includes(region)));
    const members = [...local, ...serving, ...anyone].slice(0, rng.int(3, 5));
    for (const expert of members) {
      expert.pools.push({ scope: "BASE", scopeId: base.record.id });
      load.set(expert.id, (load.get(expert.id) ?? 0) + 1);
    }
  }
}

/** Names of active experts in an industry, from the province first: the acceptance panels. */
export function reviewerNames(experts: readonly ExpertRecord[]): (industry: string, regionCode: string) => string[] {
  return (industry, regionCode) => {
    const active = experts.filter((e) => e.status === "ACTIVE" && e.industryCodes.includes(industry));
    const local = active.filter((e) => e.regionCode === regionCode || e.serviceRegionCodes.includes(regionCode));
    const chosen = [...local, ...active.filter((e) => !local.includes(e))].slice(0, Math.max(6, local.length));
    return chosen.length >= 3 ? chosen.map((e) => e.name) : experts.filter((e) => e.status === "ACTIVE").map((e) => e.name);
  };
}
