import type { DataSource, EntityManager } from "typeorm";
import { actsFor, requireRole, requireScope } from "../../../platform/access";
import type { Caller } from "../../../platform/auth";
import { applyPatch, findPage, patchOf } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { authorizeAction, nextState } from "../../../platform/workflow";
import { EnrollmentStatus } from "../enums";
import { TrainingSession } from "../training-sessions/training-session.entity";
import { runsSession } from "../training-sessions/training-session.visibility";
import { certificateYear, issueCertificateNumber } from "./certificate";
import { Enrollment } from "./enrollment.entity";
import type { CreateEnrollmentInput, EnrollmentFilter, UpdateEnrollmentInput } from "./enrollment.inputs";
import { applyEnrollmentVisibility, canSeeEnrollment } from "./enrollment.visibility";
import { ENROLLING_ROLES, EnrollmentWorkflow, OWN_STAFF_ROLES, type EnrollmentAction } from "./enrollment.workflow";

export const ENROLLMENT = "Enrollment";

/** Trainee details can change until attendance is recorded; after that they are what the certificate says. */
const EDITABLE: readonly EnrollmentStatus[] = [EnrollmentStatus.APPLIED, EnrollmentStatus.CONFIRMED];

export class EnrollmentService {
  constructor(private readonly dataSource: DataSource, private readonly clock: () => Date) {}

  list(caller: Caller, filter: EnrollmentFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Enrollment).createQueryBuilder("n").orderBy("n.createdAt", "ASC").addOrderBy("n.id", "ASC");
    if (filter.sessionId) query.andWhere("n.sessionId = :sessionId", { sessionId: filter.sessionId });
    if (filter.status) query.andWhere("n.status = :status", { status: filter.status });
    return findPage(applyEnrollmentVisibility(query, "n", caller), page);
  }

  /**
   * Enrols a trainee unless the session is full. The session's row is locked before its enrolments are
   * counted, so two enrolments racing for the last seat queue and the second finds the session full.
   * Every state holds a seat (there is no cancelled state), so the count covers all enrolments.
   */
  async create(caller: Caller, input: CreateEnrollmentInput): Promise<Enrollment> {
    requireRole(caller, ENROLLING_ROLES, "enrol a trainee");
    return this.dataSource.transaction(async (manager) => {
      await lockRows(manager, TrainingSession, [input.sessionId]);
      const session = await manager.findOneBy(TrainingSession, { id: input.sessionId });
      if (!session) throw badInput("input.sessionId", `no training session ${input.sessionId}`);
      checkEnrolling(caller, session, input.traineeOrganizationId ?? null, "input.traineeOrganizationId");
      const enrolled = await manager.countBy(Enrollment, { sessionId: session.id });
      if (enrolled >= session.capacity) throw conflict("session is full");
      const now = new Date();
      const enrollment = manager.create(Enrollment, {
        ...input,
        id: crypto.randomUUID(),
        // SQLite's column default keeps whole seconds only; the enrolment order needs the milliseconds.
        createdAt: now,
        updatedAt: now,
        traineeOrganizationId: input.traineeOrganizationId ?? null,
        status: EnrollmentStatus.APPLIED,
        certificateNumber: null,
      });
      await manager.insert(Enrollment, enrollment);
      await recordStateChange(manager, { entityType: ENROLLMENT, entityId: enrollment.id, action: "create", from: null, to: enrollment.status, caller });
      return enrollment;
    });
  }

  async update(caller: Caller, id: string, input: UpdateEnrollmentInput): Promise<Enrollment> {
    requireRole(caller, ENROLLING_ROLES, "change an enrolment");
    const patch = patchOf(input, ["traineeOrganizationId"]);
    return this.dataSource.transaction(async (manager) => {
      const { enrollment, session } = await this.load(manager, caller, id);
      checkEnrolling(caller, session, enrollment.traineeOrganizationId, "id");
      if (patch.traineeOrganizationId !== undefined) checkEnrolling(caller, session, patch.traineeOrganizationId ?? null, "input.traineeOrganizationId");
      if (!EDITABLE.includes(enrollment.status)) {
        throw conflict(`cannot change enrolment ${id}: it is ${enrollment.status} (changes are allowed while ${EDITABLE.join(", ")})`, enrollment.status);
      }
      return manager.getRepository(Enrollment).save(applyPatch(enrollment, patch));
    });
  }

  /** Takes one step of the enrolment workflow; `pass` issues the certificate number in the same transaction. */
  async transition(caller: Caller, id: string, action: EnrollmentAction, note?: string | null): Promise<Enrollment> {
    authorizeAction(EnrollmentWorkflow, action, caller, "enrolment");
    return this.dataSource.transaction(async (manager) => {
      const { enrollment, session } = await this.load(manager, caller, id);
      requireScope(runsSession(caller, session), `${action} this enrolment`);
      const from = enrollment.status;
      const to = nextState(EnrollmentWorkflow, action, from, "enrolment", id);
      if ((action === "markAttended" || action === "markNoShow") && session.startsAt.getTime() > this.clock().getTime()) {
        throw conflict(`cannot ${action === "markAttended" ? "mark attendance of" : "mark a no-show of"} enrolment ${id}: session ${session.id} has not started yet`, from);
      }
      enrollment.status = to;
      if (action === "pass") enrollment.certificateNumber = await issueCertificateNumber(manager, certificateYear(session.startsAt));
      enrollment.updatedAt = new Date();
      await manager.update(Enrollment, { id }, { status: to, certificateNumber: enrollment.certificateNumber, updatedAt: enrollment.updatedAt });
      await recordStateChange(manager, { entityType: ENROLLMENT, entityId: id, action, from, to, caller, note });
      return enrollment;
    });
  }

  /** The enrolment and its session; missing and invisible answer the same NOT_FOUND. */
  private async load(manager: EntityManager, caller: Caller, id: string) {
    const enrollment = await manager.findOneBy(Enrollment, { id });
    const session = enrollment && (await manager.findOneBy(TrainingSession, { id: enrollment.sessionId }));
    if (!enrollment || !session || !canSeeEnrollment(caller, enrollment, session)) throw notFound(ENROLLMENT, id);
    return { enrollment, session };
  }
}

/**
 * Those who run the session enrol anyone; an enterprise or a service organisation only its own staff,
 * so the trainee's organisation must be the caller's.
 */
function checkEnrolling(caller: Caller, session: TrainingSession, traineeOrganizationId: string | null, field: string): void {
  if (runsSession(caller, session)) return;
  if (OWN_STAFF_ROLES.includes(caller.role)) {
    if (traineeOrganizationId === null && field.startsWith("input.")) throw badInput(field, "an enterprise or service organisation enrols its own staff: give your organisation as traineeOrganizationId");
    requireScope(actsFor(caller, traineeOrganizationId), "enrol staff of another organisation");
    return;
  }
  requireScope(false, `enrol trainees in session ${session.id}`);
}
