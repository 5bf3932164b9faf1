import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, getOrThrow } from "../../../platform/crud";
import { badInput, conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { EnrollmentStatus } from "../enums";
import { TrainingSession } from "../training-sessions/training-session.entity";
import { Enrollment } from "./enrollment.entity";
import type { CreateEnrollmentInput, EnrollmentFilter, UpdateEnrollmentInput } from "./enrollment.inputs";

export class EnrollmentService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: EnrollmentFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Enrollment).createQueryBuilder("n").orderBy("n.createdAt", "ASC").addOrderBy("n.id", "ASC");
    if (filter.sessionId) query.andWhere("n.sessionId = :sessionId", { sessionId: filter.sessionId });
    if (filter.status) query.andWhere("n.status = :status", { status: filter.status });
    return findPage(query, page);
  }

  /**
   * Enrols a trainee unless the session is full. Every enrolment state holds a seat (there is no
   * cancelled state), so the count covers all of the session's enrolments.
   */
  async create(caller: Caller, input: CreateEnrollmentInput): Promise<Enrollment> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const session = await manager.findOneBy(TrainingSession, { id: input.sessionId });
      if (!session) throw badInput("input.sessionId", `no training session ${input.sessionId}`);
      const enrolled = await manager.countBy(Enrollment, { sessionId: session.id });
      if (enrolled >= session.capacity) throw conflict("session is full");
      const repository = manager.getRepository(Enrollment);
      const now = new Date();
      return repository.save(
        repository.create({
          ...input,
          id: crypto.randomUUID(),
          // SQLite's column default keeps whole seconds only; the enrolment order needs the milliseconds.
          createdAt: now,
          updatedAt: now,
          traineeOrganizationId: input.traineeOrganizationId ?? null,
          status: EnrollmentStatus.APPLIED,
          certificateNumber: null,
        }),
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateEnrollmentInput): Promise<Enrollment> {
    requireSignedIn(caller);
    const patch = patchOf(input, ["traineeOrganizationId"]);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Enrollment);
      return repository.save(applyPatch(await getOrThrow(repository, id, "Enrollment"), patch));
    });
  }
}
