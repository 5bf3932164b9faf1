/**
 * Who sees a base's own records (annual summaries, evaluations): the base's operator, the provincial
 * office of the base's province and the national admin. The records carry the base's province so a
 * list can be limited in SQL.
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { isNationalAdmin, isProvincialOfficeOf, operatesBase } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";

export interface BaseRecord {
  baseId: string;
  regionCode: string;
}

export function applyBaseRecordVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  if (caller.role === Role.PROVINCIAL_OFFICE && caller.province) return query.andWhere(`${alias}.regionCode = :visibleProvince`, { visibleProvince: caller.province });
  if (caller.role === Role.BASE_OPERATOR && caller.baseId) return query.andWhere(`${alias}.baseId = :visibleBase`, { visibleBase: caller.baseId });
  return query.andWhere("1 = 0");
}

export function canSeeBaseRecord(caller: Caller, record: BaseRecord): boolean {
  return isNationalAdmin(caller) || isProvincialOfficeOf(caller, record.regionCode) || operatesBase(caller, record.baseId);
}
