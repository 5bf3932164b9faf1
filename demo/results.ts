/**
 * Navigation results: several per accepted or filed project, drafts for projects under way. Each
 * result copies its project's base, region, type, sponsor and year, and carries a Chinese title,
 * abstract, keywords and chapters written in its industry's vocabulary.
 */
import { NAVIGATION_TYPE_LABELS, NavigationType } from "../reference/navigation-types";
import type { Confidentiality, ResultRecord, ResultStatus, ResultType } from "./records";
import type { Rng } from "./random";
import { coverFirst, placeLabel, sceneFor, TitleBook, type ProjectInfo, type World } from "./context";
import { ABSTRACT_BODY, ABSTRACT_OPENINGS } from "./phrases";
import { provinceInfo } from "./places";
import type { ChapterKind } from "./templates";
import { chapterPlan, Composer } from "./text";
import { clampDay, dateOf, dayOfDate, DEMO_TODAY, FIRST_DAY, LAST_DAY, officeInstant, randomDay } from "./time";
import { vocabularyOf } from "./vocabulary";

export const RESULT_TARGET = 470;
export const RESULT_TYPES: readonly ResultType[] = [
  "ANALYSIS_REPORT", "BRIEF", "SPECIAL_REPORT", "INNOVATION_MAP", "DATA_VISUALIZATION", "THEMATIC_DATABASE", "APPLICATION_MATERIAL",
];
const EXTRA_TYPES = RESULT_TYPES.filter((type) => type !== "ANALYSIS_REPORT");
const COMPLETED = ["ACCEPTED", "FILED", "EVALUATED", "CLOSED"];
const COMPLETED_STATUSES: readonly ResultStatus[] = ["RELEASED", "IN_LIBRARY", "WITHDRAWN", "REJECTED", "RETURNED", "IN_REVIEW"];
const CONFIDENTIALITY_WEIGHTS: readonly (readonly [Confidentiality, number])[] = [["PUBLIC", 60], ["REGISTERED", 15], ["TARGETED", 15], ["RESTRICTED", 10]];
const LEAD_CHAPTER: Partial<Record<ResultType, ChapterKind>> = {
  THEMATIC_DATABASE: "database", INNOVATION_MAP: "visual", DATA_VISUALIZATION: "visual", APPLICATION_MATERIAL: "applying",
};

export interface ResultInfo {
  record: ResultRecord;
  project: ProjectInfo;
}

function resultTitle(rng: Rng, type: ResultType, project: ProjectInfo, sponsorName: string): string {
  const p = project.record;
  const info = provinceInfo(p.regionCode);
  const topic = project.topic.name;
  const term = rng.pick(project.topic.terms);
  const latin = rng.pick(project.topic.latin);
  const host = placeLabel(project.base);
  const city = project.city.short;
  switch (type) {
    case "ANALYSIS_REPORT": {
      const byNav: Record<NavigationType, string[]> = {
        REGIONAL_PLANNING: [`${info.full}${topic}产业专利导航分析报告`, `${city}${topic}产业区域规划专利导航分析报告`],
        INDUSTRIAL_PLANNING: [`${topic}产业专利导航分析报告`, `${host}${topic}产业专利导航分析报告`, `${term}产业专利导航分析报告`],
        BUSINESS_OPERATION: [`${sponsorName}${term}专利导航分析报告`, `${term}产品专利导航分析报告`],
        RD_ACTIVITY: [`${term}关键技术专利导航分析报告`, `${latin}研发专利导航分析报告`],
        TALENT_MANAGEMENT: [`${city}${topic}领域人才专利导航分析报告`, `${term}方向创新人才专利导航分析报告`],
      };
      return rng.pick(byNav[p.navigationType]);
    }
    case "BRIEF": return rng.pick([`${info.full}${term}专利分析简报`, `${topic}产业专利动态简报（${p.year}年第${rng.int(1, 4)}期）`, `${info.cluster}${term}专利态势简报`]);
    case "SPECIAL_REPORT": return rng.pick([`${term}专利风险预警专题报告`, `${latin}海外专利布局专题报告`, `${term}技术标准与专利专题报告`]);
    case "INNOVATION_MAP": return rng.pick([`${city}${topic}产业创新地图`, `${topic}产业链专利创新资源地图`, `${info.cluster}${term}创新资源分布图`]);
    case "DATA_VISUALIZATION": return rng.pick([`${topic}专利数据可视化看板`, `${info.full}${term}专利数据驾驶舱`]);
    case "THEMATIC_DATABASE": return rng.pick([`${term}专题专利数据库`, `${topic}产业专题数据库`, `${info.full}${topic}产业专利专题数据库`]);
    case "APPLICATION_MATERIAL": return rng.pick([`${term}专利导航成果应用指引`, `${topic}产业高价值专利培育实施方案`, `${host}${topic}专利导航成果推广材料`]);
  }
}

