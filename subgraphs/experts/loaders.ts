import DataLoader from "dataloader";
import { In, type DataSource, type ObjectLiteral, type Repository, type SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../platform/auth";
import { createHistoryLoader } from "../../platform/history";
import { byIds, createChildLoader, groupInKeyOrder } from "../../platform/loaders";
import type { FirstArgs } from "./args";
import { Enrollment } from "./enrollments/enrollment.entity";
import { ENROLLMENT } from "./enrollments/enrollment.service";
import { ENGAGEMENT } from "./engagements/engagement.service";
import { applyEnrollmentVisibility } from "./enrollments/enrollment.visibility";
import { PoolScope } from "./enums";
import { ConflictDeclaration } from "./experts/conflict-declaration.entity";
import { Expert } from "./experts/expert.entity";
import { EXPERT } from "./experts/expert.service";
import { applyExpertVisibility, applyMembershipVisibility, canSeeExpert } from "./experts/expert.visibility";
import { PoolMembership } from "./experts/pool-membership.entity";
import { firstPerParent, orderQuery, orderText, type Ordering } from "./ranking";
import { createStatisticsLoaders } from "./statistics/expert-statistics";
import { TrainingSession } from "./training-sessions/training-session.entity";

const SCOPE_ORDER = [PoolScope.NATIONAL, PoolScope.PROVINCIAL, PoolScope.BASE];
/** Best-rated first: the order a base operator scans its pool in. */
const EXPERT_ORDER: Ordering = [["rating", "DESC"], ["name", "ASC"], ["id", "ASC"]];
const SESSION_ORDER: Ordering = [["startsAt", "DESC"], ["id", "ASC"]];
const ENROLLMENT_ORDER: Ordering = [["createdAt", "ASC"], ["id", "ASC"]];

/** Counts rows per parent with one GROUP BY; a parent without rows counts 0. */
function countPerParent<T extends ObjectLiteral>(repository: Repository<T>, parentColumn: string, restrict?: (query: SelectQueryBuilder<T>) => void) {
  return async (parentIds: readonly string[]): Promise<number[]> => {
    const query = repository
      .createQueryBuilder("c")
      .select(`c.${parentColumn}`, "parentId")
      .addSelect("COUNT(*)", "count")
      .where(`c.${parentColumn} IN (:...parentIds)`, { parentIds: [...parentIds] })
      .groupBy(`c.${parentColumn}`);
    restrict?.(query);
    const counts = new Map((await query.getRawMany<{ parentId: string; count: string | number }>()).map((row) => [row.parentId, Number(row.count)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  };
}

/** Base pool members the caller may see (the expert and the membership): `m` a membership, `x` its expert. */
function visibleBasePool<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, caller: Caller, baseIds: string[]): SelectQueryBuilder<T> {
  query.innerJoin(Expert, "x", `"x"."id" = "m"."expertId"`).where("m.scope = :scope AND m.scopeId IN (:...baseIds)", { scope: PoolScope.BASE, baseIds });
  return applyMembershipVisibility(applyExpertVisibility(query, "x", caller), "m", "x", caller);
}

/** The visible members of each base's BASE pool, best-rated first, at most `first` per base: one statement. */
async function baseExperts(dataSource: DataSource, caller: Caller, baseIds: string[], { first }: FirstArgs) {
  const query = dataSource
    .getRepository(Expert)
    .createQueryBuilder("e")
    .innerJoin(
      (ranked) =>
        visibleBasePool(
          ranked
            .select("m.scopeId", "baseId")
            .addSelect("m.expertId", "expertId")
            .addSelect(`ROW_NUMBER() OVER (PARTITION BY m.scopeId ORDER BY ${orderText("x", EXPERT_ORDER)})`, "position")
            .from(PoolMembership, "m"),
          caller,
          baseIds,
        ),
      "ranked",
      `ranked."expertId" = e.id AND ranked."position" <= :first`,
      { first },
    )
    .addSelect(`ranked."baseId"`, "rankedBaseId");
  // An expert in several bases' pools comes back as one entity and several raw rows.
  const { raw, entities } = await orderQuery(query, "e", EXPERT_ORDER).getRawAndEntities<{ e_id: string; rankedBaseId: string }>();
  const byId = new Map(entities.map((expert) => [expert.id, expert]));
  return raw.map((row) => ({ baseId: row.rankedBaseId, expert: byId.get(row.e_id)! }));
}

/**
 * Per-request loaders of the experts subgraph, bound to the caller: every loader that answers experts
 * or enrolments answers only what the caller may see (null or absent otherwise).
 */
export function createLoaders(dataSource: DataSource, caller: Caller) {
  const experts = dataSource.getRepository(Expert);
  const memberships = dataSource.getRepository(PoolMembership);
  const sessions = dataSource.getRepository(TrainingSession);
  const enrollments = dataSource.getRepository(Enrollment);
  const loadExperts = byIds(experts);
  return {
    expert: new DataLoader(async (ids: readonly string[]) => (await loadExperts(ids)).map((expert) => (expert && canSeeExpert(caller, expert) ? expert : null))),
    trainingSession: new DataLoader(byIds(sessions)),
    enrollment: new DataLoader(async (ids: readonly string[]) => {
      const rows = await applyEnrollmentVisibility(enrollments.createQueryBuilder("n").where("n.id IN (:...ids)", { ids: [...new Set(ids)] }), "n", caller).getMany();
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    poolsByExpert: new DataLoader(async (expertIds: readonly string[]) => {
      const rows = await memberships.find({ where: { expertId: In([...expertIds]) }, order: { scopeId: "ASC", id: "ASC" } });
      // Sorted here: PostgreSQL orders an enum by declaration, SQLite its text alphabetically.
      rows.sort((a, b) => SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope));
      return groupInKeyOrder(expertIds, rows, (row) => row.expertId);
    }),
    conflictsByExpert: new DataLoader(async (expertIds: readonly string[]) => {
      const rows = await dataSource.getRepository(ConflictDeclaration).find({ where: { expertId: In([...expertIds]) }, order: { since: "DESC", id: "ASC" } });
      return groupInKeyOrder(expertIds, rows, (row) => row.expertId);
    }),
    expertHistory: createHistoryLoader(dataSource, EXPERT),
    enrollmentHistory: createHistoryLoader(dataSource, ENROLLMENT),
    engagementHistory: createHistoryLoader(dataSource, ENGAGEMENT),
    /** Seats taken: every enrolment of the session, whoever asks (a count names nobody). */
    enrolledCountBySession: new DataLoader(countPerParent(enrollments, "sessionId")),
    enrollmentsBySession: createChildLoader(
      (sessionIds: string[], { first }: FirstArgs) =>
        firstPerParent(enrollments, "sessionId", sessionIds, first, ENROLLMENT_ORDER, (ranked) => applyEnrollmentVisibility(ranked, "r", caller)),
      (row) => row.sessionId,
    ),
    trainingSessionsByBase: createChildLoader(
      (baseIds: string[], { first }: FirstArgs) => firstPerParent(sessions, "baseId", baseIds, first, SESSION_ORDER),
      (row) => row.baseId,
    ),
    expertsByBase: createChildLoader((baseIds: string[], args: FirstArgs) => baseExperts(dataSource, caller, baseIds, args), (row) => row.baseId),
    expertCountByBase: new DataLoader(async (baseIds: readonly string[]) => {
      const query = visibleBasePool(dataSource.createQueryBuilder().select("m.scopeId", "baseId").addSelect("COUNT(*)", "count").from(PoolMembership, "m"), caller, [...baseIds]).groupBy("m.scopeId");
      const counts = new Map((await query.getRawMany<{ baseId: string; count: string | number }>()).map((row) => [row.baseId, Number(row.count)]));
      return baseIds.map((id) => counts.get(id) ?? 0);
    }),
    /** Dashboard figures for Region and Industry, one statement per statistic for all requested codes. */
    statistics: createStatisticsLoaders(dataSource, caller),
  };
}

export type ExpertsLoaders = ReturnType<typeof createLoaders>;
