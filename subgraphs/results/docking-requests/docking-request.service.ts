import type { DataSource, EntityManager } from "typeorm";
import { Role, type Caller } from "../../../platform/auth";
import { actsFor, isAuthorityFor, isProvincialOfficeOf, requireRole, requireScope } from "../../../platform/access";
import { applyPatch, findPage } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, forbidden, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { actionsFrom, authorizeAction, nextState } from "../../../platform/workflow";
import { requireNote, type Acting } from "../commands";
import { DockingStatus, DockingType } from "../enums";
import { Result } from "../results/result.entity";
import { canSeeResult } from "../results/result.visibility";
import { DockingRequest } from "./docking-request.entity";
import type { CreateDockingRequestInput, DockingRequestFilter, UpdateDockingRequestInput } from "./docking-request.inputs";
import { applyDockingRequestVisibility, canSeeDockingRequest } from "./docking-request.visibility";
import { DOCKING_ACTIONS_NEEDING_NOTE, DOCKING_REQUESTER_ROLES, DockingRequestWorkflow, type DockingRequestAction } from "./docking-request.workflow";

export const DOCKING_ENTITY = "DockingRequest";

/** The requester: its organisation, or for an office's own request, the office of its province. */
const isRequester = (caller: Caller, request: Pick<DockingRequest, "requesterOrganizationId" | "regionCode">): boolean =>
  request.requesterOrganizationId ? actsFor(caller, request.requesterOrganizationId) : isProvincialOfficeOf(caller, request.regionCode);

/** What the caller may do next with the request: the workflow's actions for their role, in their province. */
export const availableDockingActions = (caller: Caller, request: DockingRequest): DockingRequestAction[] =>
  isAuthorityFor(caller, request.regionCode) ? actionsFrom(DockingRequestWorkflow, request.status, caller.role) : [];

export class DockingRequestService {
  constructor(private readonly dataSource: DataSource) {}

  list(caller: Caller, filter: DockingRequestFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(DockingRequest).createQueryBuilder("d").orderBy("d.createdAt", "DESC").addOrderBy("d.id", "ASC");
    for (const key of ["requesterOrganizationId", "resultId", "type", "status", "regionCode"] as const) {
      const value = filter[key];
      if (value !== undefined && value !== null) query.andWhere(`d.${key} = :${key}`, { [key]: value });
    }
    applyDockingRequestVisibility(query, "d", caller);
    return findPage(query, page);
  }

  /**
   * An organisation requests for itself (the requester is the caller's organisation); a provincial office
   * may request a centralised examination (集中审查) for its own province, with no requester organisation.
   */
  async create(acting: Acting, input: CreateDockingRequestInput): Promise<DockingRequest> {
    const { caller } = acting;
    requireRole(caller, DOCKING_REQUESTER_ROLES, "request a docking");
    const { requesterOrganizationId, regionCode } = requesterOf(caller, input);
    if (!input.resultId && !input.projectId) throw badInput("input.resultId", "a docking request names a result or a project");
    return this.dataSource.transaction(async (manager) => {
      if (input.resultId) await checkResult(manager, caller, input.resultId, input.projectId);
      const repository = manager.getRepository(DockingRequest);
      const saved = await repository.save(
        repository.create({
          id: crypto.randomUUID(),
          requesterOrganizationId,
          regionCode,
          resultId: input.resultId ?? null,
          projectId: input.projectId ?? null,
          type: input.type,
          patentNumbers: input.patentNumbers,
          description: input.description,
          status: DockingStatus.SUBMITTED,
        }),
      );
      await recordStateChange(manager, { entityType: DOCKING_ENTITY, entityId: saved.id, action: "create", from: null, to: saved.status, caller });
      return saved;
    });
  }

  /** The requester edits the request while it has not been accepted. */
  async update(acting: Acting, id: string, input: UpdateDockingRequestInput): Promise<DockingRequest> {
    const { caller } = acting;
    requireRole(caller, DOCKING_REQUESTER_ROLES, "edit a docking request");
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(DockingRequest);
      const request = await repository.findOneBy({ id });
      if (!request || !canSeeDockingRequest(caller, request)) throw notFound(DOCKING_ENTITY, id);
      requireScope(isRequester(caller, request), `edit docking request ${id}`);
      if (request.status !== DockingStatus.SUBMITTED) throw conflict(`docking request ${id} is ${request.status}: only submitted requests are edited`, request.status);
      applyPatch(request, input);
      if (request.requesterOrganizationId === null && request.type !== DockingType.CENTRALIZED_EXAMINATION) {
        throw badInput("input.type", "a provincial office requests only centralised examination (集中审查)");
      }
      return repository.save(request);
    });
  }

  async transition(acting: Acting, id: string, action: DockingRequestAction, note?: string | null): Promise<DockingRequest> {
    const { caller } = acting;
    authorizeAction(DockingRequestWorkflow, action, caller, "docking request");
    return this.dataSource.transaction(async (manager) => {
      await lockRows(manager, DockingRequest, [id]);
      const request = await manager.findOneBy(DockingRequest, { id });
      if (!request || !canSeeDockingRequest(caller, request)) throw notFound(DOCKING_ENTITY, id);
      requireScope(isAuthorityFor(caller, request.regionCode), `${action} docking request ${id}`);
      const from = request.status;
      const to = nextState(DockingRequestWorkflow, action, from, "docking request", id);
      const reason = DOCKING_ACTIONS_NEEDING_NOTE.includes(action) ? requireNote(note, `${action} a docking request`) : note?.trim() || null;
      await manager.update(DockingRequest, { id }, { status: to });
      await recordStateChange(manager, { entityType: DOCKING_ENTITY, entityId: id, action, from, to, caller, note: reason });
      return manager.findOneByOrFail(DockingRequest, { id });
    });
  }
}

function requesterOf(caller: Caller, input: CreateDockingRequestInput): { requesterOrganizationId: string | null; regionCode: string } {
  if (caller.role === Role.PROVINCIAL_OFFICE) {
    if (input.type !== DockingType.CENTRALIZED_EXAMINATION) throw forbidden("a provincial office may request only centralised examination (集中审查)");
    if (input.regionCode && input.regionCode !== caller.province) throw badInput("input.regionCode", "a provincial office requests for its own province");
    return { requesterOrganizationId: null, regionCode: caller.province! };
  }
  if (!input.regionCode) throw badInput("input.regionCode", "the province of the requesting organisation is required");
  return { requesterOrganizationId: caller.orgId!, regionCode: input.regionCode };
}

/** The result must be one the requester can see; a project given alongside must be the result's own. */
async function checkResult(manager: EntityManager, caller: Caller, resultId: string, projectId: string | undefined): Promise<void> {
  const result = await manager.findOneBy(Result, { id: resultId });
  if (!result || !canSeeResult(caller, result)) throw badInput("input.resultId", `no result ${resultId}`);
  if (projectId && projectId !== result.projectId) {
    throw badInput("input.projectId", `result ${resultId} belongs to project ${result.projectId}, not ${projectId}`);
  }
}
