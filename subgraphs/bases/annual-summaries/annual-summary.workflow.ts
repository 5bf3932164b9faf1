/** 30号: a base operator drafts the year's work summary and submits it once; it is fixed from then on. */
import { Role } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { AnnualSummaryStatus as S } from "../enums";

export type AnnualSummaryAction = "submit";

export const AnnualSummaryWorkflow = defineWorkflow<S, AnnualSummaryAction>({
  submit: { from: [S.DRAFT], to: S.SUBMITTED, roles: [Role.BASE_OPERATOR] },
});
