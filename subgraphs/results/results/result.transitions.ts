/**
 * The result workflow's commands. Each runs in one transaction: role → load (missing or hidden →
 * NOT_FOUND) → scope → state (CONFLICT naming it) → preconditions → write → history.
 */
import type { DataSource } from "typeorm";
import { Role, type Caller } from "../../../platform/auth";
import { actsFor, isAuthorityFor, operatesBase, requireScope } from "../../../platform/access";
import { recordChange } from "../../../platform/change-feed";
import { lockRows } from "../../../platform/database";
import { conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import { actionsFrom, authorizeAction, nextState } from "../../../platform/workflow";
import { requireNote, type Acting } from "../commands";
import { Confidentiality } from "../enums";
import type { ResultsPeers } from "../external/peers";
import { Result } from "./result.entity";
import { canSeeResult, servesProject } from "./result.visibility";
import { FILEABLE_PROJECT_STATES, PUBLIC_SPONSOR_TYPES, RESULT_ACTIONS_NEEDING_NOTE, ResultWorkflow, type ResultAction } from "./result.workflow";

export const RESULT_ENTITY = "Result";

type Scoped = Pick<Result, "regionCode" | "baseId" | "sponsorOrganizationId" | "serviceOrganizationIds">;

/** The base's operator or a SERVICE_ORG of the project: who files the result. */
export const isResultAuthor = (caller: Caller, result: Pick<Result, "baseId" | "serviceOrganizationIds">): boolean =>
  operatesBase(caller, result.baseId) || (caller.role === Role.SERVICE_ORG && servesProject(caller, result));

/** Whether `action` on `result` is within the caller's scope (their role already allows it). */
export function resultScopeAllows(action: ResultAction, caller: Caller, result: Scoped): boolean {
  switch (action) {
    case "submit":
    case "resubmit":
      return isResultAuthor(caller, result);
    case "startReview":
    case "admit":
    case "return":
    case "reject":
      return isAuthorityFor(caller, result.regionCode);
    case "release":
    case "withdraw":
      return isAuthorityFor(caller, result.regionCode) || operatesBase(caller, result.baseId);
    case "consentToRelease":
      return actsFor(caller, result.sponsorOrganizationId);
  }
}

/** What the caller may do next with the result: the workflow's actions for their role, narrowed by scope. */
export function availableResultActions(caller: Caller, result: Result): ResultAction[] {
  return actionsFrom(ResultWorkflow, result.status, caller.role).filter(
    (action) => resultScopeAllows(action, caller, result) && !(action === "consentToRelease" && result.sponsorConsentAt !== null),
  );
}

export class ResultWorkflowService {
  constructor(private readonly dataSource: DataSource, private readonly peers: ResultsPeers, private readonly now: () => Date) {}

  async transition(acting: Acting, id: string, action: ResultAction, note?: string | null): Promise<Result> {
    const { caller } = acting;
    authorizeAction(ResultWorkflow, action, caller, "result");
    return this.dataSource.transaction(async (manager) => {
      await lockRows(manager, Result, [id]);
      const result = await manager.findOneBy(Result, { id });
      if (!result || !canSeeResult(caller, result)) throw notFound(RESULT_ENTITY, id);
      requireScope(resultScopeAllows(action, caller, result), `${action} result ${id}`);
      const from = result.status;
      const to = nextState(ResultWorkflow, action, from, "result", id);
      const reason = RESULT_ACTIONS_NEEDING_NOTE.includes(action) ? requireNote(note, `${action} a result`) : note?.trim() || null;
      await this.checkPreconditions(acting, action, result);

      const changes: Partial<Result> = { status: to };
      if (action === "release") changes.releasedAt = this.now();
      if (action === "consentToRelease") changes.sponsorConsentAt = this.now();
      await manager.update(Result, { id }, changes);
      await recordStateChange(manager, { entityType: RESULT_ENTITY, entityId: id, action, from, to, caller, note: reason });
      await recordChange(manager, RESULT_ENTITY, id);
      return manager.findOneByOrFail(Result, { id });
    });
  }

  private async checkPreconditions(acting: Acting, action: ResultAction, result: Result): Promise<void> {
    switch (action) {
      case "submit":
      case "resubmit": {
        // 只有通过验收或已备案的项目的成果方可入库备案.
        const status = await this.peers.projects.status(result.projectId, acting.authorization);
        if (!status || !(FILEABLE_PROJECT_STATES as readonly string[]).includes(status)) {
          throw conflict(`only results of accepted or filed projects are filed: project ${result.projectId} is ${status ?? "not visible"}`, result.status);
        }
        return;
      }
      case "consentToRelease":
        if (result.sponsorConsentAt) throw conflict(`the sponsor already consented to the release of result ${result.id}`, result.status);
        return;
      case "release":
        return this.checkReleasable(acting, result);
      default:
        return;
    }
  }

  /** Release respects confidentiality: a targeted audience must exist, and a non-public sponsor must have consented. */
  private async checkReleasable(acting: Acting, result: Result): Promise<void> {
    if (result.confidentiality === Confidentiality.TARGETED && result.audienceIndustryCodes.length + result.audienceOrganizationIds.length === 0) {
      throw conflict(`result ${result.id} is TARGETED but names no audience industry or organisation`, result.status);
    }
    if (result.sponsorConsentAt) return;
    const type = await this.peers.organizations.type(result.sponsorOrganizationId, acting.authorization);
    if (!type || !(PUBLIC_SPONSOR_TYPES as readonly string[]).includes(type)) {
      throw conflict(`the sponsor ${result.sponsorOrganizationId} (${type ?? "type unknown"}) must consent to the release of result ${result.id} first`, result.status);
    }
  }
}
