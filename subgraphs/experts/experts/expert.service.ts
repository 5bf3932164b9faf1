import type { DataSource, EntityManager } from "typeorm";
import { isProvincialOfficeOf, requireRole, requireScope } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { recordChange } from "../../../platform/change-feed";
import { applyPatch, patchOf, containsPattern, findPage, jsonListElementPattern } from "../../../platform/crud";
import { badInput, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { authorizeAction, nextState } from "../../../platform/workflow";
import { ExpertStatus } from "../enums";
import { ConflictDeclaration } from "./conflict-declaration.entity";
import { Expert } from "./expert.entity";
import type { CreateExpertInput, ExpertFilter, UpdateExpertInput } from "./expert.inputs";
import { applyExpertVisibility, applyMembershipVisibility, canSeeExpert } from "./expert.visibility";
import { actsOnExpert, EXPERT_ACTIONS_NEEDING_A_REASON, ExpertWorkflow, type ExpertAction } from "./expert.workflow";
import { checkConflictPeriod, checkPool, conflictRow, managesPool, poolKey } from "./membership.rules";
import { PoolMembership } from "./pool-membership.entity";

const DEFAULT_MAX_CONCURRENT_TASKS = 3;
export const EXPERT = "Expert";

const AUTHORITIES = [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE];
const SELF_OR_AUTHORITIES = [Role.EXPERT, ...AUTHORITIES];

/** The expert, for a command: missing and invisible answer the same NOT_FOUND. */
export async function loadVisibleExpert(manager: EntityManager, caller: Caller, id: string): Promise<Expert> {
  const expert = await manager.findOneBy(Expert, { id });
  if (!expert || !canSeeExpert(caller, expert)) throw notFound(EXPERT, id);
  return expert;
}

export class ExpertService {
  constructor(private readonly dataSource: DataSource) {}

  list(caller: Caller, filter: ExpertFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Expert).createQueryBuilder("e").orderBy("e.name", "ASC").addOrderBy("e.id", "ASC");
    applyExpertVisibility(query, "e", caller);
    if (filter.regionCode) query.andWhere("e.regionCode = :regionCode", { regionCode: filter.regionCode });
    if (filter.status) query.andWhere("e.status = :status", { status: filter.status });
    const listFilters = [
      ["industryCodes", filter.industryCode],
      ["stages", filter.stage],
      ["navigationTypes", filter.navigationType],
      ["categories", filter.category],
    ] as const;
    for (const [column, value] of listFilters) {
      if (value) query.andWhere(`e.${column} LIKE :${column} ESCAPE '\\'`, { [column]: jsonListElementPattern(value) });
    }
    // A subclass finds the experts of its groups too: match the start of a list element.
    if (filter.ipcClass) query.andWhere("e.ipcClasses LIKE :ipc ESCAPE '\\'", { ipc: containsPattern(`"${filter.ipcClass}`) });
    if (filter.poolScope || filter.poolScopeId) {
      // Only memberships the caller may see select: filtering by another base's pool finds nobody.
      const pool = this.dataSource.createQueryBuilder().select("1").from(PoolMembership, "m").where(`"m"."expertId" = "e"."id"`);
      if (filter.poolScope) pool.andWhere("m.scope = :poolScope");
      if (filter.poolScopeId) pool.andWhere("m.scopeId = :poolScopeId");
      applyMembershipVisibility(pool, "m", "e", caller);
      query.andWhere(`EXISTS (${pool.getQuery()})`, { ...pool.getParameters(), poolScope: filter.poolScope, poolScopeId: filter.poolScopeId });
    }
    if (filter.nameContains) query.andWhere("e.name LIKE :name ESCAPE '\\'", { name: containsPattern(filter.nameContains) });
    return findPage(query, page);
  }

  /** By the national admin, or the provincial office of the expert's province; each initial pool by whoever manages it. */
  async create(caller: Caller, input: CreateExpertInput): Promise<Expert> {
    requireRole(caller, AUTHORITIES, "register an expert");
    requireScope(caller.role === Role.NATIONAL_ADMIN || isProvincialOfficeOf(caller, input.regionCode), "register an expert based in another province");
    checkAvailability(input.availableFrom, input.availableUntil);
    const pools = (input.pools ?? []).map((pool, index) => checkPool(pool, `input.pools.${index}.scopeId`));
    if (new Set(pools.map(poolKey)).size !== pools.length) throw badInput("input.pools", "the same pool is listed twice");
    for (const pool of pools) requireScope(managesPool(caller, pool, input), `add experts to this ${pool.scope} pool`);
    const conflicts = input.conflicts ?? [];
    conflicts.forEach((declaration, index) => checkConflictPeriod(declaration, `input.conflicts.${index}.until`));
    const { pools: _pools, conflicts: _conflicts, ...profile } = input;
    return this.dataSource.transaction(async (manager) => {
      const expert = await manager.getRepository(Expert).save(
        manager.create(Expert, {
          ...profile,
          id: crypto.randomUUID(),
          employerOrganizationId: input.employerOrganizationId ?? null,
          ipcClasses: input.ipcClasses ?? [],
          navigationTypes: input.navigationTypes ?? [],
          serviceRegionCodes: input.serviceRegionCodes ?? [input.regionCode],
          expertise: input.expertise ?? "",
          availableFrom: input.availableFrom ?? null,
          availableUntil: input.availableUntil ?? null,
          maxConcurrentTasks: input.maxConcurrentTasks ?? DEFAULT_MAX_CONCURRENT_TASKS,
          rating: 0,
          ratingCount: 0,
          status: ExpertStatus.ACTIVE,
        }),
      );
      if (pools.length) {
        await manager.insert(PoolMembership, pools.map((pool) => ({ id: crypto.randomUUID(), expertId: expert.id, ...pool })));
      }
      if (conflicts.length) {
        await manager.insert(ConflictDeclaration, conflicts.map((declaration) => conflictRow(expert.id, declaration)));
      }
      await recordStateChange(manager, { entityType: EXPERT, entityId: expert.id, action: "create", from: null, to: expert.status, caller });
      await recordChange(manager, EXPERT, expert.id);
      return expert;
    });
  }

  /**
   * Profile fields only (status and rating have their own paths), by the expert themself or the
   * authorities of the expert's province; a provincial office cannot move an expert to another province.
   */
  async update(caller: Caller, id: string, input: UpdateExpertInput): Promise<Expert> {
    requireRole(caller, SELF_OR_AUTHORITIES, "change an expert's profile");
    const patch = patchOf(input, ["employerOrganizationId", "availableFrom", "availableUntil"]);
    return this.dataSource.transaction(async (manager) => {
      const found = await loadVisibleExpert(manager, caller, id);
      requireScope(actsOnExpert(caller, found), "change this expert's profile");
      if (patch.regionCode && caller.role === Role.PROVINCIAL_OFFICE) requireScope(isProvincialOfficeOf(caller, patch.regionCode), "move an expert to another province");
      const expert = applyPatch(found, patch);
      checkAvailability(expert.availableFrom, expert.availableUntil);
      const saved = await manager.getRepository(Expert).save(expert);
      await recordChange(manager, EXPERT, id);
      return saved;
    });
  }

  /** Takes one step of the expert status workflow. */
  async transition(caller: Caller, id: string, action: ExpertAction, note?: string | null): Promise<Expert> {
    authorizeAction(ExpertWorkflow, action, caller, "expert");
    return this.dataSource.transaction(async (manager) => {
      const expert = await loadVisibleExpert(manager, caller, id);
      requireScope(actsOnExpert(caller, expert), `${action} this expert`);
      const from = expert.status;
      const to = nextState(ExpertWorkflow, action, from, "expert", id);
      if (EXPERT_ACTIONS_NEEDING_A_REASON.includes(action) && !note?.trim()) throw badInput("note", `give the reason to ${action} the expert`);
      expert.status = to;
      expert.updatedAt = new Date();
      await manager.update(Expert, { id }, { status: to, updatedAt: expert.updatedAt });
      await recordStateChange(manager, { entityType: EXPERT, entityId: id, action, from, to, caller, note });
      await recordChange(manager, EXPERT, id);
      return expert;
    });
  }
}

function checkAvailability(from: string | null | undefined, until: string | null | undefined): void {
  if (from && until && until < from) throw badInput("input.availableUntil", "availableUntil must not be before availableFrom");
}
