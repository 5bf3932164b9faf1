/**
 * Navigation projects (all five GB/T 39551 types, every lifecycle status) and the acceptance
 * reviews of those that have been through acceptance.
 */
import { NAVIGATION_TYPE_LABELS, NavigationType } from "../reference/navigation-types";
import type {
  AcceptanceConclusion, AcceptanceReviewRecord, FundingSource, OrganizationRecord, ProjectPhase, ProjectRecord, ProjectStatus,
} from "./records";
import type { Rng } from "./random";
import { composerFor, coverFirst, placeLabel, sceneFor, TitleBook, type BaseInfo, type ProjectInfo, type World } from "./context";
import { REVIEW_COMMENTS, SCENARIOS, SCENARIO_TAILS } from "./phrases";
import { clusterNeighbours, provinceInfo } from "./places";
import { Composer } from "./text";
import { clampDay, dateOf, dayInYear, dayOfDate, FIRST_DAY, LAST_DAY, officeInstant } from "./time";
import { topicByName, vocabularyOf } from "./vocabulary";

export const PROJECT_COUNT = 240;

export const PROJECT_STATUSES: readonly ProjectStatus[] = [
  "PLANNING", "APPLIED", "APPROVED", "PROCURING", "IN_EXECUTION", "SUBMITTED_FOR_ACCEPTANCE",
  "ACCEPTED", "RECTIFYING", "FILED", "EVALUATED", "CLOSED", "SUSPENDED", "TERMINATED",
];
/** Statuses whose projects have been through an acceptance review. */
export const REVIEWED_STATUSES: readonly ProjectStatus[] = ["ACCEPTED", "RECTIFYING", "FILED", "EVALUATED", "CLOSED"];

const STATUS_YEARS: Readonly<Record<ProjectStatus, readonly number[]>> = {
  PLANNING: [2026], APPLIED: [2026], APPROVED: [2026], PROCURING: [2025, 2026], IN_EXECUTION: [2025, 2026],
  SUBMITTED_FOR_ACCEPTANCE: [2024, 2025], ACCEPTED: [2023, 2024, 2025], RECTIFYING: [2024, 2025],
  FILED: [2019, 2020, 2021, 2022, 2023, 2024], EVALUATED: [2019, 2020, 2021, 2022, 2023], CLOSED: [2019, 2020, 2021, 2022, 2023],
  SUSPENDED: [2021, 2022, 2023, 2024, 2025], TERMINATED: [2019, 2020, 2021, 2022, 2023, 2024],
};
const YEAR_WEIGHTS: Readonly<Record<number, number>> = { 2019: 1, 2020: 1.5, 2021: 2, 2022: 2.5, 2023: 3, 2024: 3, 2025: 3, 2026: 2 };

function statusForYear(rng: Rng, year: number): ProjectStatus {
  if (year >= 2026) return rng.weighted([["PLANNING", 1], ["APPLIED", 1], ["APPROVED", 1.5], ["PROCURING", 1.5], ["IN_EXECUTION", 3]]);
  if (year === 2025) return rng.weighted([["PROCURING", 0.3], ["IN_EXECUTION", 3], ["SUBMITTED_FOR_ACCEPTANCE", 2], ["ACCEPTED", 3], ["RECTIFYING", 0.8], ["SUSPENDED", 0.3]]);
  if (year === 2024) return rng.weighted([["SUBMITTED_FOR_ACCEPTANCE", 0.3], ["ACCEPTED", 3], ["RECTIFYING", 0.6], ["FILED", 4], ["SUSPENDED", 0.2], ["TERMINATED", 0.3]]);
  if (year === 2023) return rng.weighted([["ACCEPTED", 0.5], ["FILED", 3], ["EVALUATED", 2.5], ["CLOSED", 2.5], ["TERMINATED", 0.3], ["SUSPENDED", 0.2]]);
  return rng.weighted([["FILED", 1.5], ["EVALUATED", 3], ["CLOSED", 4], ["TERMINATED", 0.4]]);
}

function yearWindow(base: BaseInfo): number[] {
  const designated = base.record.designatedOn;
  const year = Number(designated.slice(0, 4));
  const from = Math.max(2019, Number(designated.slice(5, 7)) <= 6 ? year : year + 1);
  const to = base.record.status === "ACTIVE" || base.record.status === "RECTIFYING" ? 2026 : 2024;
  const years: number[] = [];
  for (let y = Math.min(from, to); y <= to; y++) years.push(y);
  return years;
}

