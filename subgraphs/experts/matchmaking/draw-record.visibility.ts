/** Who sees a draw record: the requesting base's operator, the national admin, the office of the request's province. */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { isAuthorityFor, operatesBase } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import type { DrawRecord } from "./draw-record.entity";

export function canSeeDrawRecord(caller: Caller, record: Pick<DrawRecord, "requesterBaseId" | "regionCode">): boolean {
  return isAuthorityFor(caller, record.regionCode) || operatesBase(caller, record.requesterBaseId);
}

/** SQL of `canSeeDrawRecord` for alias `d`. */
export function applyDrawRecordVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, d: string, caller: Caller): SelectQueryBuilder<T> {
  switch (caller.role) {
    case Role.NATIONAL_ADMIN:
      return query;
    case Role.PROVINCIAL_OFFICE:
      return query.andWhere(`"${d}"."regionCode" = :visibleDrawProvince`, { visibleDrawProvince: caller.province });
    case Role.BASE_OPERATOR:
      return query.andWhere(`"${d}"."requesterBaseId" = :visibleDrawBase`, { visibleDrawBase: caller.baseId });
    default:
      return query.andWhere("1 = 0");
  }
}
