/**
 * 专家聘用 An expert's engagement: PROPOSED → INVITED (the base) → ACCEPTED (the expert, declaring no
 * conflict) | DECLINED (the expert) → COMPLETED (the base) → RATED (the base); RECUSED from PROPOSED,
 * INVITED or ACCEPTED, by the expert or the base.
 */
import { isAuthorityFor, isExpertSelf, operatesBase } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { EngagementStatus as S } from "../enums";
import type { Engagement } from "./engagement.entity";

export type EngagementAction = "invite" | "accept" | "decline" | "complete" | "rate" | "recuse";

/** The requesting base's operator and the authorities of the request's province. */
export const BASE_SIDE: readonly Role[] = [Role.BASE_OPERATOR, Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN];

export const EngagementWorkflow = defineWorkflow<S, EngagementAction>({
  invite: { from: [S.PROPOSED], to: S.INVITED, roles: BASE_SIDE },
  accept: { from: [S.INVITED], to: S.ACCEPTED, roles: [Role.EXPERT] },
  decline: { from: [S.INVITED], to: S.DECLINED, roles: [Role.EXPERT] },
  complete: { from: [S.ACCEPTED], to: S.COMPLETED, roles: BASE_SIDE },
  rate: { from: [S.COMPLETED], to: S.RATED, roles: BASE_SIDE },
  recuse: { from: [S.PROPOSED, S.INVITED, S.ACCEPTED], to: S.RECUSED, roles: [Role.EXPERT, ...BASE_SIDE] },
});

/** Actions whose `note` (the reason) is required. */
export const ENGAGEMENT_ACTIONS_NEEDING_A_REASON: readonly EngagementAction[] = ["decline", "recuse"];

/** The base side of an engagement: the requesting base's operator, the authorities of its province. */
export function runsEngagement(caller: Caller, engagement: Pick<Engagement, "requesterBaseId" | "regionCode">): boolean {
  return isAuthorityFor(caller, engagement.regionCode) || operatesBase(caller, engagement.requesterBaseId);
}

/** Whether the caller may take `action` on this engagement: the expert acts as themself, the rest as the base side. */
export function actsOnEngagement(caller: Caller, engagement: Pick<Engagement, "expertId" | "requesterBaseId" | "regionCode">): boolean {
  return caller.role === Role.EXPERT ? isExpertSelf(caller, engagement.expertId) : runsEngagement(caller, engagement);
}
