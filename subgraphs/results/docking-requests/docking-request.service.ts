import type { DataSource, EntityManager } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, findPage, getOrThrow } from "../../../platform/crud";
import { badInput } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { DockingStatus } from "../enums";
import { Result } from "../results/result.entity";
import { DockingRequest } from "./docking-request.entity";
import type { CreateDockingRequestInput, DockingRequestFilter, UpdateDockingRequestInput } from "./docking-request.inputs";

export class DockingRequestService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: DockingRequestFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(DockingRequest).createQueryBuilder("d").orderBy("d.createdAt", "DESC").addOrderBy("d.id", "ASC");
    for (const key of ["requesterOrganizationId", "resultId", "type", "status", "regionCode"] as const) {
      const value = filter[key];
      if (value !== undefined && value !== null) query.andWhere(`d.${key} = :${key}`, { [key]: value });
    }
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateDockingRequestInput): Promise<DockingRequest> {
    requireSignedIn(caller);
    if (!input.resultId && !input.projectId) throw badInput("input.resultId", "a docking request names a result or a project");
    return this.dataSource.transaction(async (manager) => {
      if (input.resultId) await checkResult(manager, input.resultId, input.projectId);
      const repository = manager.getRepository(DockingRequest);
      return repository.save(
        repository.create({
          id: crypto.randomUUID(),
          ...input,
          resultId: input.resultId ?? null,
          projectId: input.projectId ?? null,
          status: DockingStatus.SUBMITTED,
        }),
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateDockingRequestInput): Promise<DockingRequest> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(DockingRequest);
      const request = await getOrThrow(repository, id, "DockingRequest");
      return repository.save(applyPatch(request, input));
    });
  }
}

/** The result must exist here; a project given alongside must be the result's own. */
async function checkResult(manager: EntityManager, resultId: string, projectId: string | undefined): Promise<void> {
  const result = await manager.findOne(Result, { where: { id: resultId }, select: { id: true, projectId: true } });
  if (!result) throw badInput("input.resultId", `no result ${resultId}`);
  if (projectId && projectId !== result.projectId) {
    throw badInput("input.projectId", `result ${resultId} belongs to project ${result.projectId}, not ${projectId}`);
  }
}
