/**
 * Training sessions run by the bases, with expert lecturers, and their enrolments. A session never
 * takes more enrolments than its capacity; only PASSED enrolments carry a certificate number.
 */
import { NavigationType } from "../reference/navigation-types";
import type { EnrollmentRecord, EnrollmentStatus, ExpertRecord, SessionMode, TrainingSessionRecord } from "./records";
import type { Rng } from "./random";
import { composerFor, coverFirst, type BaseInfo, type World } from "./context";
import { BRANDS, personName } from "./names";
import { TRAINING_TITLES, TRAINING_TOPICS } from "./phrases";
import { DEMO_TODAY, LAST_DAY, day, dayOfDate, instant, officeInstant, randomDay, yearOf } from "./time";
import { topicByName, vocabularyOf } from "./vocabulary";

export const SESSION_TARGET = 96;
export const SESSION_MODES: readonly SessionMode[] = ["ONLINE", "OFFLINE", "HYBRID"];
export const ENROLLMENT_STATUSES: readonly EnrollmentStatus[] = ["APPLIED", "CONFIRMED", "ATTENDED", "NO_SHOW", "PASSED"];
const ONLINE_VENUES = ["线上（腾讯会议）", "线上（国家知识产权公共服务网直播间）", "线上（钉钉直播）"];

export interface TrainingBuilt {
  sessions: TrainingSessionRecord[];
  enrollments: EnrollmentRecord[];
}

export function buildTraining(world: World, rng: Rng, bases: readonly BaseInfo[], experts: readonly ExpertRecord[]): TrainingBuilt {
  const slots = [...bases];
  while (slots.length < SESSION_TARGET) slots.push(rng.weighted(bases.map((b) => [b, b.record.level === "NATIONAL" ? 3 : 1] as const)));
  const sessions: TrainingSessionRecord[] = [];
  const enrollments: EnrollmentRecord[] = [];
  const perBase = new Map<string, number>();
  const certificates = new Map<number, number>();
  rng.shuffle(slots).forEach((base, index) => {
    const b = base.record;
    const nth = (perBase.get(b.id) ?? 0) + 1;
    perBase.set(b.id, nth);
    const future = index % 12 === 0;
    const designated = dayOfDate(b.designatedOn);
    const lastActive = b.status === "REVOKED" || b.status === "SUSPENDED" ? day(2024, 6, 30) : day(2026, 6, 20);
    const startDay = future ? randomDay(rng, DEMO_TODAY + 1, LAST_DAY - 3) : randomDay(rng, Math.max(designated + 20, day(2019, 3, 1)), Math.max(designated + 20, lastActive));
    const days = rng.weighted([[0, 5], [1, 3], [2, 1]] as const);
    const mode = coverFirst(index, SESSION_MODES, () => rng.weighted([["ONLINE", 35], ["OFFLINE", 40], ["HYBRID", 25]]));
    const year = yearOf(startDay);
    const composer = composerFor(rng, world.orgs, {
      regionCode: b.regionCode, city: base.city, host: base.host.short, industry: base.host.industry,
      topic: topicByName(base.host.topic), year, nav: NavigationType.INDUSTRIAL_PLANNING,
    });
    const hall = rng.pick([`${base.host.short}知识产权服务中心报告厅`, `${base.city.short}${rng.pick(BRANDS)}国际会议中心`, `${base.city.short}科技创新大厦多功能厅`]);
    const location = mode === "ONLINE" ? rng.pick(ONLINE_VENUES) : mode === "HYBRID" ? `${hall}（线上同步直播）` : hall;
    const pool = experts.filter((e) => e.pools.some((p) => p.scope === "BASE" && p.scopeId === b.id));
    const local = experts.filter((e) => e.status === "ACTIVE" && e.regionCode === b.regionCode && !pool.includes(e));
    const lecturers = [...rng.shuffle(pool), ...rng.shuffle(local)].slice(0, rng.int(1, 3)).map((e) => e.id);
    const capacity = rng.int(4, 40) * 5;
    const session: TrainingSessionRecord = {
      id: world.ids.next("training-session"), baseId: b.id, regionCode: b.regionCode,
      title: `${composer.fill(rng.pick(TRAINING_TITLES))}（第${nth}期）`, mode,
      startsAt: instant(startDay, rng.pick([9 * 60, 9 * 60 + 30, 14 * 60])), endsAt: instant(Math.min(LAST_DAY, startDay + days), rng.pick([17 * 60, 17 * 60 + 30])),
      location, capacity, lecturerExpertIds: lecturers,
      topics: [...new Set(rng.pickSome(TRAINING_TOPICS, rng.int(3, 5)).map((t) => composer.fill(t)))],
      createdAt: officeInstant(rng, startDay - rng.int(20, 60)),
    };
    sessions.push(session);
    const trainees = [...world.orgs.ofType("ENTERPRISE", (r) => r.regionCode === b.regionCode), ...world.orgs.ofType("SERVICE_AGENCY", (r) => r.regionCode === b.regionCode)];
    const count = Math.min(capacity, rng.int(6, 14));
    for (let k = 0; k < count; k++) {
      const status: EnrollmentStatus = future
        ? rng.weighted([["APPLIED", 5], ["CONFIRMED", 5]])
        : rng.weighted([["ATTENDED", 40], ["PASSED", 40], ["NO_SHOW", 12], ["CONFIRMED", 4], ["APPLIED", 4]]);
      const org = trainees.length > 0 && rng.chance(0.75) ? rng.pick(trainees) : null;
      let outside = `${base.city.short}${rng.pick(BRANDS)}${rng.pick(vocabularyOf(base.host.industry).companyWords)}有限公司`;
      while (world.orgs.has(outside)) outside = `${base.city.short}${rng.pick(BRANDS)}${rng.pick(vocabularyOf(base.host.industry).companyWords)}有限公司`;
      let certificate: string | null = null;
      if (status === "PASSED") {
        const serial = (certificates.get(year) ?? 0) + 1;
        certificates.set(year, serial);
        certificate = `ZLDH-PX-${year}-${String(serial).padStart(6, "0")}`;
      }
      enrollments.push({
        id: world.ids.next("enrollment"), sessionId: session.id, traineeName: personName(rng),
        traineeOrganizationId: org?.id ?? null, traineeOrganizationName: org?.name ?? outside, status, certificateNumber: certificate,
        createdAt: officeInstant(rng, startDay - rng.int(2, 18)),
      });
    }
  });
  return { sessions, enrollments };
}
