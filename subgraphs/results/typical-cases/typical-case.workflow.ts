/** 典型案例 workflow: nominated by the base or the authorities, then shortlisted, selected and published by CNIPA. */
import { Role } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { CaseStatus as S } from "../enums";

const CNIPA = [Role.NATIONAL_ADMIN] as const;

export type TypicalCaseAction = "shortlist" | "select" | "publish" | "withdraw";

export const TypicalCaseWorkflow = defineWorkflow<S, TypicalCaseAction>({
  shortlist: { from: [S.NOMINATED], to: S.SHORTLISTED, roles: CNIPA },
  select: { from: [S.SHORTLISTED], to: S.SELECTED, roles: CNIPA },
  publish: { from: [S.SELECTED], to: S.PUBLISHED, roles: CNIPA },
  withdraw: { from: [S.NOMINATED, S.SHORTLISTED, S.SELECTED, S.PUBLISHED], to: S.WITHDRAWN, roles: CNIPA },
});

export const CASE_ACTIONS_NEEDING_NOTE: readonly TypicalCaseAction[] = ["withdraw"];

/** Who nominates a case and edits it while it is under selection. */
export const CASE_NOMINATOR_ROLES = [Role.BASE_OPERATOR, Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] as const;
export const EDITABLE_CASE_STATES: readonly S[] = [S.NOMINATED, S.SHORTLISTED, S.SELECTED];

/** Result states a case may be written up from: in the library (入库) or released. */
export const CASE_RESULT_STATES = ["IN_LIBRARY", "RELEASED"] as const;
