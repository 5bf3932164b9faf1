/** The projects subgraph: its entities, resolvers, the ServiceBase extension and batched reference resolvers. */
import "../../reference/graphql";
import type { SubgraphDefinition } from "../../platform/subgraph";
import { AcceptanceReview } from "./acceptance-reviews/acceptance-review.entity";
import { AcceptanceReviewResolver } from "./acceptance-reviews/acceptance-review.resolver";
import { createContext, type ProjectsContext } from "./context";
import { migrations } from "./migrations";
import { NavigationProject } from "./projects/project.entity";
import { NavigationProjectResolver } from "./projects/project.resolver";
import { ServiceBaseProjectsResolver } from "./projects/service-base.resolver";
import { seedDemoData } from "./seed";

export const entities = [NavigationProject, AcceptanceReview];

export const projectsSubgraph: SubgraphDefinition<ProjectsContext> = {
  name: "projects",
  entities,
  migrations,
  schema: {
    resolvers: [NavigationProjectResolver, AcceptanceReviewResolver, ServiceBaseProjectsResolver],
    referenceResolvers: {
      NavigationProject: (ref, ctx: ProjectsContext) => ctx.loaders.project.load(ref.id),
      AcceptanceReview: (ref, ctx: ProjectsContext) => ctx.loaders.acceptanceReview.load(ref.id),
      // The bases subgraph owns the base; its projects hang off the key alone, so no lookup is needed.
      ServiceBase: (ref) => ({ id: ref.id }),
    },
  },
  createContext,
  seedDemoData,
};
