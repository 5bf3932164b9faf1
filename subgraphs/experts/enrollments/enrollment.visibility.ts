/**
 * Who sees an enrolment (a trainee's name and organisation): those who run its session (the base's
 * operator, the authorities of the session's province) and whoever acts for the trainee's organisation.
 * Anonymous callers and experts see none. A session's seat count stays public: it names nobody.
 */
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { actsFor, isNationalAdmin } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import type { TrainingSession } from "../training-sessions/training-session.entity";
import { runsSession } from "../training-sessions/training-session.visibility";
import type { Enrollment } from "./enrollment.entity";

export function canSeeEnrollment(caller: Caller, enrollment: Pick<Enrollment, "traineeOrganizationId">, session: Pick<TrainingSession, "baseId" | "regionCode">): boolean {
  return runsSession(caller, session) || actsFor(caller, enrollment.traineeOrganizationId);
}

/** Lists: restricts `alias` (an enrolment) to the ones the caller may see. */
export function applyEnrollmentVisibility<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, caller: Caller): SelectQueryBuilder<T> {
  if (isNationalAdmin(caller)) return query;
  const ofSession = (condition: string) => `EXISTS (SELECT 1 FROM "training_session" "vs" WHERE "vs"."id" = "${alias}"."sessionId" AND ${condition})`;
  const conditions: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (caller.role === Role.PROVINCIAL_OFFICE) {
    conditions.push(ofSession(`"vs"."regionCode" = :visibleProvince`));
    parameters.visibleProvince = caller.province;
  }
  if (caller.role === Role.BASE_OPERATOR) {
    conditions.push(ofSession(`"vs"."baseId" = :visibleBaseId`));
    parameters.visibleBaseId = caller.baseId;
  }
  if (caller.orgId) {
    conditions.push(`"${alias}"."traineeOrganizationId" = :visibleOrgId`);
    parameters.visibleOrgId = caller.orgId;
  }
  return query.andWhere(conditions.length ? `(${conditions.join(" OR ")})` : "1 = 0", parameters);
}