function statusFor(rng: Rng, project: ProjectInfo, completedIndex: () => number): ResultStatus {
  const s = project.record.status;
  if (COMPLETED.includes(s)) {
    const weights: readonly (readonly [ResultStatus, number])[] = s === "ACCEPTED"
      ? [["RELEASED", 35], ["IN_LIBRARY", 35], ["IN_REVIEW", 15], ["RETURNED", 8], ["REJECTED", 2], ["WITHDRAWN", 5]]
      : [["RELEASED", 55], ["IN_LIBRARY", 30], ["IN_REVIEW", 4], ["RETURNED", 3], ["REJECTED", 3], ["WITHDRAWN", 5]];
    return coverFirst(completedIndex(), COMPLETED_STATUSES, () => rng.weighted(weights));
  }
  if (s === "RECTIFYING") return rng.weighted([["RETURNED", 4], ["SUBMITTED", 3], ["IN_REVIEW", 3]]);
  if (s === "SUBMITTED_FOR_ACCEPTANCE") return rng.weighted([["SUBMITTED", 5], ["IN_REVIEW", 3], ["DRAFT", 2]]);
  if (s === "IN_EXECUTION" && project.record.phase === "RESULT_OUTPUT" && rng.chance(0.4)) return "SUBMITTED";
  return "DRAFT";
}

function resultCount(rng: Rng, project: ProjectInfo): number {
  const s = project.record.status;
  if (COMPLETED.includes(s)) return rng.int(2, 3) + (rng.chance(0.3) ? 1 : 0);
  if (s === "RECTIFYING" || s === "SUBMITTED_FOR_ACCEPTANCE") return rng.int(1, 2);
  if (s === "IN_EXECUTION") return rng.chance(0.6) ? 1 : 0;
  if (s === "SUSPENDED" || s === "TERMINATED") return rng.chance(0.4) ? 1 : 0;
  return 0;
}

