/** Batch functions for the projects of service bases: one statement per batch, whatever the number of bases. */
import { In, type DataSource } from "typeorm";
import type { Caller } from "../../../platform/auth";
import { NavigationProject } from "./project.entity";
import type { BaseProjectFilter } from "./project.inputs";
import { applyProjectVisibility } from "./project.visibility";

/** The arguments of `ServiceBase.projects`, normalised so equal arguments share one loader. */
export interface BaseProjectsQuery {
  status: BaseProjectFilter["status"] | null;
  navigationType: BaseProjectFilter["navigationType"] | null;
  year: number | null;
  first: number;
}

export function baseProjectsQuery(filter: BaseProjectFilter | undefined, first: number): BaseProjectsQuery {
  return { status: filter?.status ?? null, navigationType: filter?.navigationType ?? null, year: filter?.year ?? null, first };
}

/**
 * The newest `first` projects of each base the caller may see: a window function ranks the visible
 * projects within their base, so the limit applies per base rather than to the whole batch, and hidden
 * projects take no place in it.
 */
export async function newestProjectsOfBases(dataSource: DataSource, baseIds: string[], query: BaseProjectsQuery, caller: Caller): Promise<NavigationProject[]> {
  const repository = dataSource.getRepository(NavigationProject);
  const ranked = repository
    .createQueryBuilder()
    .subQuery()
    .select(`"r"."id"`, "id")
    .addSelect(`ROW_NUMBER() OVER (PARTITION BY "r"."baseId" ORDER BY "r"."year" DESC, "r"."createdAt" DESC, "r"."id" ASC)`, "position")
    .from(NavigationProject, "r")
    .where(`"r"."baseId" IN (:...rankedBaseIds)`, { rankedBaseIds: baseIds });
  if (query.status) ranked.andWhere(`"r"."status" = :rankedStatus`, { rankedStatus: query.status });
  if (query.navigationType) ranked.andWhere(`"r"."navigationType" = :rankedType`, { rankedType: query.navigationType });
  if (query.year) ranked.andWhere(`"r"."year" = :rankedYear`, { rankedYear: query.year });
  applyProjectVisibility(ranked, "r", caller, "ranked");
  return repository
    .createQueryBuilder("p")
    .innerJoin(ranked.getQuery(), "ranked", `"ranked"."id" = "p"."id" AND "ranked"."position" <= :first`, { first: query.first })
    .setParameters(ranked.getParameters())
    .orderBy("p.year", "DESC")
    .addOrderBy("p.createdAt", "DESC")
    .addOrderBy("p.id", "ASC")
    .getMany();
}

/** Number of projects of each base the caller may see, in key order, from one grouped statement. */
export async function projectCountsOfBases(dataSource: DataSource, baseIds: readonly string[], caller: Caller): Promise<number[]> {
  const query = dataSource
    .getRepository(NavigationProject)
    .createQueryBuilder("p")
    .select("p.baseId", "baseId")
    .addSelect("COUNT(*)", "count")
    .where({ baseId: In([...new Set(baseIds)]) })
    .groupBy("p.baseId");
  const rows: { baseId: string; count: string | number }[] = await applyProjectVisibility(query, "p", caller).getRawMany();
  const counts = new Map(rows.map((row) => [row.baseId, Number(row.count)]));
  return baseIds.map((id) => counts.get(id) ?? 0);
}
