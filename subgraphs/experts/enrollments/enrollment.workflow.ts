/**
 * 培训报名 A trainee's enrolment: APPLIED → CONFIRMED → ATTENDED | NO_SHOW, ATTENDED → PASSED (with a
 * certificate number). Those who run the session take every step. There is no cancelled state: every
 * enrolment, a no-show included, keeps its seat, so a session's capacity counts all of them.
 */
import { Role } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { EnrollmentStatus } from "../enums";
import { SESSION_MANAGERS } from "../training-sessions/training-session.visibility";

export type EnrollmentAction = "confirm" | "markAttended" | "markNoShow" | "pass";

export const EnrollmentWorkflow = defineWorkflow<EnrollmentStatus, EnrollmentAction>({
  confirm: { from: [EnrollmentStatus.APPLIED], to: EnrollmentStatus.CONFIRMED, roles: SESSION_MANAGERS },
  markAttended: { from: [EnrollmentStatus.CONFIRMED], to: EnrollmentStatus.ATTENDED, roles: SESSION_MANAGERS },
  markNoShow: { from: [EnrollmentStatus.CONFIRMED], to: EnrollmentStatus.NO_SHOW, roles: SESSION_MANAGERS },
  pass: { from: [EnrollmentStatus.ATTENDED], to: EnrollmentStatus.PASSED, roles: SESSION_MANAGERS },
});

/** Who may enrol trainees: those who run the session (anyone), enterprises and service organisations (their own staff). */
export const ENROLLING_ROLES: readonly Role[] = [...SESSION_MANAGERS, Role.ENTERPRISE, Role.SERVICE_ORG];

/** Roles that enrol only their own organisation's staff. */
export const OWN_STAFF_ROLES: readonly Role[] = [Role.ENTERPRISE, Role.SERVICE_ORG];
