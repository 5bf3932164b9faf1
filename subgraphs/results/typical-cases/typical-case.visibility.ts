/**
 * Who may see a typical case: everyone once PUBLISHED; before that (and after a withdrawal) only the
 * base's operator, the office of its province and the national admin.
 */
import type { SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../../platform/auth";
import { isAuthorityFor, isNationalAdmin, isProvincialOfficeOf, operatesBase } from "../../../platform/access";
import { CaseStatus } from "../enums";
import type { TypicalCase } from "./typical-case.entity";

/** Sees the case in every state, with its history. */
export const isCaseInsider = (caller: Caller, typicalCase: Pick<TypicalCase, "baseId" | "regionCode">): boolean =>
  isAuthorityFor(caller, typicalCase.regionCode) || operatesBase(caller, typicalCase.baseId);

export const canSeeTypicalCase = (caller: Caller, typicalCase: Pick<TypicalCase, "status" | "baseId" | "regionCode">): boolean =>
  typicalCase.status === CaseStatus.PUBLISHED || isCaseInsider(caller, typicalCase);

/** Narrows a query over typical cases (alias `alias`) to what `caller` may see. */
export function applyTypicalCaseVisibility<T extends object>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const name = (suffix: string) => `${alias}CaseVis${suffix}`;
  const params: Record<string, unknown> = { [name("Published")]: CaseStatus.PUBLISHED };
  const clauses = [`${alias}.status = :${name("Published")}`];
  if (caller.province && isProvincialOfficeOf(caller, caller.province)) {
    params[name("Province")] = caller.province;
    clauses.push(`${alias}.regionCode = :${name("Province")}`);
  }
  if (caller.baseId && operatesBase(caller, caller.baseId)) {
    params[name("Base")] = caller.baseId;
    clauses.push(`${alias}.baseId = :${name("Base")}`);
  }
  return query.andWhere(`(${clauses.join(" OR ")})`, params);
}
