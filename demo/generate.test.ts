import { INDUSTRIES } from "../reference/industries";
import { COMMON_IPC_SUBCLASSES } from "../reference/ipc";
import { NavigationType } from "../reference/navigation-types";
import { isRegionCode } from "../reference/regions";
import { DEFAULT_SEED, generateDemoData, summarizeDemoData } from "./generate";
import type {
  ApplicationStatus, BaseLevel, BaseStatus, CarrierType, CaseStatus, Confidentiality, ConflictType, DemoData, DockingStatus,
  DockingType, EnrollmentStatus, ExpertStage, ProjectStatus, ResultStatus, ResultType, SessionMode,
} from "./records";
import { VOCABULARY } from "./vocabulary";

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?(\+08:00|Z)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;
const INDUSTRY_CODES = new Set(INDUSTRIES.map((industry) => industry.code));
const REVIEWED: readonly ProjectStatus[] = ["ACCEPTED", "RECTIFYING", "FILED", "EVALUATED", "CLOSED"];

const APPLICATION_STATUSES: ApplicationStatus[] = [
  "DRAFT", "SUBMITTED", "PROVINCE_REVIEWING", "RETURNED", "RECOMMENDED", "NOT_RECOMMENDED",
  "NATIONAL_RECHECK", "IN_PUBLICITY", "RECHECK_FAILED", "CONFIRMED", "WITHDRAWN",
];
const PROJECT_STATUSES: ProjectStatus[] = [
  "PLANNING", "APPLIED", "APPROVED", "PROCURING", "IN_EXECUTION", "SUBMITTED_FOR_ACCEPTANCE",
  "ACCEPTED", "RECTIFYING", "FILED", "EVALUATED", "CLOSED", "SUSPENDED", "TERMINATED",
];
const RESULT_TYPES: ResultType[] = ["ANALYSIS_REPORT", "BRIEF", "SPECIAL_REPORT", "INNOVATION_MAP", "DATA_VISUALIZATION", "THEMATIC_DATABASE", "APPLICATION_MATERIAL"];
const RESULT_STATUSES: ResultStatus[] = ["DRAFT", "SUBMITTED", "IN_REVIEW", "IN_LIBRARY", "RETURNED", "REJECTED", "RELEASED", "WITHDRAWN"];
const CONFIDENTIALITIES: Confidentiality[] = ["PUBLIC", "REGISTERED", "TARGETED", "RESTRICTED"];
const CASE_STATUSES: CaseStatus[] = ["NOMINATED", "SHORTLISTED", "SELECTED", "PUBLISHED", "WITHDRAWN"];
const DOCKING_TYPES: DockingType[] = ["PRIORITY_EXAMINATION", "CENTRALIZED_EXAMINATION", "FAST_PRE_EXAMINATION", "FAST_RIGHTS_PROTECTION", "TRANSFER_TRANSFORMATION"];
const DOCKING_STATUSES: DockingStatus[] = ["SUBMITTED", "ACCEPTED", "FORWARDED", "COMPLETED", "REJECTED"];
const EXPERT_STAGES: ExpertStage[] = ["DEMAND_ANALYSIS", "INFO_FUSION_ANALYSIS", "RESULT_APPLICATION", "PERFORMANCE_EVALUATION"];
const CONFLICT_TYPES: ConflictType[] = ["EMPLOYMENT", "BOARD_SEAT", "SHAREHOLDING", "KINSHIP", "DISPUTE", "SAME_ORGANIZATION", "PRIOR_CONSULTING"];
const SESSION_MODES: SessionMode[] = ["ONLINE", "OFFLINE", "HYBRID"];
const ENROLLMENT_STATUSES: EnrollmentStatus[] = ["APPLIED", "CONFIRMED", "ATTENDED", "NO_SHOW", "PASSED"];
const BASE_STATUSES: BaseStatus[] = ["ACTIVE", "RECTIFYING", "SUSPENDED", "REVOKED"];
const BASE_LEVELS: BaseLevel[] = ["NATIONAL", "PROVINCIAL", "MUNICIPAL"];
const CARRIER_TYPES: CarrierType[] = ["INDUSTRIAL_PARK", "PUBLIC_INSTITUTION"];

