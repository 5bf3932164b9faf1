/**
 * Who may see a result (DESIGN §4):
 * - its stakeholders, in every state and at every confidentiality: the national admin, the office of its
 *   province, the operator of the producing base and the sponsor (委托方);
 * - the project's service organisations, except a RESTRICTED result once released;
 * - once RELEASED: everyone for PUBLIC, any signed-in caller for REGISTERED, and for TARGETED a caller
 *   acting for a listed organisation or whose token's industries meet the listed industries.
 * A RESTRICTED result therefore never reaches anyone but the sponsor, the authorities and the base.
 * The SQL (`applyResultVisibility`) and the object check (`canSeeResult`) say the same thing.
 */
import type { SelectQueryBuilder } from "typeorm";
import { type Caller } from "../../../platform/auth";
import { actsFor, isNationalAdmin, isProvincialOfficeOf, isSignedIn, operatesBase } from "../../../platform/access";
import { jsonListElementPattern } from "../../../platform/crud";
import { Confidentiality, ResultStatus } from "../enums";
import type { Result } from "./result.entity";

type Visible = Pick<Result, "status" | "confidentiality" | "regionCode" | "baseId" | "sponsorOrganizationId" | "serviceOrganizationIds" | "audienceOrganizationIds" | "audienceIndustryCodes">;

/** A token's industries are few; more than this many are not looked at. */
const MAX_CALLER_INDUSTRIES = 20;

const callerIndustries = (caller: Caller): string[] => (caller.industryCodes ?? []).slice(0, MAX_CALLER_INDUSTRIES);

/** Sees the result whatever its state and confidentiality, and its internal fields (history, audience). */
export function isResultStakeholder(caller: Caller, result: Pick<Result, "regionCode" | "baseId" | "sponsorOrganizationId">): boolean {
  return isNationalAdmin(caller) || isProvincialOfficeOf(caller, result.regionCode) || operatesBase(caller, result.baseId) || actsFor(caller, result.sponsorOrganizationId);
}

/** Acts for one of the service organisations of the result's project. */
export function servesProject(caller: Caller, result: Pick<Result, "serviceOrganizationIds">): boolean {
  return !!caller.orgId && result.serviceOrganizationIds.includes(caller.orgId);
}

/** Stakeholders and the project's service organisations: those who may read the result's history and audience. */
export function isResultInsider(caller: Caller, result: Visible): boolean {
  return isResultStakeholder(caller, result) || (servesProject(caller, result) && canSeeResult(caller, result));
}

export function canSeeResult(caller: Caller, result: Visible): boolean {
  if (isResultStakeholder(caller, result)) return true;
  const released = result.status === ResultStatus.RELEASED;
  if (servesProject(caller, result) && !(released && result.confidentiality === Confidentiality.RESTRICTED)) return true;
  if (!released) return false;
  switch (result.confidentiality) {
    case Confidentiality.PUBLIC:
      return true;
    case Confidentiality.REGISTERED:
      return isSignedIn(caller);
    case Confidentiality.TARGETED:
      return (!!caller.orgId && result.audienceOrganizationIds.includes(caller.orgId)) || callerIndustries(caller).some((code) => result.audienceIndustryCodes.includes(code));
    case Confidentiality.RESTRICTED:
      return false;
  }
}

/** Narrows a query over results (alias `alias`) to what `caller` may see: lists and counts omit the rest. */
export function applyResultVisibility<T extends object>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const name = (suffix: string) => `${alias}Vis${suffix}`;
  const params: Record<string, unknown> = {
    [name("Released")]: ResultStatus.RELEASED,
    [name("Public")]: Confidentiality.PUBLIC,
    [name("Registered")]: Confidentiality.REGISTERED,
    [name("Targeted")]: Confidentiality.TARGETED,
    [name("Restricted")]: Confidentiality.RESTRICTED,
  };
  const released = `${alias}.status = :${name("Released")}`;
  const like = (column: string, param: string, value: string) => {
    params[param] = jsonListElementPattern(value);
    return `${alias}.${column} LIKE :${param} ESCAPE '\\'`;
  };
  const clauses = [`(${released} AND ${alias}.confidentiality = :${name("Public")})`];
  if (isSignedIn(caller)) clauses.push(`(${released} AND ${alias}.confidentiality = :${name("Registered")})`);

  const audience: string[] = [];
  if (caller.orgId) audience.push(like("audienceOrganizationIds", name("AudienceOrg"), caller.orgId));
  callerIndustries(caller).forEach((code, index) => audience.push(like("audienceIndustryCodes", name(`Industry${index}`), code)));
  if (audience.length > 0) clauses.push(`(${released} AND ${alias}.confidentiality = :${name("Targeted")} AND (${audience.join(" OR ")}))`);

  if (caller.province && isProvincialOfficeOf(caller, caller.province)) {
    params[name("Province")] = caller.province;
    clauses.push(`${alias}.regionCode = :${name("Province")}`);
  }
  if (caller.baseId && operatesBase(caller, caller.baseId)) {
    params[name("Base")] = caller.baseId;
    clauses.push(`${alias}.baseId = :${name("Base")}`);
  }
  if (caller.orgId) {
    params[name("Sponsor")] = caller.orgId;
    clauses.push(`${alias}.sponsorOrganizationId = :${name("Sponsor")}`);
    const serves = like("serviceOrganizationIds", name("ServiceOrg"), caller.orgId);
    clauses.push(`(${serves} AND NOT (${released} AND ${alias}.confidentiality = :${name("Restricted")}))`);
  }
  return query.andWhere(`(${clauses.join(" OR ")})`, params);
}