function pickSponsor(rng: Rng, world: World, base: BaseInfo, nav: NavigationType, industry: string): OrganizationRecord {
  const region = base.record.regionCode;
  const host = world.orgs.byId(base.record.hostOrganizationId);
  const governments = world.orgs.ofType("GOVERNMENT", (r) => r.regionCode === region);
  const associations = world.orgs.ofType("INDUSTRY_ASSOCIATION", (r) => r.regionCode === region);
  const enterprise = (): OrganizationRecord => rng.pick(world.orgs.prefer("ENTERPRISE", region, industry));
  const academic = (): OrganizationRecord => rng.pick([...world.orgs.prefer("UNIVERSITY", region, industry), ...world.orgs.prefer("RESEARCH_INSTITUTE", region, industry)]);
  const government = (): OrganizationRecord => (governments.length > 0 ? rng.pick(governments) : host);
  switch (nav) {
    case NavigationType.REGIONAL_PLANNING: return rng.chance(0.6) ? government() : host;
    case NavigationType.INDUSTRIAL_PLANNING: return rng.weighted<() => OrganizationRecord>([[() => host, 5], [government, 3], [() => (associations.length > 0 ? rng.pick(associations) : host), 2]])();
    case NavigationType.BUSINESS_OPERATION: return enterprise();
    case NavigationType.RD_ACTIVITY: return rng.chance(0.6) ? enterprise() : academic();
    case NavigationType.TALENT_MANAGEMENT: return rng.weighted<() => OrganizationRecord>([[government, 5], [() => host, 3], [academic, 2]])();
  }
}

function projectTitle(rng: Rng, base: BaseInfo, nav: NavigationType, topicName: string, term: string, latin: string, sponsor: OrganizationRecord): string {
  const info = provinceInfo(base.record.regionCode);
  const cityName = base.city.full;
  const options: Record<NavigationType, string[]> = {
    REGIONAL_PLANNING: [`${info.full}${topicName}产业专利导航`, `${cityName}${topicName}产业区域规划类专利导航`, `${info.cluster}${topicName}产业协同发展专利导航`],
    INDUSTRIAL_PLANNING: [`${info.full}${topicName}产业专利导航`, `${placeLabel(base)}${topicName}产业规划类专利导航`, `${base.city.short}${term}产业链专利导航`],
    BUSINESS_OPERATION: [`${sponsor.name}${term}企业经营类专利导航`, `${sponsor.name}${latin}产品海外市场专利导航`],
    RD_ACTIVITY: [`${term}关键技术研发活动类专利导航`, `${sponsor.name}${term}研发立项专利导航`, `${latin}技术攻关专利导航`],
    TALENT_MANAGEMENT: [`${base.city.short}${topicName}领域高层次人才专利导航`, `${placeLabel(base)}${topicName}人才引进专利导航`],
  };
  return rng.pick(options[nav]);
}