export function buildResults(world: World, rng: Rng, projects: readonly ProjectInfo[]): ResultInfo[] {
  const titles = new TitleBook();
  const results: ResultInfo[] = [];
  let completedCounter = 0;
  let extraCounter = 0;
  let confidentialityCounter = 0;
  const perProject = new Map<string, number>();
  const make = (project: ProjectInfo): void => {
    const p = project.record;
    const nth = perProject.get(p.id) ?? 0;
    perProject.set(p.id, nth + 1);
    const type: ResultType = nth === 0 ? "ANALYSIS_REPORT" : coverFirst(extraCounter++, EXTRA_TYPES, () =>
      rng.weighted([["BRIEF", 3], ["SPECIAL_REPORT", 2], ["INNOVATION_MAP", 1.5], ["DATA_VISUALIZATION", 1.5], ["THEMATIC_DATABASE", 2], ["APPLICATION_MATERIAL", 2]]));
    const status = statusFor(rng, project, () => completedCounter++);
    const sponsor = world.orgs.byId(p.sponsorOrganizationId);
    const industry = p.industryCodes[0] as string;
    const scene = sceneFor(rng, world.orgs, {
      regionCode: p.regionCode, city: project.city, host: project.base.host.short, industry, topic: project.topic, year: p.year, nav: p.navigationType,
      leadApplicants: sponsor.type === "ENTERPRISE" ? [sponsor.name] : [],
    });
    const composer = new Composer(rng, scene);
    const lead = LEAD_CHAPTER[type] ?? null;
    const chapters = composer.chapters(chapterPlan(rng, p.navigationType, lead, 3, type === "BRIEF" ? 4 : 6));
    const keywordSet = new Set([
      project.topic.name, ...rng.pickSome(project.topic.terms, rng.int(2, 3)), rng.pick(project.topic.latin),
      ...(rng.chance(0.5) ? [`${NAVIGATION_TYPE_LABELS[p.navigationType]}专利导航`] : []),
      ...(rng.chance(0.4) ? [scene.prov] : []), ...(rng.chance(0.3) ? [vocabularyOf(industry).short] : []),
    ]);
    for (const extra of rng.shuffle([...project.topic.terms, ...project.topic.latin, "专利导航"])) {
      if (keywordSet.size >= 4) break;
      keywordSet.add(extra);
    }
    const keywords = [...keywordSet].slice(0, 8);
    const start = dayOfDate(p.plannedStart);
    const end = dayOfDate(p.plannedEnd);
    const done = COMPLETED.includes(p.status) || p.status === "RECTIFYING" || p.status === "SUBMITTED_FOR_ACCEPTANCE";
    const created = clampDay(done ? Math.max(start + 30, end - rng.int(0, 40)) : randomDay(rng, start + 20, Math.max(start + 20, Math.min(end, DEMO_TODAY))), FIRST_DAY, LAST_DAY);
    const cutoff = Math.min(created, start + (done ? rng.int(20, 90) : rng.int(10, 40)));
    const released = status === "RELEASED" || status === "WITHDRAWN"
      ? clampDay(Math.max(created + 5, (project.reviewDay ?? end + 30) + rng.int(15, 120)), FIRST_DAY, LAST_DAY)
      : null;
    const confidentiality = coverFirst(confidentialityCounter++, ["TARGETED", "RESTRICTED", "REGISTERED", "PUBLIC"] as const, () => rng.weighted(CONFIDENTIALITY_WEIGHTS));
    const targeted = confidentiality === "TARGETED";
    const mode = targeted ? rng.weighted([["industry", 2], ["orgs", 1], ["both", 1]] as const) : null;
    const audienceOrgs = mode === "orgs" || mode === "both"
      ? rng.pickSome(world.orgs.prefer("ENTERPRISE", p.regionCode, industry), rng.int(1, 3)).map((r) => r.id)
      : [];
    results.push({
      project,
      record: {
        id: world.ids.next("result"), projectId: p.id, baseId: p.baseId, regionCode: p.regionCode, navigationType: p.navigationType,
        type, title: titles.unique(resultTitle(rng, type, project, sponsor.name), p.year),
        abstract: composer.bounded(rng.pick(ABSTRACT_OPENINGS[type]), ABSTRACT_BODY, 150, 300),
        keywords, chapters, industryCodes: [...p.industryCodes],
        ipcClasses: rng.pickSome(p.ipcScope, rng.int(1, p.ipcScope.length)), regionCodes: [...p.regionScope],
        dataCutoffOn: dateOf(cutoff), confidentiality,
        audienceIndustryCodes: mode === "industry" || mode === "both" ? [...p.industryCodes] : [],
        audienceOrganizationIds: audienceOrgs, sponsorOrganizationId: p.sponsorOrganizationId, status, year: p.year,
        releasedAt: released === null ? null : officeInstant(rng, released),
        createdAt: officeInstant(rng, created),
      },
    });
  };
  for (const project of projects) {
    const count = resultCount(rng, project);
    for (let i = 0; i < count; i++) make(project);
  }
  const completed = projects.filter((p) => COMPLETED.includes(p.record.status));
  while (results.length < RESULT_TARGET && completed.length > 0) make(rng.pick(completed));
  return results;
}
