/**
 * 专家状态 An expert's availability as a workflow: the expert or an authority pauses and resumes the
 * service (INACTIVE ↔ ACTIVE); an authority suspends the qualification with a reason; only the national
 * admin reinstates a suspended expert.
 */
import { isAuthorityFor, isExpertSelf } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { ExpertStatus } from "../enums";
import type { Expert } from "./expert.entity";

export type ExpertAction = "deactivate" | "activate" | "suspend" | "reinstate";

const SELF_OR_AUTHORITY = [Role.EXPERT, Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN];

export const ExpertWorkflow = defineWorkflow<ExpertStatus, ExpertAction>({
  deactivate: { from: [ExpertStatus.ACTIVE], to: ExpertStatus.INACTIVE, roles: SELF_OR_AUTHORITY },
  activate: { from: [ExpertStatus.INACTIVE], to: ExpertStatus.ACTIVE, roles: SELF_OR_AUTHORITY },
  suspend: { from: [ExpertStatus.ACTIVE, ExpertStatus.INACTIVE], to: ExpertStatus.SUSPENDED, roles: [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] },
  reinstate: { from: [ExpertStatus.SUSPENDED], to: ExpertStatus.ACTIVE, roles: [Role.NATIONAL_ADMIN] },
});

/** Actions whose `note` (the reason) is required. */
export const EXPERT_ACTIONS_NEEDING_A_REASON: readonly ExpertAction[] = ["suspend"];

/**
 * The scope of every expert command (status, profile, declarations): the expert themself, the national
 * admin, or the office of the expert's province. Which of them may take each action is the role rule.
 */
export function actsOnExpert(caller: Caller, expert: Pick<Expert, "id" | "regionCode">): boolean {
  return isExpertSelf(caller, expert.id) || isAuthorityFor(caller, expert.regionCode);
}
