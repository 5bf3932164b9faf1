/**
 * What the bases file and are judged on: applications to the selection batches, annual summaries
 * (one per base per year since designation) and evaluations consistent with each base's status.
 */
import { NavigationType } from "../reference/navigation-types";
import type {
  AnnualSummaryRecord, ApplicationStatus, BaseApplicationRecord, BaseEvaluationRecord, BatchRecord,
  EvaluationConclusion, EvaluationGrade, ExemptCategory,
} from "./records";
import type { Rng } from "./random";
import { NATIONAL_BATCHES, OPEN_BATCH, type BasePlan, type BasesBuilt } from "./bases";
import { composerFor, type BaseInfo, type World } from "./context";
import { EVALUATION_COMMENTS } from "./phrases";
import { cityByShort, type HostCandidate } from "./places";
import { day, dayInYear, dayOfDate, officeInstant, randomDay } from "./time";
import { topicByName } from "./vocabulary";

const RECOMMENDED_LIKE: readonly ApplicationStatus[] = ["RECOMMENDED", "NATIONAL_RECHECK", "IN_PUBLICITY", "RECHECK_FAILED", "CONFIRMED"];
const PAST_FAILURES: readonly ApplicationStatus[] = [
  "NOT_RECOMMENDED", "NOT_RECOMMENDED", "NOT_RECOMMENDED", "RECHECK_FAILED", "RECHECK_FAILED", "RECHECK_FAILED", "WITHDRAWN", "WITHDRAWN", "RETURNED",
];
const OPEN_STATUSES: readonly ApplicationStatus[] = [
  "DRAFT", "DRAFT", "SUBMITTED", "SUBMITTED", "PROVINCE_REVIEWING", "PROVINCE_REVIEWING", "PROVINCE_REVIEWING", "RETURNED", "RETURNED",
  "RECOMMENDED", "RECOMMENDED", "NOT_RECOMMENDED", "NATIONAL_RECHECK", "NATIONAL_RECHECK", "IN_PUBLICITY", "IN_PUBLICITY", "WITHDRAWN",
];

function nationalName(host: HostCandidate): string {
  return host.kind === "INDUSTRIAL_PARK" ? `国家级专利导航服务基地（${host.short}·${host.topic}）` : `国家级专利导航服务基地（${host.short}）`;
}

function exemptFor(rng: Rng, host: HostCandidate, allowed: readonly ExemptCategory[]): ExemptCategory | null {
  if (host.name.startsWith("中国（") && allowed.includes("NATIONAL_IP_PROTECTION_CENTER") && rng.chance(0.8)) return "NATIONAL_IP_PROTECTION_CENTER";
  if (host.kind === "INDUSTRIAL_PARK" && allowed.includes("NATIONAL_IP_DEMONSTRATION_PARK") && rng.chance(0.3)) return "NATIONAL_IP_DEMONSTRATION_PARK";
  const former = allowed.filter((c) => c.startsWith("FORMER_"));
  if (former.length > 0 && rng.chance(0.3)) return rng.pick(former);
  return null;
}

