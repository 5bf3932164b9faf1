/** Who may see a docking request: the requesting organisation, the office of its province and the national admin. */
import type { SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../../platform/auth";
import { actsFor, isAuthorityFor, isNationalAdmin, isProvincialOfficeOf } from "../../../platform/access";
import type { DockingRequest } from "./docking-request.entity";

export const canSeeDockingRequest = (caller: Caller, request: Pick<DockingRequest, "regionCode" | "requesterOrganizationId">): boolean =>
  isAuthorityFor(caller, request.regionCode) || actsFor(caller, request.requesterOrganizationId);

/** Narrows a query over docking requests (alias `alias`) to what `caller` may see. */
export function applyDockingRequestVisibility<T extends object>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (caller.province && isProvincialOfficeOf(caller, caller.province)) {
    params[`${alias}DockVisProvince`] = caller.province;
    clauses.push(`${alias}.regionCode = :${alias}DockVisProvince`);
  }
  if (caller.orgId) {
    params[`${alias}DockVisOrg`] = caller.orgId;
    clauses.push(`${alias}.requesterOrganizationId = :${alias}DockVisOrg`);
  }
  // Nobody else sees any request: an always-false condition keeps the query's shape.
  return query.andWhere(clauses.length > 0 ? `(${clauses.join(" OR ")})` : "1 = 0", params);
}
