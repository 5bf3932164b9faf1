/** The projects subgraph: its entities, resolvers, the ServiceBase extension and batched reference resolvers. */
import "../../reference/graphql";
import { resolveIndustry, resolveRegion } from "../../reference/statistics";
import { Industry, Region } from "./external/dashboard.entities";
import { StateChange } from "../../platform/history";
import type { SubgraphDefinition } from "../../platform/subgraph";
import { AcceptanceReview } from "./acceptance-reviews/acceptance-review.entity";
import { AcceptanceReviewResolver } from "./acceptance-reviews/acceptance-review.resolver";
import { createContext, type ProjectsContext } from "./context";
import { IndustryProjectStatisticsResolver, RegionProjectStatisticsResolver } from "./dashboard/dashboard.resolver";
import { migrations } from "./migrations";
import { PerformanceEvaluation } from "./performance-evaluations/performance-evaluation.entity";
import { PerformanceEvaluationResolver } from "./performance-evaluations/performance-evaluation.resolver";
import { NavigationProject } from "./projects/project.entity";
import { NavigationProjectResolver } from "./projects/project.resolver";
import { NavigationProjectWorkflowResolver } from "./projects/project.workflow.resolver";
import { ServiceBaseProjectsResolver } from "./projects/service-base.resolver";
import { seedDemoData } from "./seed";

export const entities = [NavigationProject, AcceptanceReview, PerformanceEvaluation, StateChange];

export const projectsSubgraph: SubgraphDefinition<ProjectsContext> = {
  name: "projects",
  entities,
  migrations,
  schema: {
    resolvers: [NavigationProjectResolver, NavigationProjectWorkflowResolver, AcceptanceReviewResolver, PerformanceEvaluationResolver, ServiceBaseProjectsResolver, RegionProjectStatisticsResolver, IndustryProjectStatisticsResolver],
    orphanedTypes: [Region, Industry],
    referenceResolvers: {
      // Through the caller's loaders: an object the caller may not see resolves to null, like a missing one.
      NavigationProject: (ref, ctx: ProjectsContext) => ctx.loaders.project.load(ref.id),
      AcceptanceReview: (ref, ctx: ProjectsContext) => ctx.loaders.acceptanceReview.load(ref.id),
      PerformanceEvaluation: (ref, ctx: ProjectsContext) => ctx.loaders.performanceEvaluationByProject.load((ref as unknown as { projectId: string }).projectId),
      // The bases subgraph owns the base; its projects hang off the key alone, so no lookup is needed.
      ServiceBase: (ref) => ({ id: ref.id }),
      // Dashboard entities: a known code resolves to its entity; statistics are batched per code by the loaders.
      Region: resolveRegion,
      Industry: resolveIndustry,
    },
  },
  createContext,
  seedDemoData,
};
