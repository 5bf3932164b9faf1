import type { DataSource } from "typeorm";
import { requireRole, requireScope } from "../../../platform/access";
import type { Caller } from "../../../platform/auth";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import { authorizeAction, nextState } from "../../../platform/workflow";
import { EngagementStatus } from "../enums";
import { Expert } from "../experts/expert.entity";
import { DrawRecord } from "../matchmaking/draw-record.entity";
import { canSeeDrawRecord } from "../matchmaking/draw-record.visibility";
import { Engagement } from "./engagement.entity";
import { applyEngagementVisibility, canSeeEngagement } from "./engagement.visibility";
import { actsOnEngagement, BASE_SIDE, ENGAGEMENT_ACTIONS_NEEDING_A_REASON, EngagementWorkflow, type EngagementAction } from "./engagement.workflow";

export const ENGAGEMENT = "Engagement";

export interface EngagementStep {
  note?: string | null;
  noConflictDeclared?: boolean;
  rating?: number;
  comment?: string | null;
}

export class EngagementService {
  constructor(private readonly dataSource: DataSource) {}

  async visibleByIds(caller: Caller, ids: readonly string[]): Promise<(Engagement | null)[]> {
    const query = this.dataSource.getRepository(Engagement).createQueryBuilder("g").where("g.id IN (:...ids)", { ids: [...new Set(ids)] });
    const found = new Map((await applyEngagementVisibility(query, "g", caller).getMany()).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  }

  /** One PROPOSED engagement per expert the draw selected; CONFLICT when the draw was already proposed. */
  async propose(caller: Caller, drawRecordId: string): Promise<Engagement[]> {
    requireRole(caller, BASE_SIDE, "propose engagements");
    return this.dataSource.transaction(async (manager) => {
      await lockRows(manager, DrawRecord, [drawRecordId]);
      const record = await manager.findOneBy(DrawRecord, { id: drawRecordId });
      if (!record || !canSeeDrawRecord(caller, record)) throw notFound("DrawRecord", drawRecordId);
      if (await manager.countBy(Engagement, { drawRecordId })) throw conflict(`engagements of draw record ${drawRecordId} were already proposed`);
      const now = Date.now();
      const engagements = record.selections.map((selection, index) =>
        manager.create(Engagement, {
          id: crypto.randomUUID(),
          drawRecordId,
          expertId: selection.expertId,
          projectId: record.request.projectId,
          requesterBaseId: record.requesterBaseId,
          regionCode: record.regionCode,
          stage: record.request.stage,
          status: EngagementStatus.PROPOSED,
          declaredNoConflictAt: null,
          rating: null,
          ratingComment: null,
          // Selection order is the list order; SQLite's default keeps whole seconds only.
          createdAt: new Date(now + index),
          updatedAt: new Date(now + index),
        }),
      );
      for (const engagement of engagements) {
        await manager.insert(Engagement, engagement);
        await recordStateChange(manager, { entityType: ENGAGEMENT, entityId: engagement.id, action: "propose", from: null, to: engagement.status, caller });
      }
      return engagements;
    });
  }

  /** Takes one step of the engagement workflow: role, then scope, then input, then state. */
  async transition(caller: Caller, id: string, action: EngagementAction, step: EngagementStep = {}): Promise<Engagement> {
    authorizeAction(EngagementWorkflow, action, caller, "engagement");
    if (ENGAGEMENT_ACTIONS_NEEDING_A_REASON.includes(action) && !step.note?.trim()) throw badInput("note", `give the reason to ${action} the engagement`);
    if (action === "accept" && step.noConflictDeclared !== true) throw badInput("noConflictDeclared", "declare that you have no conflict of interest to accept the engagement");
    if (action === "rate" && (!Number.isInteger(step.rating) || step.rating! < 1 || step.rating! > 5)) throw badInput("rating", "rating is a whole number 1–5");
    return this.dataSource.transaction(async (manager) => {
      const engagement = await manager.findOneBy(Engagement, { id });
      if (!engagement || !canSeeEngagement(caller, engagement)) throw notFound(ENGAGEMENT, id);
      requireScope(actsOnEngagement(caller, engagement), `${action} this engagement`);
      const from = engagement.status;
      const to = nextState(EngagementWorkflow, action, from, "engagement", id);
      const now = new Date();
      if (action === "accept") engagement.declaredNoConflictAt = now;
      if (action === "rate") {
        engagement.rating = step.rating!;
        engagement.ratingComment = step.comment ?? null;
        await lockRows(manager, Expert, [engagement.expertId]);
        const expert = await manager.findOneByOrFail(Expert, { id: engagement.expertId });
        const count = expert.ratingCount + 1;
        await manager.update(Expert, { id: expert.id }, { rating: (expert.rating * expert.ratingCount + step.rating!) / count, ratingCount: count });
      }
      engagement.status = to;
      engagement.updatedAt = now;
      await manager.update(
        Engagement,
        { id },
        { status: to, declaredNoConflictAt: engagement.declaredNoConflictAt, rating: engagement.rating, ratingComment: engagement.ratingComment, updatedAt: now },
      );
      await recordStateChange(manager, { entityType: ENGAGEMENT, entityId: id, action, from, to, caller, note: step.note });
      return engagement;
    });
  }
}