export function buildProjects(world: World, rng: Rng, bases: readonly BaseInfo[]): ProjectInfo[] {
  const slots: BaseInfo[] = [...bases, ...bases];
  const weightOf = (b: BaseInfo): number =>
    (b.record.level === "NATIONAL" ? 3 : b.record.level === "PROVINCIAL" ? 1.5 : 1) * (b.record.status === "ACTIVE" ? 1 : b.record.status === "RECTIFYING" ? 0.7 : 0.4);
  while (slots.length < PROJECT_COUNT) slots.push(rng.weighted(bases.map((b) => [b, weightOf(b)] as const)));
  const order = rng.shuffle(slots);
  const titles = new TitleBook();
  const sequence = new Map<string, number>();
  const projects: ProjectInfo[] = [];
  order.forEach((slot, index) => {
    const forced = index < PROJECT_STATUSES.length ? PROJECT_STATUSES[index] : undefined;
    let base = slot;
    if (forced && !yearWindow(base).some((y) => STATUS_YEARS[forced].includes(y))) {
      base = rng.shuffle(bases).find((b) => yearWindow(b).some((y) => STATUS_YEARS[forced].includes(y))) ?? slot;
    }
    const window = yearWindow(base).filter((y) => !forced || STATUS_YEARS[forced].includes(y));
    const year = rng.weighted(window.map((y) => [y, YEAR_WEIGHTS[y] ?? 1] as const));
    const status = forced ?? statusForYear(rng, year);
    const nav = coverFirst(index, Object.values(NavigationType), () =>
      rng.weighted([[NavigationType.INDUSTRIAL_PLANNING, 3], [NavigationType.REGIONAL_PLANNING, 2], [NavigationType.BUSINESS_OPERATION, 2], [NavigationType.RD_ACTIVITY, 2], [NavigationType.TALENT_MANAGEMENT, 1]]));
    const industry = rng.chance(0.75) ? (base.record.industryCodes[0] as string) : rng.pick(base.record.industryCodes);
    const topic = industry === base.host.industry && rng.chance(0.6) ? topicByName(base.host.topic) : rng.pick(vocabularyOf(industry).topics);
    const sponsor = pickSponsor(rng, world, base, nav, industry);
    const agencies = world.orgs.prefer("SERVICE_AGENCY", base.record.regionCode, null);
    const services = rng.pickSome(agencies, rng.chance(0.35) ? 2 : 1).map((r) => r.id);
    const regionCode = base.record.regionCode;
    const regionScope = [regionCode];
    if ((nav === NavigationType.REGIONAL_PLANNING || nav === NavigationType.INDUSTRIAL_PLANNING) && rng.chance(0.4)) {
      regionScope.push(...rng.pickSome(clusterNeighbours(regionCode), rng.int(1, 2)));
    }
    const key = `${year}-${regionCode}`;
    const seq = (sequence.get(key) ?? 0) + 1;
    sequence.set(key, seq);
    const late = ["PLANNING", "APPLIED", "APPROVED"].includes(status);
    const start = dayInYear(rng, year, late ? 5 : 2, late ? 9 : 7);
    const end = Math.min(LAST_DAY, start + rng.int(180, 330));
    const funding: FundingSource =
      nav === NavigationType.BUSINESS_OPERATION ? rng.weighted([["SELF", 6], ["MIXED", 4]])
        : nav === NavigationType.RD_ACTIVITY ? rng.weighted([["SELF", 4], ["MIXED", 4], ["FISCAL", 2]])
          : rng.weighted([["FISCAL", 7], ["MIXED", 3]]);
    const budget = (nav === NavigationType.BUSINESS_OPERATION ? rng.int(30, 120) : nav === NavigationType.REGIONAL_PLANNING ? rng.int(80, 300) : rng.int(30, 220)) * 10000;
    const scene = sceneFor(rng, world.orgs, { regionCode, city: base.city, host: base.host.short, industry, topic, year, nav });
    const composer = new Composer(rng, sponsor.type === "ENTERPRISE" ? { ...scene, applicants: [sponsor.name] } : scene);
    const phase: ProjectPhase | null = status === "IN_EXECUTION"
      ? rng.pick(year >= 2026 ? ["KICKOFF", "INFO_COLLECTION", "DATA_PROCESSING"] as const : ["INFO_COLLECTION", "DATA_PROCESSING", "ANALYSIS", "RESULT_OUTPUT"] as const)
      : null;
    const record: ProjectRecord = {
      id: world.ids.next("project"),
      code: `ZLDH-${year}-${regionCode}-${String(seq).padStart(4, "0")}`,
      title: titles.unique(projectTitle(rng, base, nav, topic.name, rng.pick(topic.terms), rng.pick(topic.latin), sponsor), year),
      navigationType: nav,
      scenario: composer.fill(rng.pick(SCENARIOS[nav])) + composer.fill(rng.pick(SCENARIO_TAILS)),
      industryCodes: [industry],
      ipcScope: rng.pickSome(topic.ipc, rng.int(2, 3)),
      regionScope,
      baseId: base.record.id,
      regionCode,
      sponsorOrganizationId: sponsor.id,
      serviceOrganizationIds: services,
      fundingSource: funding,
      budget,
      year,
      plannedStart: dateOf(start),
      plannedEnd: dateOf(end),
      status,
      phase,
      createdAt: officeInstant(rng, clampDay(start - rng.int(15, 75), FIRST_DAY, LAST_DAY)),
    };
    projects.push({ record, base, topic, city: base.city, reviewDay: null });
  });
  return projects;
}

function scores(rng: Rng, conclusion: AcceptanceConclusion): number {
  return conclusion === "PASS" ? rng.int(3, 5) : conclusion === "PASS_WITH_CHANGES" ? rng.int(2, 4) : rng.int(1, 3);
}

/** One review per project that has been through acceptance; reviewers are expert names. */
export function buildAcceptanceReviews(world: World, rng: Rng, projects: readonly ProjectInfo[], reviewersFor: (industry: string, regionCode: string) => string[]): AcceptanceReviewRecord[] {
  const reviews: AcceptanceReviewRecord[] = [];
  for (const project of projects) {
    const p = project.record;
    if (!REVIEWED_STATUSES.includes(p.status)) continue;
    const conclusion: AcceptanceConclusion = p.status === "RECTIFYING"
      ? rng.weighted([["PASS_WITH_CHANGES", 6], ["FAIL", 4]])
      : rng.weighted([["PASS", 8], ["PASS_WITH_CHANGES", 2]]);
    const reviewDay = clampDay(dayOfDate(p.plannedEnd) + rng.int(10, 50), FIRST_DAY, LAST_DAY);
    project.reviewDay = reviewDay;
    const industry = p.industryCodes[0] as string;
    const composer = composerFor(rng, world.orgs, {
      regionCode: p.regionCode, city: project.city, host: project.base.host.short, industry, topic: project.topic, year: p.year, nav: p.navigationType,
    });
    reviews.push({
      id: world.ids.next("acceptance-review"), projectId: p.id,
      goalsMet: scores(rng, conclusion), method: scores(rng, conclusion), dataQuality: scores(rng, conclusion),
      reportQuality: scores(rng, conclusion), resultApplication: scores(rng, conclusion), promotion: scores(rng, conclusion),
      conclusion, reviewers: rng.pickSome(reviewersFor(industry, p.regionCode), rng.int(3, 5)),
      comments: `${NAVIGATION_TYPE_LABELS[p.navigationType]}专利导航项目验收意见：${composer.paragraph(REVIEW_COMMENTS[conclusion], 2)}`,
      reviewedAt: officeInstant(rng, reviewDay),
    });
  }
  return reviews;
}
