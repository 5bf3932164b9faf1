import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, containsPattern, findPage, getOrThrow, jsonListElementPattern } from "../../../platform/crud";
import { badInput } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { ExpertStatus } from "../enums";
import { ConflictDeclaration } from "./conflict-declaration.entity";
import { Expert } from "./expert.entity";
import type { CreateExpertInput, ExpertFilter, UpdateExpertInput } from "./expert.inputs";
import { checkConflictPeriod, checkPool, conflictRow, poolKey } from "./membership.rules";
import { PoolMembership } from "./pool-membership.entity";

const DEFAULT_MAX_CONCURRENT_TASKS = 3;

export class ExpertService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: ExpertFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Expert).createQueryBuilder("e").orderBy("e.name", "ASC").addOrderBy("e.id", "ASC");
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
      const pool = this.dataSource.createQueryBuilder().select("1").from(PoolMembership, "m").where("m.expertId = e.id");
      if (filter.poolScope) pool.andWhere("m.scope = :poolScope");
      if (filter.poolScopeId) pool.andWhere("m.scopeId = :poolScopeId");
      query.andWhere(`EXISTS (${pool.getQuery()})`, { poolScope: filter.poolScope, poolScopeId: filter.poolScopeId });
    }
    if (filter.nameContains) query.andWhere("e.name LIKE :name ESCAPE '\\'", { name: containsPattern(filter.nameContains) });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateExpertInput): Promise<Expert> {
    requireSignedIn(caller);
    checkAvailability(input.availableFrom, input.availableUntil);
    const pools = (input.pools ?? []).map((pool, index) => checkPool(pool, `input.pools.${index}.scopeId`));
    if (new Set(pools.map(poolKey)).size !== pools.length) throw badInput("input.pools", "the same pool is listed twice");
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
      return expert;
    });
  }

  async update(caller: Caller, id: string, input: UpdateExpertInput): Promise<Expert> {
    requireSignedIn(caller);
    const patch = patchOf(input, ["employerOrganizationId", "availableFrom", "availableUntil"]);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Expert);
      const expert = applyPatch(await getOrThrow(repository, id, "Expert"), patch);
      checkAvailability(expert.availableFrom, expert.availableUntil);
      return repository.save(expert);
    });
  }
}

function checkAvailability(from: string | null | undefined, until: string | null | undefined): void {
  if (from && until && until < from) throw badInput("input.availableUntil", "availableUntil must not be before availableFrom");
}
