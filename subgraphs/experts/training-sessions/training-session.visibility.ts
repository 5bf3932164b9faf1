/**
 * Training sessions are public announcements: everyone, anonymous callers included, sees every
 * session. Who runs one is narrower: its base's operator and the authorities of the province where it
 * is held — they schedule and change it and keep its enrolments (confirm, attendance, pass).
 */
import { isAuthorityFor, operatesBase } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import type { TrainingSession } from "./training-session.entity";

/** Roles that run some sessions; which ones each runs is `runsSession`. */
export const SESSION_MANAGERS: readonly Role[] = [Role.BASE_OPERATOR, Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN];

export function runsSession(caller: Caller, session: Pick<TrainingSession, "baseId" | "regionCode">): boolean {
  return operatesBase(caller, session.baseId) || isAuthorityFor(caller, session.regionCode);
}
