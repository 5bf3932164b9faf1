/**
 * 国知办发运字〔2021〕30号, dynamic management: an evaluation's conclusion moves the base. RECTIFY of a
 * base that is already rectifying means the rectification failed, so the base is suspended; a revoked
 * base is no longer evaluated.
 */
import { isNationalAdmin, isProvincialOfficeOf } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { BaseLevel, BaseStatus as S, EvaluationConclusion } from "../enums";
import type { ServiceBase } from "./service-base.entity";

const EVALUATORS: readonly Role[] = [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE];

export type BaseStatusAction = "continue" | "rectify" | "suspend" | "revoke";

export const BaseStatusWorkflow = defineWorkflow<S, BaseStatusAction>({
  continue: { from: [S.ACTIVE, S.RECTIFYING, S.SUSPENDED], to: S.ACTIVE, roles: EVALUATORS },
  rectify: { from: [S.ACTIVE, S.SUSPENDED], to: S.RECTIFYING, roles: EVALUATORS },
  suspend: { from: [S.RECTIFYING], to: S.SUSPENDED, roles: EVALUATORS },
  revoke: { from: [S.ACTIVE, S.RECTIFYING, S.SUSPENDED], to: S.REVOKED, roles: EVALUATORS },
});

/** The action an evaluation's conclusion takes on a base in `status`. */
export function actionOfConclusion(conclusion: EvaluationConclusion, status: S): BaseStatusAction {
  if (conclusion === EvaluationConclusion.CONTINUE) return "continue";
  if (conclusion === EvaluationConclusion.REVOKE) return "revoke";
  return status === S.RECTIFYING ? "suspend" : "rectify";
}

/** CNIPA evaluates national bases; a province evaluates the provincial and municipal bases of its province. */
export function mayEvaluate(caller: Caller, base: Pick<ServiceBase, "level" | "regionCode">): boolean {
  return base.level === BaseLevel.NATIONAL ? isNationalAdmin(caller) : isProvincialOfficeOf(caller, base.regionCode);
}