export function buildApplications(world: World, rng: Rng, built: BasesBuilt, plan: BasePlan): BaseApplicationRecord[] {
  const applications: BaseApplicationRecord[] = [];
  const recommendedCount = new Map<string, number>();
  const windows = new Map<string, { opens: number; closes: number; quota: number; exempt: readonly ExemptCategory[] }>();
  for (const b of [...NATIONAL_BATCHES, OPEN_BATCH]) {
    const record = built.nationalBatches.get(b.year) as BatchRecord;
    windows.set(record.id, { opens: b.opens, closes: b.closes, quota: b.quota, exempt: b.exempt });
  }
  const add = (host: HostCandidate, batch: BatchRecord, status: ApplicationStatus, baseId: string | null, industries: string[], ministryRoute: string | null): void => {
    const w = windows.get(batch.id) as { opens: number; closes: number; quota: number; exempt: readonly ExemptCategory[] };
    const submitted = randomDay(rng, w.opens + 3, w.closes);
    const fails = { staff: status === "DRAFT" && rng.chance(0.6), services: status === "NOT_RECOMMENDED", funding: status === "NOT_RECOMMENDED" && rng.chance(0.5), premises: status === "RETURNED", data: status === "RECHECK_FAILED" && rng.chance(0.5), violation: status === "RECHECK_FAILED" };
    const exemptCategory = exemptFor(rng, host, w.exempt);
    if (RECOMMENDED_LIKE.includes(status)) {
      const key = `${batch.id}/${host.regionCode}`;
      recommendedCount.set(key, (recommendedCount.get(key) ?? 0) + 1);
    }
    applications.push({
      id: world.ids.next("application"), batchId: batch.id, applicantOrganizationId: world.orgs.byName(host.name).id,
      baseName: nationalName(host), carrierType: host.kind, regionCode: host.regionCode, industryCodes: industries,
      navigationStaffCount: fails.staff ? rng.int(2, 4) : rng.int(5, 28),
      servicesDelivered: fails.services && !fails.funding ? rng.int(1, 4) : rng.int(exemptCategory ? 3 : 5, 60),
      fundingInPlace: !fails.funding, premisesInPlace: !fails.premises, dataResourcesInPlace: !fails.data,
      noSeriousViolation: !fails.violation, exemptCategory, ministryRoute, status,
      submittedAt: status === "DRAFT" ? null : officeInstant(rng, submitted),
      serviceBaseId: baseId, createdAt: officeInstant(rng, randomDay(rng, w.opens, status === "DRAFT" ? w.closes : submitted)),
    });
  };
  const national = built.bases.filter((b) => b.record.level === "NATIONAL");
  const ministryIndex = rng.int(0, Math.max(0, national.length - 1));
  national.forEach((base, i) => {
    const batch = [...built.nationalBatches.values()].find((b) => b.id === base.record.batchId) as BatchRecord;
    add(base.host, batch, "CONFIRMED", base.record.id, base.record.industryCodes, i === ministryIndex ? "工业和信息化部" : null);
  });
  const pool = rng.shuffle([...plan.others, ...built.bases.filter((b) => b.record.level !== "NATIONAL").map((b) => b.host)]);
  const take = (batch: BatchRecord, status: ApplicationStatus): HostCandidate | undefined => {
    const quota = windows.get(batch.id)?.quota ?? 2;
    const index = pool.findIndex((host) => !RECOMMENDED_LIKE.includes(status) || (recommendedCount.get(`${batch.id}/${host.regionCode}`) ?? 0) < quota);
    return index < 0 ? undefined : pool.splice(index, 1)[0];
  };
  const pastBatches = NATIONAL_BATCHES.map((b) => built.nationalBatches.get(b.year) as BatchRecord);
  for (const status of PAST_FAILURES) {
    const batch = rng.pick(pastBatches);
    const host = take(batch, status);
    if (host) add(host, batch, status, null, [host.industry], null);
  }
  const open = built.nationalBatches.get(OPEN_BATCH.year) as BatchRecord;
  OPEN_STATUSES.forEach((status, i) => {
    const host = take(open, status);
    if (!host) return;
    const ministry = i === 4 ? (host.industry === "04" ? "农业农村部" : "工业和信息化部") : null;
    add(host, open, status, null, [host.industry], ministry);
  });
  return applications;
}

function designationDay(base: BaseInfo): number {
  return dayOfDate(base.record.designatedOn);
}

