/** Matching experts to a consultation request: hard filters in SQL, conflicts and scores in code, one DrawRecord per run. */
import { randomInt } from "node:crypto";
import { In, type DataSource, type SelectQueryBuilder } from "typeorm";
import { isAuthorityFor, operatesBase, requireRole, requireScope } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { jsonListElementPattern } from "../../../platform/crud";
import { badInput } from "../../../platform/errors";
import { EngagementStatus, ExpertStatus, PoolScope, type ConflictType } from "../enums";
import { ConflictDeclaration } from "../experts/conflict-declaration.entity";
import { Expert } from "../experts/expert.entity";
import { DrawRecord, type DrawRequest, type ScoreComponents } from "./draw-record.entity";
import { applyDrawRecordVisibility } from "./draw-record.visibility";
import { SelectionMode } from "./match.enums";
import type { MatchRequestInput } from "./match.inputs";
import { conflictsOf, scoreComponents, seededDraw, weightedScore } from "./scoring";

export interface MatchedExpert {
  expert: Expert;
  score: number;
  components: ScoreComponents;
}
export interface ExcludedExpert {
  expert: Expert;
  reason: ConflictType;
  detail: string;
}
export interface MatchOutcome {
  drawRecord: DrawRecord;
  selected: MatchedExpert[];
  excluded: ExcludedExpert[];
  consideredCount: number;
}

const MATCHERS = [Role.BASE_OPERATOR, Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE];

/**
 * Writes DrawRecords and reads them; deliberately has no method that updates or deletes one.
 */
export class MatchmakingService {
  constructor(private readonly dataSource: DataSource) {}

  /** By a base operator for its own base, or the authorities of the request's province. */
  async match(caller: Caller, input: MatchRequestInput): Promise<MatchOutcome> {
    requireRole(caller, MATCHERS, "match experts");
    requireScope(isAuthorityFor(caller, input.regionCode) || operatesBase(caller, input.requesterBaseId), "match experts for this base or province");
    if (input.windowTo < input.windowFrom) throw badInput("request.windowTo", "the window ends before it starts");
    if (input.mode === SelectionMode.RANKED && input.seed != null) throw badInput("request.seed", "a seed applies to RANDOM_DRAW only");
    const seed = input.mode === SelectionMode.RANDOM_DRAW ? (input.seed ?? randomInt(0, 2 ** 31 - 1)) : null;
    const request: DrawRequest = {
      stage: input.stage,
      industryCodes: input.industryCodes,
      ipcClasses: input.ipcClasses,
      navigationType: input.navigationType ?? null,
      regionCode: input.regionCode,
      need: input.need,
      windowFrom: input.windowFrom,
      windowTo: input.windowTo,
      headCount: input.headCount,
      mode: input.mode,
      requesterBaseId: input.requesterBaseId,
      sponsorOrganizationId: input.sponsorOrganizationId,
      serviceOrganizationIds: input.serviceOrganizationIds,
      hostOrganizationId: input.hostOrganizationId ?? null,
      projectId: input.projectId,
    };

    return this.dataSource.transaction(async (manager) => {
      const candidates = await this.qualified(manager.getRepository(Expert).createQueryBuilder("e"), request);
      const declarations = candidates.length
        ? await manager.getRepository(ConflictDeclaration).find({ where: { expertId: In(candidates.map((e) => e.id)) }, order: { id: "ASC" } })
        : [];
      const excluded: ExcludedExpert[] = [];
      const eligible: MatchedExpert[] = [];
      for (const expert of candidates) {
        const reasons = conflictsOf(expert, declarations.filter((d) => d.expertId === expert.id), request);
        if (reasons.length) excluded.push(...reasons.map(({ reason, detail }) => ({ expert, reason, detail })));
        else {
          const components = scoreComponents(expert, request);
          eligible.push({ expert, components, score: weightedScore(components) });
        }
      }
      eligible.sort((a, b) => b.score - a.score || (a.expert.id < b.expert.id ? -1 : 1));
      let selected: MatchedExpert[];
      if (seed === null) selected = eligible.slice(0, request.headCount);
      else {
        const byId = new Map(eligible.map((match) => [match.expert.id, match]));
        selected = seededDraw([...byId.keys()], request.headCount, seed).map((id) => byId.get(id)!);
      }
      const drawRecord = manager.create(DrawRecord, {
        id: crypto.randomUUID(),
        requesterBaseId: request.requesterBaseId,
        regionCode: request.regionCode,
        request,
        consideredCount: candidates.length,
        consideredExpertIds: candidates.map((e) => e.id),
        exclusions: excluded.map(({ expert, reason, detail }) => ({ expertId: expert.id, reason, detail })),
        selections: selected.map(({ expert, score, components }) => ({ expertId: expert.id, score, components })),
        seed,
        operatorSubject: caller.subject ?? "",
        operatorRole: caller.role,
      });
      await manager.getRepository(DrawRecord).insert(drawRecord);
      return { drawRecord, selected, excluded, consideredCount: candidates.length };
    });
  }

  /** The hard filters, all in SQL: status, stage, availability, load, and the pools the requester may draw from. */
  private qualified(query: SelectQueryBuilder<Expert>, request: DrawRequest): Promise<Expert[]> {
    const pools = this.dataSource
      .createQueryBuilder()
      .select("1")
      .from("expert_pool_membership", "m")
      .where(`"m"."expertId" = "e"."id"`)
      .andWhere(`("m"."scope" = :national OR ("m"."scope" = :provincial AND "m"."scopeId" = :poolRegion) OR ("m"."scope" = :base AND "m"."scopeId" = :poolBase))`);
    return query
      .where("e.status = :active", { active: ExpertStatus.ACTIVE })
      .andWhere("e.stages LIKE :stage ESCAPE '\\'", { stage: jsonListElementPattern(request.stage) })
      .andWhere("(e.availableFrom IS NULL OR e.availableFrom <= :windowFrom)", { windowFrom: request.windowFrom })
      .andWhere("(e.availableUntil IS NULL OR e.availableUntil >= :windowTo)", { windowTo: request.windowTo })
      // Load: the expert's engagements in ACCEPTED state.
      .andWhere(`(SELECT COUNT(*) FROM "engagement" "ld" WHERE "ld"."expertId" = "e"."id" AND "ld"."status" = :accepted) < "e"."maxConcurrentTasks"`, { accepted: EngagementStatus.ACCEPTED })
      .andWhere(`EXISTS (${pools.getQuery()})`, {
        national: PoolScope.NATIONAL,
        provincial: PoolScope.PROVINCIAL,
        base: PoolScope.BASE,
        poolRegion: request.regionCode,
        poolBase: request.requesterBaseId,
      })
      .orderBy("e.id", "ASC")
      .getMany();
  }

  /** Visible draw records by id, in key order, null where missing or not visible. */
  async visibleByIds(caller: Caller, ids: readonly string[]): Promise<(DrawRecord | null)[]> {
    const query = this.dataSource.getRepository(DrawRecord).createQueryBuilder("d").where("d.id IN (:...ids)", { ids: [...ids] });
    const rows = await applyDrawRecordVisibility(query, "d", caller).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }
}
