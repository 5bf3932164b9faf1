/**
 * Who may see a navigation project: the national admin, the provincial office of its province, the
 * operator of its base, a service organisation listed on it, and whoever acts for its sponsor. Experts
 * and the public see no project. Reviews and evaluations follow their project (`applyVisibilityThroughProject`).
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Role, type Caller } from "../../../platform/auth";
import { actsFor, isAuthorityFor, isNationalAdmin, isProvincialOfficeOf, operatesBase } from "../../../platform/access";
import { jsonListElementPattern } from "../../../platform/crud";
import { NavigationProject } from "./project.entity";

type ProjectScope = Pick<NavigationProject, "regionCode" | "baseId" | "sponsorOrganizationId" | "serviceOrganizationIds">;

/** A service organisation listed on the project. */
export const servesProject = (caller: Caller, project: ProjectScope): boolean =>
  caller.role === Role.SERVICE_ORG && !!caller.orgId && project.serviceOrganizationIds.includes(caller.orgId);

export function canSeeProject(caller: Caller, project: ProjectScope): boolean {
  return (
    isNationalAdmin(caller) ||
    isProvincialOfficeOf(caller, project.regionCode) ||
    operatesBase(caller, project.baseId) ||
    servesProject(caller, project) ||
    actsFor(caller, project.sponsorOrganizationId)
  );
}

/**
 * Whether the caller works on the project in a role that can move it: its base's operator, a listed
 * service organisation, or an authority of its province. The sponsor sees the project but acts on it
 * only through them.
 */
export function mayActOnProject(caller: Caller, project: ProjectScope): boolean {
  return operatesBase(caller, project.baseId) || servesProject(caller, project) || isAuthorityFor(caller, project.regionCode);
}

/**
 * Adds the WHERE clause restricting `alias` (a navigation_project) to what the caller may see, so lists
 * and totals omit the rest. `prefix` keeps parameter names unique when a query holds several copies.
 */
export function applyProjectVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, caller: Caller, prefix = "visible"): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const column = (name: string) => `"${alias}"."${name}"`;
  const terms: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (caller.role === Role.PROVINCIAL_OFFICE && caller.province) {
    terms.push(`${column("regionCode")} = :${prefix}Province`);
    parameters[`${prefix}Province`] = caller.province;
  }
  if (caller.role === Role.BASE_OPERATOR && caller.baseId) {
    terms.push(`${column("baseId")} = :${prefix}Base`);
    parameters[`${prefix}Base`] = caller.baseId;
  }
  if (caller.role === Role.SERVICE_ORG && caller.orgId) {
    terms.push(`${column("serviceOrganizationIds")} LIKE :${prefix}Service ESCAPE '\\'`);
    parameters[`${prefix}Service`] = jsonListElementPattern(caller.orgId);
  }
  if (caller.orgId) {
    terms.push(`${column("sponsorOrganizationId")} = :${prefix}Sponsor`);
    parameters[`${prefix}Sponsor`] = caller.orgId;
  }
  return query.andWhere(terms.length > 0 ? `(${terms.join(" OR ")})` : "1 = 0", parameters);
}

/** Restricts `alias`, any table with a `projectId` column, to rows whose project the caller may see. */
export function applyVisibilityThroughProject<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const projects = query.subQuery().select(`"vp"."id"`).from(NavigationProject, "vp");
  applyProjectVisibility(projects, "vp", caller, "visibleProject");
  return query.andWhere(`"${alias}"."projectId" IN ${projects.getQuery()}`, projects.getParameters());
}
