/** Who sees an engagement: the expert themself, the requesting base's operator, the authorities of the request's province, the national admin. */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { isExpertSelf } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import type { Engagement } from "./engagement.entity";
import { runsEngagement } from "./engagement.workflow";

export function canSeeEngagement(caller: Caller, engagement: Pick<Engagement, "expertId" | "requesterBaseId" | "regionCode">): boolean {
  return isExpertSelf(caller, engagement.expertId) || runsEngagement(caller, engagement);
}

/** SQL of `canSeeEngagement` for alias `g`. */
export function applyEngagementVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, g: string, caller: Caller): SelectQueryBuilder<T> {
  switch (caller.role) {
    case Role.NATIONAL_ADMIN:
      return query;
    case Role.PROVINCIAL_OFFICE:
      return query.andWhere(`"${g}"."regionCode" = :visibleEngagementProvince`, { visibleEngagementProvince: caller.province });
    case Role.BASE_OPERATOR:
      return query.andWhere(`"${g}"."requesterBaseId" = :visibleEngagementBase`, { visibleEngagementBase: caller.baseId });
    case Role.EXPERT:
      return query.andWhere(`"${g}"."expertId" = :visibleEngagementExpert`, { visibleEngagementExpert: caller.expertId ?? "" });
    default:
      return query.andWhere("1 = 0");
  }
}
