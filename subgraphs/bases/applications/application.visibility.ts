/**
 * Who sees a base application: the applicant organisation, the provincial office of its province —
 * except for ministry-route applications, which bypass the province — and the national admin.
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { actsFor, isNationalAdmin, isProvincialOfficeOf } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import type { BaseApplication } from "./application.entity";

export function applyVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const clauses: string[] = [];
  if (caller.role === Role.PROVINCIAL_OFFICE && caller.province) {
    clauses.push(`(${alias}.regionCode = :visibleProvince AND ${alias}.ministryRoute IS NULL)`);
  }
  if (caller.orgId) clauses.push(`${alias}.applicantOrganizationId = :visibleOrganization`);
  return query.andWhere(clauses.length > 0 ? `(${clauses.join(" OR ")})` : "1 = 0", {
    visibleProvince: caller.province,
    visibleOrganization: caller.orgId,
  });
}

export function canSee(caller: Caller, application: BaseApplication): boolean {
  return (
    isNationalAdmin(caller) ||
    actsFor(caller, application.applicantOrganizationId) ||
    (!application.ministryRoute && isProvincialOfficeOf(caller, application.regionCode))
  );
}
