/**
 * Who sees which expert, and which parts of a profile. Profiles are for the institutions that staff
 * navigation work (authorities, bases, service organisations) and for the expert themself; enterprises
 * and anonymous callers never see them. Conflict declarations (回避), the status history and the
 * memberships of base pools are narrower: a base's pool is that base's business.
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { isAuthorityFor, isExpertSelf, isNationalAdmin, operatesBase } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { PoolScope } from "../enums";
import type { Expert } from "./expert.entity";
import type { PoolMembership } from "./pool-membership.entity";

const INSTITUTIONS: readonly Role[] = [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE, Role.BASE_OPERATOR, Role.SERVICE_ORG];

/** Institutional callers see every profile. */
export const seesAllExperts = (caller: Caller): boolean => INSTITUTIONS.includes(caller.role);

export function canSeeExpert(caller: Caller, expert: Pick<Expert, "id">): boolean {
  return seesAllExperts(caller) || isExpertSelf(caller, expert.id);
}

/** Lists: restricts `alias` (an expert) to the profiles the caller may see. */
export function applyExpertVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (seesAllExperts(caller)) return query;
  if (caller.role === Role.EXPERT) return query.andWhere(`"${alias}"."id" = :visibleExpertId`, { visibleExpertId: caller.expertId });
  return query.andWhere("1 = 0");
}

/** Conflict declarations and the status history: the national admin, the office of the expert's province, the expert. */
export function canSeeExpertRecord(caller: Caller, expert: Pick<Expert, "id" | "regionCode">): boolean {
  return isAuthorityFor(caller, expert.regionCode) || isExpertSelf(caller, expert.id);
}

/**
 * National and provincial pools are public knowledge among those who see the expert; a base pool
 * membership only to the base's operator and to those who see the expert's record.
 */
export function canSeeMembership(caller: Caller, membership: Pick<PoolMembership, "scope" | "scopeId">, expert: Pick<Expert, "id" | "regionCode">): boolean {
  if (membership.scope !== PoolScope.BASE) return true;
  return canSeeExpertRecord(caller, expert) || operatesBase(caller, membership.scopeId);
}

/** SQL of `canSeeMembership` for membership alias `m` of expert alias `e`; apply with `applyExpertVisibility`. */
export function applyMembershipVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, m: string, e: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const conditions = [`"${m}"."scope" <> :visibleBaseScope`];
  const parameters: Record<string, unknown> = { visibleBaseScope: PoolScope.BASE };
  if (caller.role === Role.PROVINCIAL_OFFICE) {
    conditions.push(`"${e}"."regionCode" = :visibleProvince`);
    parameters.visibleProvince = caller.province;
  }
  if (caller.role === Role.BASE_OPERATOR) {
    conditions.push(`"${m}"."scopeId" = :visibleBaseId`);
    parameters.visibleBaseId = caller.baseId;
  }
  if (caller.role === Role.EXPERT) {
    conditions.push(`"${e}"."id" = :visibleSelfId`);
    parameters.visibleSelfId = caller.expertId;
  }
  return query.andWhere(`(${conditions.join(" OR ")})`, parameters);
}
