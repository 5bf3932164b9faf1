/** Rules for pool memberships and conflict declarations, shared by expert creation and the membership commands. */
import { badInput } from "../../../platform/errors";
import { ENTITY_ID } from "../../../platform/validators";
import { isRegionCode } from "../../../reference/regions";
import { PoolScope } from "../enums";
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
