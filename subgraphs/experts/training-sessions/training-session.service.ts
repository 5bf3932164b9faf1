import { In, type DataSource, type EntityManager } from "typeorm";
import { requireRole, requireScope } from "../../../platform/access";
import type { Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, getOrThrow } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { Enrollment } from "../enrollments/enrollment.entity";
import { Expert } from "../experts/expert.entity";
import { TrainingSession } from "./training-session.entity";
import type { CreateTrainingSessionInput, TrainingSessionFilter, UpdateTrainingSessionInput } from "./training-session.inputs";
import { runsSession, SESSION_MANAGERS } from "./training-session.visibility";

export class TrainingSessionService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: TrainingSessionFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(TrainingSession).createQueryBuilder("s").orderBy("s.startsAt", "DESC").addOrderBy("s.id", "ASC");
    if (filter.baseId) query.andWhere("s.baseId = :baseId", { baseId: filter.baseId });
    if (filter.regionCode) query.andWhere("s.regionCode = :regionCode", { regionCode: filter.regionCode });
    if (filter.mode) query.andWhere("s.mode = :mode", { mode: filter.mode });
    if (filter.startsAfter) query.andWhere("s.startsAt >= :startsAfter", { startsAfter: filter.startsAfter });
    if (filter.startsBefore) query.andWhere("s.startsAt < :startsBefore", { startsBefore: filter.startsBefore });
    return findPage(query, page);
  }

  /** By the operator of the session's base or the authorities of the province where it is held. */
  async create(caller: Caller, input: CreateTrainingSessionInput): Promise<TrainingSession> {
    requireRole(caller, SESSION_MANAGERS, "schedule a training session");
    requireScope(runsSession(caller, input), "schedule a training session for this base or province");
    checkPeriod(input.startsAt, input.endsAt);
    return this.dataSource.transaction(async (manager) => {
      const lecturerExpertIds = input.lecturerExpertIds ?? [];
      await checkLecturers(manager, lecturerExpertIds);
      const repository = manager.getRepository(TrainingSession);
      return repository.save(
        repository.create({ ...input, id: crypto.randomUUID(), location: input.location ?? "", lecturerExpertIds, topics: input.topics ?? [] }),
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateTrainingSessionInput): Promise<TrainingSession> {
    requireRole(caller, SESSION_MANAGERS, "change a training session");
    const patch = patchOf(input);
    return this.dataSource.transaction(async (manager) => {
      // Locked like an enrolment locks it: a capacity cut and an enrolment cannot pass each other.
      await lockRows(manager, TrainingSession, [id]);
      const repository = manager.getRepository(TrainingSession);
      const found = await getOrThrow(repository, id, "TrainingSession");
      requireScope(runsSession(caller, found), "change this training session");
      const session = applyPatch(found, patch);
      checkPeriod(session.startsAt, session.endsAt);
      if (patch.lecturerExpertIds) await checkLecturers(manager, patch.lecturerExpertIds);
      if (patch.capacity !== undefined) {
        const enrolled = await manager.countBy(Enrollment, { sessionId: id });
        if (enrolled > patch.capacity) throw conflict(`session ${id} already has ${enrolled} enrolments, more than a capacity of ${patch.capacity}`);
      }
      return repository.save(session);
    });
  }
}

function checkPeriod(startsAt: Date, endsAt: Date): void {
  if (endsAt.getTime() <= startsAt.getTime()) throw badInput("input.endsAt", "endsAt must be after startsAt");
}

async function checkLecturers(manager: EntityManager, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set((await manager.find(Expert, { select: { id: true }, where: { id: In(ids) } })).map((expert) => expert.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing) throw badInput("input.lecturerExpertIds", `no expert ${missing}`);
}