function values<T>(items: readonly T[]): Set<T> {
  return new Set(items);
}

function expectCovers<T>(actual: readonly T[], expected: readonly T[]): void {
  expect([...values(actual)].sort()).toEqual([...expected].sort());
}

/** Every string field of every record that looks like an instant or a date, with its path. */
function temporalFields(data: DemoData): { path: string; value: string }[] {
  const found: { path: string; value: string }[] = [];
  const visit = (value: unknown, path: string): void => {
    if (typeof value === "string") {
      if (/^\d{4}-\d{2}-\d{2}/.test(value)) found.push({ path, value });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
    } else if (value && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
    }
  };
  visit(data, "data");
  return found;
}

describe("generateDemoData", () => {
  let data: DemoData;

  beforeAll(() => {
    data = generateDemoData();
  });

  it("is deterministic for a seed and differs for another seed", () => {
    expect(generateDemoData(DEFAULT_SEED)).toEqual(data);
    const other = generateDemoData(42);
    expect(other).not.toEqual(data);
    expect(other.organizations[0]?.id).not.toEqual(data.organizations[0]?.id);
  });

  it("generates quickly", () => {
    const started = performance.now();
    generateDemoData(7);
    // Plain Node takes ~0.15 s; Jest's sandbox is several times slower, so only catch pathological slow-downs here.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("meets every minimum volume", () => {
    const counts = summarizeDemoData(data);
    expect(counts.organizations).toBeGreaterThanOrEqual(150);
    expect(counts.bases).toBeGreaterThanOrEqual(48);
    expect(counts.batches).toBeGreaterThanOrEqual(3);
    expect(counts.applications).toBeGreaterThanOrEqual(40);
    expect(counts.evaluations).toBeGreaterThanOrEqual(24);
    expect(counts.projects).toBeGreaterThanOrEqual(220);
    expect(counts.results).toBeGreaterThanOrEqual(440);
    expect(counts.typicalCases).toBeGreaterThanOrEqual(64);
    expect(counts.dockingRequests).toBeGreaterThanOrEqual(60);
    expect(counts.experts).toBeGreaterThanOrEqual(320);
    expect(counts.trainingSessions).toBeGreaterThanOrEqual(80);
    expect(counts.enrollments).toBeGreaterThanOrEqual(800);
    for (const [key, count] of Object.entries(counts)) expect(count).toBe(data[key as keyof DemoData].length);
  });

  it("covers every enum value the brief lists", () => {
    expectCovers(data.applications.map((a) => a.status), APPLICATION_STATUSES);
    expectCovers(data.projects.map((p) => p.navigationType), Object.values(NavigationType));
    expectCovers(data.projects.map((p) => p.status), PROJECT_STATUSES);
    expectCovers(data.results.map((r) => r.type), RESULT_TYPES);
    expectCovers(data.results.map((r) => r.status), RESULT_STATUSES);
    expectCovers(data.results.map((r) => r.confidentiality), CONFIDENTIALITIES);
    expectCovers(data.results.map((r) => r.navigationType), Object.values(NavigationType));
    expectCovers(data.typicalCases.map((c) => c.status), CASE_STATUSES);
    expectCovers(data.dockingRequests.map((d) => d.type), DOCKING_TYPES);
    expectCovers(data.dockingRequests.map((d) => d.status), DOCKING_STATUSES);
    expectCovers(data.experts.flatMap((e) => e.stages), EXPERT_STAGES);
    expectCovers(data.experts.flatMap((e) => e.conflicts.map((c) => c.type)), CONFLICT_TYPES);
    expectCovers(data.trainingSessions.map((s) => s.mode), SESSION_MODES);
    expectCovers(data.enrollments.map((e) => e.status), ENROLLMENT_STATUSES);
    expectCovers(data.bases.map((b) => b.status), BASE_STATUSES);
    expectCovers(data.bases.map((b) => b.level), BASE_LEVELS);
    expectCovers(data.bases.map((b) => b.carrierType), CARRIER_TYPES);
  });

  it("gives every record a unique UUID-shaped id", () => {
    const ids = Object.values(data).flatMap((records: readonly { id: string }[]) => records.map((r) => r.id));
    for (const id of ids) expect(id).toMatch(ID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps referential integrity", () => {
    const orgs = new Map(data.organizations.map((o) => [o.id, o]));
    const bases = new Map(data.bases.map((b) => [b.id, b]));
    const batches = new Set(data.batches.map((b) => b.id));
    const projects = new Map(data.projects.map((p) => [p.id, p]));
    const results = new Map(data.results.map((r) => [r.id, r]));
    const experts = new Set(data.experts.map((e) => e.id));
    const sessions = new Set(data.trainingSessions.map((s) => s.id));
    const has = <T>(map: Map<string, T> | Set<string>, id: string | null): boolean => id === null || map.has(id);
    for (const b of data.bases) {
      expect(orgs.get(b.hostOrganizationId)?.type).toBe(b.carrierType);
      expect(has(batches, b.batchId)).toBe(true);
    }
    for (const a of data.applications) {
      expect(batches.has(a.batchId)).toBe(true);
      expect(orgs.get(a.applicantOrganizationId)?.type).toBe(a.carrierType);
      expect(has(bases, a.serviceBaseId)).toBe(true);
    }
    for (const s of data.annualSummaries) expect(bases.has(s.baseId)).toBe(true);
    for (const e of data.evaluations) expect(bases.has(e.baseId)).toBe(true);
    for (const p of data.projects) {
      expect(bases.get(p.baseId)?.regionCode).toBe(p.regionCode);
      expect(orgs.has(p.sponsorOrganizationId)).toBe(true);
      expect(p.serviceOrganizationIds.length).toBeGreaterThanOrEqual(1);
      expect(p.serviceOrganizationIds.length).toBeLessThanOrEqual(2);
      for (const id of p.serviceOrganizationIds) expect(orgs.get(id)?.type).toBe("SERVICE_AGENCY");
    }
    for (const r of data.acceptanceReviews) expect(projects.has(r.projectId)).toBe(true);
    for (const r of data.results) {
      const project = projects.get(r.projectId);
      expect(project).toBeDefined();
      expect(r.baseId).toBe(project?.baseId);
      expect(r.regionCode).toBe(project?.regionCode);
      expect(r.navigationType).toBe(project?.navigationType);
      expect(r.sponsorOrganizationId).toBe(project?.sponsorOrganizationId);
      expect(r.year).toBe(project?.year);
      for (const id of r.audienceOrganizationIds) expect(orgs.get(id)?.type).toBe("ENTERPRISE");
    }
    for (const c of data.typicalCases) {
      const result = results.get(c.resultId);
      expect(result).toBeDefined();
      expect(["IN_LIBRARY", "RELEASED"]).toContain(result?.status);
      expect(c.projectId).toBe(result?.projectId);
      expect(c.baseId).toBe(result?.baseId);
      expect(c.regionCode).toBe(result?.regionCode);
      expect(c.navigationType).toBe(result?.navigationType);
      expect(c.industryCodes).toEqual(result?.industryCodes);
    }
    for (const d of data.dockingRequests) {
      const requester = orgs.get(d.requesterOrganizationId);
      expect(requester?.type === "ENTERPRISE" || (requester?.type === "GOVERNMENT" && d.type === "CENTRALIZED_EXAMINATION")).toBe(true);
      expect(has(results, d.resultId)).toBe(true);
      expect(has(projects, d.projectId)).toBe(true);
    }
    for (const e of data.experts) {
      expect(has(orgs, e.employerOrganizationId)).toBe(true);
      if (e.employerOrganizationId) expect(orgs.get(e.employerOrganizationId)?.name).toBe(e.employer);
      for (const pool of e.pools) {
        if (pool.scope === "BASE") expect(bases.has(pool.scopeId ?? "")).toBe(true);
        if (pool.scope === "PROVINCIAL") expect(isRegionCode(pool.scopeId ?? "")).toBe(true);
        if (pool.scope === "NATIONAL") expect(pool.scopeId).toBeNull();
      }
      for (const c of e.conflicts) {
        expect(has(orgs, c.organizationId)).toBe(true);
        if (c.organizationId) expect(orgs.get(c.organizationId)?.name).toBe(c.organizationName);
        expect(has(projects, c.projectId)).toBe(true);
        if (c.type === "PRIOR_CONSULTING") expect(c.projectId).not.toBeNull();
      }
    }
    for (const s of data.trainingSessions) {
      expect(bases.get(s.baseId)?.regionCode).toBe(s.regionCode);
      for (const id of s.lecturerExpertIds) expect(experts.has(id)).toBe(true);
    }
    for (const e of data.enrollments) {
      expect(sessions.has(e.sessionId)).toBe(true);
      expect(has(orgs, e.traineeOrganizationId)).toBe(true);
    }
  });

  it("never enrols more trainees than a session's capacity", () => {
    const perSession = new Map<string, number>();
    for (const e of data.enrollments) perSession.set(e.sessionId, (perSession.get(e.sessionId) ?? 0) + 1);
    for (const s of data.trainingSessions) {
      expect(s.capacity).toBeGreaterThanOrEqual(20);
      expect(s.capacity).toBeLessThanOrEqual(200);
      expect(perSession.get(s.id) ?? 0).toBeLessThanOrEqual(s.capacity);
    }
    for (const e of data.enrollments) expect(e.certificateNumber !== null).toBe(e.status === "PASSED");
    const certificates = data.enrollments.flatMap((e) => (e.certificateNumber ? [e.certificateNumber] : []));
    expect(new Set(certificates).size).toBe(certificates.length);
    for (const c of certificates) expect(c).toMatch(/^ZLDH-PX-20\d{2}-\d{6}$/);
  });

  it("has exactly one contact point per province with bases, in at least 22 provinces", () => {
    const provinces = values(data.bases.map((b) => b.regionCode));
    expect(provinces.size).toBeGreaterThanOrEqual(22);
    for (const province of provinces) {
      expect(data.bases.filter((b) => b.regionCode === province && b.isContactPoint)).toHaveLength(1);
    }
  });

  it("keeps bases, applications and evaluations consistent", () => {
    const bases = new Map(data.bases.map((b) => [b.id, b]));
    for (const b of data.bases) {
      expect(b.industryCodes.length).toBeGreaterThanOrEqual(1);
      for (const code of b.industryCodes) expect(INDUSTRY_CODES.has(code)).toBe(true);
      if (b.level === "NATIONAL") expect(b.batchId).not.toBeNull();
      expect(b.designatedOn >= "2019-01-01" && b.designatedOn <= "2025-12-31").toBe(true);
    }
    const batch2022 = data.batches.find((b) => b.level === "NATIONAL" && b.year === 2022 && b.sequence === 1);
    expect(batch2022?.provinceQuota).toBe(3);
    expect(batch2022?.exemptCategories).toHaveLength(4);
    expect(batch2022?.publicityDays).toBe(7);
    for (const a of data.applications) {
      if (a.status === "CONFIRMED") expect(bases.get(a.serviceBaseId ?? "")?.level).toBe("NATIONAL");
      else expect(a.serviceBaseId).toBeNull();
      expect(a.submittedAt === null).toBe(a.status === "DRAFT");
    }
    expect(data.applications.some((a) => a.exemptCategory !== null)).toBe(true);
    expect(data.applications.filter((a) => a.ministryRoute !== null).length).toBeGreaterThanOrEqual(2);
    for (const e of data.evaluations) {
      const base = bases.get(e.baseId);
      expect(e.evaluatorLevel).toBe(base?.level === "NATIONAL" ? "NATIONAL" : "PROVINCE");
      if (e.conclusion === "RECTIFY") expect(base?.status).toBe("RECTIFYING");
      if (e.conclusion === "REVOKE") expect(base?.status).toBe("REVOKED");
    }
    for (const b of data.bases.filter((x) => x.status === "RECTIFYING" || x.status === "REVOKED")) {
      const wanted = b.status === "RECTIFYING" ? "RECTIFY" : "REVOKE";
      expect(data.evaluations.some((e) => e.baseId === b.id && e.conclusion === wanted)).toBe(true);
    }
    for (const b of data.bases) {
      const years = data.annualSummaries.filter((s) => s.baseId === b.id).map((s) => s.year).sort();
      const first = Number(b.designatedOn.slice(0, 4));
      expect(years).toEqual(Array.from({ length: 2025 - first + 1 }, (_, i) => first + i));
    }
    expect(data.annualSummaries.some((s) => s.submittedAt === null)).toBe(true);
  });

  it("keeps projects, reviews and results consistent", () => {
    const codes = new Set(data.projects.map((p) => p.code));
    expect(codes.size).toBe(data.projects.length);
    for (const p of data.projects) {
      expect(p.code).toMatch(/^ZLDH-20\d{2}-\d{6}-\d{4}$/);
      expect(p.phase !== null).toBe(p.status === "IN_EXECUTION");
      expect(p.year).toBeGreaterThanOrEqual(2019);
      expect(p.year).toBeLessThanOrEqual(2026);
      expect(p.budget).toBeGreaterThanOrEqual(300000);
      expect(p.budget).toBeLessThanOrEqual(3000000);
      for (const ipc of p.ipcScope) expect(COMMON_IPC_SUBCLASSES[ipc]).toBeDefined();
      expect(p.plannedStart < p.plannedEnd).toBe(true);
    }
    const reviewed = data.projects.filter((p) => REVIEWED.includes(p.status));
    expect(data.acceptanceReviews.map((r) => r.projectId).sort()).toEqual(reviewed.map((p) => p.id).sort());
    const byProject = new Map(data.projects.map((p) => [p.id, p]));
    for (const r of data.acceptanceReviews) {
      if (byProject.get(r.projectId)?.status === "RECTIFYING") expect(["PASS_WITH_CHANGES", "FAIL"]).toContain(r.conclusion);
      for (const score of [r.goalsMet, r.method, r.dataQuality, r.reportQuality, r.resultApplication, r.promotion]) {
        expect(score).toBeGreaterThanOrEqual(1);
        expect(score).toBeLessThanOrEqual(5);
      }
      expect(r.reviewers.length).toBeGreaterThanOrEqual(3);
    }
    for (const r of data.results) {
      expect(r.releasedAt !== null).toBe(r.status === "RELEASED" || r.status === "WITHDRAWN");
      expect(r.abstract.length).toBeGreaterThanOrEqual(150);
      expect(r.abstract.length).toBeLessThanOrEqual(300);
      expect(r.keywords.length).toBeGreaterThanOrEqual(4);
      expect(r.keywords.length).toBeLessThanOrEqual(8);
      expect(r.chapters.length).toBeGreaterThanOrEqual(3);
      expect(r.chapters.length).toBeLessThanOrEqual(6);
      for (const chapter of r.chapters) {
        const paragraphs = chapter.text.split("\n\n");
        expect(paragraphs.length).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length).toBeLessThanOrEqual(4);
      }
      for (const ipc of r.ipcClasses) expect(COMMON_IPC_SUBCLASSES[ipc]).toBeDefined();
      if (r.confidentiality === "TARGETED") expect(r.audienceIndustryCodes.length + r.audienceOrganizationIds.length).toBeGreaterThan(0);
      else expect(r.audienceIndustryCodes.length + r.audienceOrganizationIds.length).toBe(0);
      const status = byProject.get(r.projectId)?.status;
      if (r.status === "RELEASED" || r.status === "IN_LIBRARY") expect(["ACCEPTED", "FILED", "EVALUATED", "CLOSED"]).toContain(status);
    }
    const share = (c: Confidentiality): number => data.results.filter((r) => r.confidentiality === c).length / data.results.length;
    expect(share("PUBLIC")).toBeGreaterThan(0.5);
    expect(share("PUBLIC")).toBeLessThan(0.7);
    for (const c of data.typicalCases) expect(c.outcomeFigures.length).toBeGreaterThanOrEqual(1);
  });

  it("writes varied Chinese text in each industry's vocabulary", () => {
    const corpus = JSON.stringify(data).toLowerCase();
    expect(corpus).not.toContain("lorem");
    expect(corpus).not.toContain("ipsum");
    expect(corpus).not.toMatch(/\{(t|l|e|app|topic|n:[\d-]+)\}/);
    const paragraphs = data.results.flatMap((r) => r.chapters.flatMap((c) => c.text.split("\n\n")));
    expect(new Set(paragraphs).size / paragraphs.length).toBeGreaterThan(0.98);
    expect(new Set(data.results.map((r) => r.abstract)).size).toBe(data.results.length);
    for (const r of data.results) {
      const vocabulary = VOCABULARY.find((v) => v.code === r.industryCodes[0]);
      const terms = vocabulary?.topics.flatMap((t) => [...t.terms, ...t.latin]) ?? [];
      const text = r.chapters.map((c) => c.text).join("");
      expect(terms.some((term) => text.includes(term))).toBe(true);
      expect(/[\u4e00-\u9fa5]/.test(r.title)).toBe(true);
    }
    for (const term of ["芯片", "光刻胶", "碳化硅", "固态电池", "mRNA", "大语言模型", "工业机器人", "光伏", "储能"]) {
      expect(corpus).toContain(term.toLowerCase());
    }
  });

  it("fills the expert pools and declares conflicts", () => {
    for (const b of data.bases) {
      expect(data.experts.filter((e) => e.pools.some((p) => p.scope === "BASE" && p.scopeId === b.id)).length).toBeGreaterThanOrEqual(3);
    }
    const national = data.experts.filter((e) => e.pools.some((p) => p.scope === "NATIONAL")).length / data.experts.length;
    expect(national).toBeGreaterThan(0.2);
    expect(national).toBeLessThan(0.4);
    const declaring = data.experts.filter((e) => e.conflicts.length > 0).length / data.experts.length;
    expect(declaring).toBeGreaterThan(0.2);
    expect(declaring).toBeLessThan(0.4);
    for (const e of data.experts) {
      expect(e.rating).toBeGreaterThanOrEqual(3);
      expect(e.rating).toBeLessThanOrEqual(5);
      expect(e.maxConcurrentTasks).toBeGreaterThanOrEqual(2);
      expect(e.maxConcurrentTasks).toBeLessThanOrEqual(5);
      expect(e.conflicts.length).toBeLessThanOrEqual(2);
    }
  });

  it("uses valid organisation codes, regions and time stamps", () => {
    const creditCodes = data.organizations.map((o) => o.creditCode);
    for (const code of creditCodes) expect(code).toMatch(CREDIT_CODE);
    expect(new Set(creditCodes).size).toBe(creditCodes.length);
    expect(new Set(data.organizations.map((o) => o.name)).size).toBe(data.organizations.length);
    for (const o of data.organizations) expect(isRegionCode(o.regionCode)).toBe(true);
    for (const { path, value } of temporalFields(data)) {
      if (value.length > 10) expect(value).toMatch(INSTANT);
      else expect(value).toMatch(DATE);
      const day = value.slice(0, 10);
      if (day < "2019-01-01" || day > "2026-11-01") throw new Error(`${path} = ${value} is outside 2019–2026-11-01`);
    }
    for (const d of data.dockingRequests) for (const n of d.patentNumbers) expect(n).toMatch(/^(CN|ZL)20\d{2}[123]\d{7}\.[\dX]$/);
  });
});
