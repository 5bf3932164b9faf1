/**
 * 成果 workflow: filed by the producing base or the project's service organisation, reviewed by the
 * province (or CNIPA) into the library (入库), then released (发布) and possibly withdrawn.
 * `consentToRelease` records the sponsor's consent and leaves the state as it is.
 */
import { Role } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { ResultStatus as S } from "../enums";

const AUTHORS = [Role.BASE_OPERATOR, Role.SERVICE_ORG] as const;
const AUTHORITIES = [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] as const;
const PUBLISHERS = [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN, Role.BASE_OPERATOR] as const;
/** Whoever acts for the sponsor organisation, in whatever role; the scope check names the organisation. */
const SPONSOR_ROLES = [Role.ENTERPRISE, Role.SERVICE_ORG, Role.BASE_OPERATOR, Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN, Role.EXPERT] as const;

export const ResultWorkflow = defineWorkflow<S, ResultAction>({
  submit: { from: [S.DRAFT], to: S.SUBMITTED, roles: AUTHORS },
  resubmit: { from: [S.RETURNED], to: S.SUBMITTED, roles: AUTHORS },
  startReview: { from: [S.SUBMITTED], to: S.IN_REVIEW, roles: AUTHORITIES },
  admit: { from: [S.IN_REVIEW], to: S.IN_LIBRARY, roles: AUTHORITIES },
  return: { from: [S.IN_REVIEW], to: S.RETURNED, roles: AUTHORITIES },
  reject: { from: [S.IN_REVIEW], to: S.REJECTED, roles: AUTHORITIES },
  consentToRelease: { from: [S.IN_LIBRARY], to: S.IN_LIBRARY, roles: SPONSOR_ROLES },
  release: { from: [S.IN_LIBRARY], to: S.RELEASED, roles: PUBLISHERS },
  withdraw: { from: [S.RELEASED], to: S.WITHDRAWN, roles: PUBLISHERS },
});

export type ResultAction = "submit" | "resubmit" | "startReview" | "admit" | "return" | "reject" | "consentToRelease" | "release" | "withdraw";

/** Actions that need a reason in `note`. */
export const RESULT_ACTIONS_NEEDING_NOTE: readonly ResultAction[] = ["return", "reject", "withdraw"];

/** Who may write a result's content: create it, and edit it while DRAFT or RETURNED. */
export const RESULT_AUTHOR_ROLES = [...AUTHORS, ...AUTHORITIES] as const;
export const EDITABLE_RESULT_STATES: readonly S[] = [S.DRAFT, S.RETURNED];

/** Project states whose results may be filed (submitted). */
export const FILEABLE_PROJECT_STATES = ["ACCEPTED", "FILED", "EVALUATED", "CLOSED"] as const;

/** Sponsor types that are public bodies: their results need no separate consent to be released. */
export const PUBLIC_SPONSOR_TYPES = ["GOVERNMENT", "PUBLIC_INSTITUTION"] as const;
