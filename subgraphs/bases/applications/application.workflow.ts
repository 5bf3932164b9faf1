/**
 * 国知办发运字〔2022〕58号: an application is submitted by the applicant organisation, reviewed and
 * recommended by its provincial office (or, for units of a ministry, by CNIPA acting for the ministry
 * route), re-checked and publicised by CNIPA, and confirmed after the publicity window.
 */
import { actsFor, isNationalAdmin, isProvincialOfficeOf } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { ApplicationStatus as S } from "../enums";
import type { BaseApplication } from "./application.entity";

/** Roles an applicant organisation acts in; the token's `orgId` must be the applicant's. */
export const APPLICANT_ROLES: readonly Role[] = [Role.ENTERPRISE, Role.SERVICE_ORG, Role.BASE_OPERATOR];
const REVIEWERS: readonly Role[] = [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN];
const NATIONAL: readonly Role[] = [Role.NATIONAL_ADMIN];

export type ApplicationAction =
  | "submit" | "startReview" | "return" | "resubmit" | "recommend" | "decline"
  | "startRecheck" | "publicise" | "failRecheck" | "confirm" | "withdraw";

export const BaseApplicationWorkflow = defineWorkflow<S, ApplicationAction>({
  submit: { from: [S.DRAFT], to: S.SUBMITTED, roles: APPLICANT_ROLES },
  startReview: { from: [S.SUBMITTED], to: S.PROVINCE_REVIEWING, roles: REVIEWERS },
  return: { from: [S.PROVINCE_REVIEWING], to: S.RETURNED, roles: REVIEWERS },
  resubmit: { from: [S.RETURNED], to: S.SUBMITTED, roles: APPLICANT_ROLES },
  recommend: { from: [S.PROVINCE_REVIEWING], to: S.RECOMMENDED, roles: REVIEWERS },
  decline: { from: [S.PROVINCE_REVIEWING], to: S.NOT_RECOMMENDED, roles: REVIEWERS },
  startRecheck: { from: [S.RECOMMENDED], to: S.NATIONAL_RECHECK, roles: NATIONAL },
  publicise: { from: [S.NATIONAL_RECHECK], to: S.IN_PUBLICITY, roles: NATIONAL },
  failRecheck: { from: [S.NATIONAL_RECHECK], to: S.RECHECK_FAILED, roles: NATIONAL },
  confirm: { from: [S.IN_PUBLICITY], to: S.CONFIRMED, roles: NATIONAL },
  withdraw: {
    from: [S.DRAFT, S.SUBMITTED, S.PROVINCE_REVIEWING, S.RETURNED, S.RECOMMENDED, S.NATIONAL_RECHECK, S.IN_PUBLICITY],
    to: S.WITHDRAWN,
    roles: APPLICANT_ROLES,
  },
});

/** Actions that must give a reason. */
export const NOTE_REQUIRED: ReadonlySet<ApplicationAction> = new Set<ApplicationAction>(["return", "decline", "failRecheck", "withdraw"]);

const APPLICANT_ACTIONS: ReadonlySet<ApplicationAction> = new Set<ApplicationAction>(["submit", "resubmit", "withdraw"]);
const REVIEW_ACTIONS: ReadonlySet<ApplicationAction> = new Set<ApplicationAction>(["startReview", "return", "recommend", "decline"]);

/**
 * Whether the caller acts for the party that takes `action` on this application: the applicant itself;
 * the provincial office of the application's province, or CNIPA for a ministry-route application; CNIPA.
 */
export function mayTakeAction(caller: Caller, application: BaseApplication, action: ApplicationAction): boolean {
  if (APPLICANT_ACTIONS.has(action)) return actsFor(caller, application.applicantOrganizationId);
  if (REVIEW_ACTIONS.has(action)) return application.ministryRoute ? isNationalAdmin(caller) : isProvincialOfficeOf(caller, application.regionCode);
  return isNationalAdmin(caller);
}
