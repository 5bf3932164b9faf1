/** Rules for pool memberships and conflict declarations, shared by expert creation and the membership commands. */
import { isAuthorityFor, isNationalAdmin, isProvincialOfficeOf, operatesBase } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { badInput } from "../../../platform/errors";
import { ENTITY_ID } from "../../../platform/validators";
import { isRegionCode } from "../../../reference/regions";
import { PoolScope } from "../enums";
import type { Expert } from "./expert.entity";
import type { ConflictDeclarationInput, PoolMembershipInput } from "./membership.inputs";

export interface CheckedPool {
  scope: PoolScope;
  scopeId: string | null;
}

/** The scope id must name a pool of the scope's level: none, a province or a base. */
export function checkPool(input: PoolMembershipInput, field: string): CheckedPool {
  const scopeId = input.scopeId ?? null;
  switch (input.scope) {
    case PoolScope.NATIONAL:
      if (scopeId !== null) throw badInput(field, "the national pool takes no scopeId");
      break;
    case PoolScope.PROVINCIAL:
      if (scopeId === null || !isRegionCode(scopeId)) throw badInput(field, "a provincial pool needs a province-level GB/T 2260 code as scopeId");
      break;
    case PoolScope.BASE:
      if (scopeId === null || !ENTITY_ID.test(scopeId)) throw badInput(field, "a base pool needs the service base id as scopeId");
      break;
  }
  return { scope: input.scope, scopeId };
}

/** Roles that manage some pool; which pool each may manage is `managesPool`. */
export const POOL_MANAGERS: readonly Role[] = [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE, Role.BASE_OPERATOR];

/**
 * Who adds to or removes from a pool: the national pool is the national admin's, a provincial pool its
 * province's office's (or the national admin's), a base pool its base's operator's or an authority's.
 * This subgraph knows a base only by its id, so a provincial office manages base pools for the experts
 * based in its own province.
 */
export function managesPool(caller: Caller, pool: CheckedPool, expert: Pick<Expert, "regionCode">): boolean {
  switch (pool.scope) {
    case PoolScope.NATIONAL:
      return isNationalAdmin(caller);
    case PoolScope.PROVINCIAL:
      return isAuthorityFor(caller, pool.scopeId);
    case PoolScope.BASE:
      return operatesBase(caller, pool.scopeId) || isNationalAdmin(caller) || isProvincialOfficeOf(caller, expert.regionCode);
  }
}

export const poolKey = (pool: CheckedPool) => `${pool.scope}:${pool.scopeId ?? ""}`;

export function checkConflictPeriod(input: ConflictDeclarationInput, field: string): void {
  if (input.until && input.until < input.since) throw badInput(field, "until must not be before since");
}

/** The row of a declaration: optional inputs become the column defaults. */
export function conflictRow(expertId: string, input: ConflictDeclarationInput) {
  return {
    id: crypto.randomUUID(),
    expertId,
    type: input.type,
    organizationId: input.organizationId ?? null,
    organizationName: input.organizationName,
    projectId: input.projectId ?? null,
    since: input.since,
    until: input.until ?? null,
    note: input.note ?? "",
  };
}
