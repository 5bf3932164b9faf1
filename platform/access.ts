/**
 * Caller predicates every subgraph's visibility and permission rules are written with. They say who a
 * caller is for an object; which objects each role may see or change is the subgraphs' domain.
 */
import { Role, type Caller } from "./auth";
import { forbidden, unauthenticated } from "./errors";

export const isNationalAdmin = (caller: Caller): boolean => caller.role === Role.NATIONAL_ADMIN;

/** A provincial office acting for `regionCode`. */
export const isProvincialOfficeOf = (caller: Caller, regionCode: string | null | undefined): boolean =>
  caller.role === Role.PROVINCIAL_OFFICE && !!regionCode && caller.province === regionCode;

/** The national admin, or the provincial office of `regionCode`. */
export const isAuthorityFor = (caller: Caller, regionCode: string | null | undefined): boolean =>
  isNationalAdmin(caller) || isProvincialOfficeOf(caller, regionCode);

/** A base operator of `baseId`. */
export const operatesBase = (caller: Caller, baseId: string | null | undefined): boolean =>
  caller.role === Role.BASE_OPERATOR && !!baseId && caller.baseId === baseId;

/** A caller acting for organisation `orgId` (enterprise, service organisation, or any role carrying orgId). */
export const actsFor = (caller: Caller, orgId: string | null | undefined): boolean => !!orgId && caller.orgId === orgId;

/** The expert `expertId` themself. */
export const isExpertSelf = (caller: Caller, expertId: string | null | undefined): boolean =>
  caller.role === Role.EXPERT && !!expertId && caller.expertId === expertId;

export const isSignedIn = (caller: Caller): boolean => caller.role !== Role.PUBLIC;

/**
 * Refuses a command the caller's role may never perform: UNAUTHENTICATED for PUBLIC (signing in might
 * help), FORBIDDEN otherwise.
 */
export function requireRole(caller: Caller, roles: readonly Role[], action: string): void {
  if (roles.includes(caller.role)) return;
  if (caller.role === Role.PUBLIC) throw unauthenticated(`sign in to ${action}`);
  throw forbidden(`${caller.role} may not ${action}`);
}

/** Refuses a command on an object outside the caller's scope (another province's, another base's). */
export function requireScope(allowed: boolean, action: string): void {
  if (!allowed) throw forbidden(`you may not ${action}: it is outside your scope`);
}
