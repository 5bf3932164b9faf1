import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "../../platform/config";
import { PeerClient } from "../../platform/peer";
import type { BaseContext } from "../../platform/server";
import { AcceptanceReviewService } from "./acceptance-reviews/acceptance-review.service";
import { analysisReportsOf } from "./external/results.peer";
import { createLoaders, type ProjectsLoaders } from "./loaders";
import { NavigationProjectService } from "./projects/project.service";
import { ProjectWorkflowService } from "./projects/project.workflow.service";

export interface ProjectsServices {
  projects: NavigationProjectService;
  workflow: ProjectWorkflowService;
  acceptanceReviews: AcceptanceReviewService;
}

export interface ProjectsContext extends BaseContext {
  services: ProjectsServices;
  loaders: ProjectsLoaders;
}

/** Services are small objects, built per request because the results peer forwards this caller's token. */
export function createContext(base: BaseContext, dataSource: DataSource, config: SubgraphConfig): ProjectsContext {
  const clock = () => config.clock?.() ?? new Date();
  // An unconfigured peer fails on use with SERVICE_UNAVAILABLE naming it, not at start.
  const results = analysisReportsOf(new PeerClient("results", config.peers.results ?? ""), base.authorization);
  return {
    ...base,
    services: {
      projects: new NavigationProjectService(dataSource),
      workflow: new ProjectWorkflowService(dataSource, clock, results),
      acceptanceReviews: new AcceptanceReviewService(dataSource, clock),
    },
    loaders: createLoaders(dataSource, base.caller),
  };
}
