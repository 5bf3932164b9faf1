import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import type { Caller } from "../../platform/auth";
import { isNationalAdmin } from "../../platform/access";
import { createHistoryLoader } from "../../platform/history";
import { byIds, createChildLoader } from "../../platform/loaders";
import { Role } from "../../platform/auth";
import { AcceptanceReview } from "./acceptance-reviews/acceptance-review.entity";
import { projectStatistics } from "./dashboard/project-statistics";
import { applyReviewVisibility } from "./acceptance-reviews/acceptance-review.visibility";
import { PROJECT_HISTORY } from "./history";
import { PerformanceEvaluation } from "./performance-evaluations/performance-evaluation.entity";
import { applyEvaluationVisibility } from "./performance-evaluations/performance-evaluation.visibility";
import { NavigationProject } from "./projects/project.entity";
import { newestProjectsOfBases, projectCountsOfBases, type BaseProjectsQuery } from "./projects/project.loaders";
import { canSeeProject } from "./projects/project.visibility";

/**
 * Per-request loaders of the projects subgraph, bound to the caller: what the caller may not see loads
 * as null (or is left out of a list), in the same single statement per batch.
 */
export function createLoaders(dataSource: DataSource, caller: Caller) {
  const projectById = byIds(dataSource.getRepository(NavigationProject));
  /** Rows of a table keyed by `column`, restricted to visible projects, one per key (null when missing or hidden). */
  const visibleBy = <T extends ObjectLiteral>(entity: EntityTarget<T>, column: "id" | "projectId", restrict: typeof applyReviewVisibility) =>
    async (keys: readonly string[]): Promise<(T | null)[]> => {
      const query = dataSource.getRepository(entity).createQueryBuilder("row").where(`"row"."${column}" IN (:...keys)`, { keys: [...new Set(keys)] });
      const rows = await restrict(query, "row", caller).getMany();
      const byKey = new Map(rows.map((row) => [row[column] as string, row]));
      return keys.map((key) => byKey.get(key) ?? null);
    };
  return {
    project: new DataLoader(async (ids: readonly string[]) => (await projectById(ids)).map((p) => (p && canSeeProject(caller, p) ? p : null))),
    acceptanceReview: new DataLoader(visibleBy(AcceptanceReview, "id", applyReviewVisibility)),
    acceptanceReviewByProject: new DataLoader(visibleBy(AcceptanceReview, "projectId", applyReviewVisibility)),
    performanceEvaluationByProject: new DataLoader(visibleBy(PerformanceEvaluation, "projectId", applyEvaluationVisibility)),
    projectHistory: createHistoryLoader(dataSource, PROJECT_HISTORY),
    projectsOfBase: createChildLoader(
      (baseIds: string[], query: BaseProjectsQuery) => newestProjectsOfBases(dataSource, baseIds, query, caller),
      (project) => project.baseId,
    ),
    projectCountOfBase: new DataLoader((baseIds: readonly string[]) => projectCountsOfBases(dataSource, baseIds, caller)),
    /** Project statistics per region code; the resolver checks the caller may see the region's figures. */
    regionProjectStats: new DataLoader((codes: readonly string[]) => projectStatistics(dataSource, { kind: "region" }, codes)),
    /** Project statistics per industry code: nationwide for the national admin, within its province for a provincial office. */
    industryProjectStats: new DataLoader((codes: readonly string[]) =>
      projectStatistics(dataSource, { kind: "industry", province: !isNationalAdmin(caller) && caller.role === Role.PROVINCIAL_OFFICE ? caller.province ?? null : null }, codes),
    ),
  };
}

export type ProjectsLoaders = ReturnType<typeof createLoaders>;
