import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byIds, createChildLoader } from "../../platform/loaders";
import { AcceptanceReview } from "./acceptance-reviews/acceptance-review.entity";
import { NavigationProject } from "./projects/project.entity";
import { newestProjectsOfBases, projectCountsOfBases, type BaseProjectsQuery } from "./projects/project.loaders";

/** Per-request loaders of the projects subgraph. */
export function createLoaders(dataSource: DataSource) {
  return {
    project: new DataLoader(byIds(dataSource.getRepository(NavigationProject))),
    acceptanceReview: new DataLoader(byIds(dataSource.getRepository(AcceptanceReview))),
    acceptanceReviewByProject: new DataLoader(async (projectIds: readonly string[]) => {
      const rows = await dataSource.getRepository(AcceptanceReview).findBy({ projectId: In([...new Set(projectIds)]) });
      const byProject = new Map(rows.map((row) => [row.projectId, row]));
      return projectIds.map((id) => byProject.get(id) ?? null);
    }),
    projectsOfBase: createChildLoader(
      (baseIds: string[], query: BaseProjectsQuery) => newestProjectsOfBases(dataSource, baseIds, query),
      (project) => project.baseId,
    ),
    projectCountOfBase: new DataLoader((baseIds: readonly string[]) => projectCountsOfBases(dataSource, baseIds)),
  };
}

export type ProjectsLoaders = ReturnType<typeof createLoaders>;