export function buildAnnualSummaries(world: World, rng: Rng, bases: readonly BaseInfo[]): AnnualSummaryRecord[] {
  const summaries: AnnualSummaryRecord[] = [];
  for (const base of bases) {
    const first = Number(base.record.designatedOn.slice(0, 4));
    const scale = base.record.level === "NATIONAL" ? 1.6 : base.record.level === "MUNICIPAL" ? 0.7 : 1;
    for (let year = first; year <= 2025; year++) {
      const partial = year === first ? Math.max(0.25, (day(year, 12, 31) - designationDay(base)) / 365) : 1;
      const k = scale * partial;
      const started = Math.max(1, Math.round(rng.int(2, 9) * k));
      const accepted = Math.max(0, started - rng.int(0, 2));
      const filed = accepted * rng.int(1, 3);
      const released = Math.max(0, filed - rng.int(0, Math.min(2, filed)));
      const trainings = Math.max(1, Math.round(rng.int(2, 12) * k));
      const trainees = trainings * rng.int(30, 95);
      const enterprises = Math.round(rng.int(25, 320) * k);
      const dockings = Math.round(rng.int(3, 48) * k);
      const last = year === 2025;
      const lapsed = (base.record.status === "REVOKED" && year >= 2024) || (base.record.status === "SUSPENDED" && last);
      const submitted = !lapsed && (!last || rng.chance(0.65));
      const composer = composerFor(rng, world.orgs, {
        regionCode: base.record.regionCode, city: base.city, host: base.host.short, industry: base.host.industry,
        topic: topicByName(base.host.topic), year, nav: NavigationType.INDUSTRIAL_PLANNING,
      });
      const narrative =
        `${year}年，基地围绕${base.host.topic}产业启动专利导航项目${started}项，完成验收${accepted}项，向成果库报送成果${filed}项，其中${released}项已公开发布。` +
        `全年服务企业${enterprises}家，举办培训${trainings}期、培训${trainees}人次，办理优先审查、快速维权等对接事项${dockings}件。` +
        composer.paragraph([
          "基地重点推进{t}方向的专利导航，成果支撑{city}引进{topic}项目{n:2-9}个。",
          "基地与{partner}合作更新{topic}专题数据库，新增标引专利{n:800-6000}件。",
          "基地协助{app}开展{l}产品海外专利风险排查，形成预警报告{n:1-4}份。",
          "下一年度，基地将围绕{t}、{t}等环节开展产业规划类和研发活动类专利导航。",
          "基地专职人员参加国家级培训{n:2-12}人次，{n:1-5}人取得专利代理师资格。",
        ], 2);
      summaries.push({
        id: world.ids.next("annual-summary"), baseId: base.record.id, year,
        submittedAt: submitted ? officeInstant(rng, dayInYear(rng, year + 1, 1, 3)) : null,
        projectsStarted: started, projectsAccepted: accepted, resultsFiled: filed, resultsReleased: released,
        enterprisesServed: enterprises, trainings, trainees, dockings, narrative,
        createdAt: officeInstant(rng, dayInYear(rng, year, 12, 12) - rng.int(0, 20)),
      });
    }
  }
  return summaries;
}

export function buildEvaluations(world: World, rng: Rng, bases: readonly BaseInfo[]): BaseEvaluationRecord[] {
  const evaluations: BaseEvaluationRecord[] = [];
  const sampledProvincial = new Set(rng.pickSome(bases.filter((b) => b.record.level !== "NATIONAL" && b.record.status === "ACTIVE"), 8));
  for (const base of bases) {
    const status = base.record.status;
    const first = Number(base.record.designatedOn.slice(0, 4));
    const national = base.record.level === "NATIONAL";
    let years: number[];
    if (national) years = [2024, 2025].filter((y) => y > first);
    else if (status !== "ACTIVE") years = (status === "REVOKED" ? [2023, 2024] : [2024, 2025]).filter((y) => y > first);
    else if (sampledProvincial.has(base)) years = [rng.pick([2023, 2024, 2025])].filter((y) => y > first);
    else years = [];
    if (status === "SUSPENDED") years = years.slice(0, 1);
    years.forEach((year, i) => {
      const latest = i === years.length - 1;
      let conclusion: EvaluationConclusion = "CONTINUE";
      let grade: EvaluationGrade = rng.weighted([["EXCELLENT", 3], ["GOOD", 4], ["QUALIFIED", 2]]);
      if (latest && status === "RECTIFYING") [conclusion, grade] = ["RECTIFY", rng.pick(["QUALIFIED", "UNQUALIFIED"] as const)];
      else if (latest && status === "REVOKED") [conclusion, grade] = ["REVOKE", "UNQUALIFIED"];
      else if (status !== "ACTIVE") grade = "QUALIFIED";
      const composer = composerFor(rng, world.orgs, {
        regionCode: base.record.regionCode, city: cityByShort(base.host.regionCode, base.host.city), host: base.host.short,
        industry: base.host.industry, topic: topicByName(base.host.topic), year, nav: NavigationType.INDUSTRIAL_PLANNING,
      });
      evaluations.push({
        id: world.ids.next("evaluation"), baseId: base.record.id, year, evaluatorLevel: national ? "NATIONAL" : "PROVINCE",
        grade, conclusion, comments: `${year}年度绩效评价：${composer.paragraph(EVALUATION_COMMENTS[conclusion], 2)}`,
        evaluatedAt: officeInstant(rng, dayInYear(rng, year + 1, 3, 6)),
      });
    });
  }
  return evaluations;
}

