import DataLoader from "dataloader";
import { In, type DataSource, type ObjectLiteral, type Repository, type SelectQueryBuilder } from "typeorm";
import type { Caller } from "../../platform/auth";
import { createHistoryLoader } from "../../platform/history";
import { byIds, createChildLoader, groupInKeyOrder } from "../../platform/loaders";
import { createStatisticsLoaders } from "./dashboard/statistics.queries";
import { DockingRequest } from "./docking-requests/docking-request.entity";
import { DOCKING_ENTITY } from "./docking-requests/docking-request.service";
import { canSeeDockingRequest } from "./docking-requests/docking-request.visibility";
import { ResultStatus, type ResultType } from "./enums";
import { ResultChapter } from "./results/result-chapter.entity";
import { Result } from "./results/result.entity";
import { RESULT_ENTITY } from "./results/result.transitions";
import { applyResultVisibility, canSeeResult } from "./results/result.visibility";
import { TypicalCase } from "./typical-cases/typical-case.entity";
import { CASE_ENTITY } from "./typical-cases/typical-case.service";
import { applyTypicalCaseVisibility, canSeeTypicalCase } from "./typical-cases/typical-case.visibility";

export interface ProjectResultsKey {
  type: ResultType | null;
  status: ResultStatus | null;
  first: number;
}

/** Newest first; the id settles ties so pages and per-parent cuts are stable. */
const NEWEST_FIRST = (alias: string) => `${alias}."year" DESC, ${alias}."createdAt" DESC, ${alias}."id" ASC`;

/**
 * The first `first` children of every parent in one statement: a window function ranks each
 * parent's children, so the rows read stay bounded by parents × first however many children exist.
 */
function firstPerParent<T extends ObjectLiteral>(
  repository: Repository<T>,
  parentColumn: string,
  parentIds: string[],
  first: number,
  narrow: (query: SelectQueryBuilder<T>) => void = () => undefined,
): Promise<T[]> {
  const ranked = repository
    .createQueryBuilder("x")
    .select("x.id", "id")
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY x."${parentColumn}" ORDER BY ${NEWEST_FIRST("x")})`, "rn")
    .where(`x.${parentColumn} IN (:...parentIds)`, { parentIds });
  narrow(ranked);
  return repository
    .createQueryBuilder("r")
    .where(`r.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rn <= :first)`)
    .setParameters({ ...ranked.getParameters(), first })
    .orderBy(`r.${parentColumn}`)
    .addOrderBy("r.year", "DESC")
    .addOrderBy("r.createdAt", "DESC")
    .addOrderBy("r.id", "ASC")
    .getMany();
}

/** Counts rows per parent in one GROUP BY statement; a parent without rows counts 0. */
function countPerParent<T extends ObjectLiteral>(repository: Repository<T>, parentColumn: string, narrow: (query: SelectQueryBuilder<T>) => void = () => undefined) {
  return async (parentIds: readonly string[]): Promise<number[]> => {
    const query = repository
      .createQueryBuilder("c")
      .select(`c.${parentColumn}`, "parentId")
      .addSelect("COUNT(*)", "n")
      .where(`c.${parentColumn} IN (:...parentIds)`, { parentIds: [...new Set(parentIds)] })
      .groupBy(`c.${parentColumn}`);
    narrow(query);
    const rows: { parentId: string; n: string | number }[] = await query.getRawMany();
    const counts = new Map(rows.map((row) => [row.parentId, Number(row.n)]));
    return parentIds.map((id) => counts.get(id) ?? 0);
  };
}

/** Loads by id and answers null for what the caller may not see, exactly as for a missing id. */
function visibleByIds<T extends ObjectLiteral & { id: string }>(repository: Repository<T>, canSee: (entity: T) => boolean) {
  const load = byIds(repository);
  return async (ids: readonly string[]) => (await load(ids)).map((entity) => (entity && canSee(entity) ? entity : null));
}

/** Per-request loaders of the results subgraph, bound to the caller: every one applies the caller's visibility. */
export function createLoaders(dataSource: DataSource, caller: Caller) {
  const results = dataSource.getRepository(Result);
  const cases = dataSource.getRepository(TypicalCase);
  return {
    result: new DataLoader(visibleByIds(results, (result) => canSeeResult(caller, result))),
    typicalCase: new DataLoader(visibleByIds(cases, (typicalCase) => canSeeTypicalCase(caller, typicalCase))),
    dockingRequest: new DataLoader(visibleByIds(dataSource.getRepository(DockingRequest), (request) => canSeeDockingRequest(caller, request))),
    chaptersByResult: new DataLoader(async (resultIds: readonly string[]) => {
      const rows = await dataSource.getRepository(ResultChapter).find({ where: { resultId: In([...new Set(resultIds)]) }, order: { position: "ASC" } });
      return groupInKeyOrder(resultIds, rows, (row) => row.resultId);
    }),
    resultsByProject: createChildLoader(
      (projectIds, key: ProjectResultsKey) =>
        firstPerParent(results, "projectId", projectIds, key.first, (query) => {
          if (key.type) query.andWhere("x.type = :type", { type: key.type });
          if (key.status) query.andWhere("x.status = :status", { status: key.status });
          applyResultVisibility(query, "x", caller);
        }),
      (row) => row.projectId,
    ),
    resultCountByProject: new DataLoader(countPerParent(results, "projectId", (query) => applyResultVisibility(query, "c", caller))),
    typicalCasesByBase: createChildLoader(
      (baseIds, key: { first: number }) => firstPerParent(cases, "baseId", baseIds, key.first, (query) => applyTypicalCaseVisibility(query, "x", caller)),
      (row) => row.baseId,
    ),
    releasedResultCountByBase: new DataLoader(
      countPerParent(results, "baseId", (query) => {
        query.andWhere("c.status = :released", { released: ResultStatus.RELEASED });
        applyResultVisibility(query, "c", caller);
      }),
    ),
    resultHistory: createHistoryLoader(dataSource, RESULT_ENTITY),
    typicalCaseHistory: createHistoryLoader(dataSource, CASE_ENTITY),
    dockingRequestHistory: createHistoryLoader(dataSource, DOCKING_ENTITY),
    /** Dashboard figures (Region/Industry.resultStats), one grouped statement per figure for all codes. */
    statistics: createStatisticsLoaders(dataSource, caller),
  };
}

export type ResultsLoaders = ReturnType<typeof createLoaders>;
