/** The results subgraph: its entities, resolvers, extensions of foreign entities and batched reference resolvers. */
import "../../reference/graphql";
import { ChangeLogEntry } from "../../platform/change-feed";
import { resolveIndustry, resolveRegion } from "../../reference/statistics";
import { Industry, Region } from "./external/dashboard.entities";
import { StateChange } from "../../platform/history";
import type { SubgraphDefinition } from "../../platform/subgraph";
import { ResultChangeFeedResolver } from "./change-feed.resolver";
import { createContext, type ResultsContext } from "./context";
import { IndustryResultStatsResolver, RegionResultStatsResolver, ResultStatisticsResolver } from "./dashboard/statistics.resolver";
import { DockingRequest } from "./docking-requests/docking-request.entity";
import { DockingRequestResolver } from "./docking-requests/docking-request.resolver";
import { DockingRequestWorkflowResolver } from "./docking-requests/docking-request.workflow.resolver";
import { NavigationProjectResolver } from "./external/navigation-project.resolver";
import { ServiceBaseResolver } from "./external/service-base.resolver";
import { migrations } from "./migrations";
import { ResultChapter } from "./results/result-chapter.entity";
import { Result } from "./results/result.entity";
import { ResultResolver } from "./results/result.resolver";
import { ResultWorkflowResolver } from "./results/result.workflow.resolver";
import { seedDemoData } from "./seed";
import { TypicalCase } from "./typical-cases/typical-case.entity";
import { TypicalCaseResolver } from "./typical-cases/typical-case.resolver";
import { TypicalCaseWorkflowResolver } from "./typical-cases/typical-case.workflow.resolver";

export const entities = [Result, ResultChapter, TypicalCase, DockingRequest, StateChange, ChangeLogEntry];

export const resultsSubgraph: SubgraphDefinition<ResultsContext> = {
  name: "results",
  entities,
  migrations,
  schema: {
    resolvers: [
      ResultResolver,
      ResultWorkflowResolver,
      TypicalCaseResolver,
      TypicalCaseWorkflowResolver,
      DockingRequestResolver,
      DockingRequestWorkflowResolver,
      NavigationProjectResolver,
      ServiceBaseResolver,
      ResultChangeFeedResolver,
      RegionResultStatsResolver,
      IndustryResultStatsResolver,
      ResultStatisticsResolver,
    ],
    orphanedTypes: [Region, Industry],
    // Loaders apply the caller's visibility: an entity the caller may not see resolves to null, as a missing one.
    referenceResolvers: {
      Result: (ref, ctx: ResultsContext) => ctx.loaders.result.load(ref.id),
      TypicalCase: (ref, ctx: ResultsContext) => ctx.loaders.typicalCase.load(ref.id),
      DockingRequest: (ref, ctx: ResultsContext) => ctx.loaders.dockingRequest.load(ref.id),
      // Owned elsewhere: the key is all this subgraph needs to resolve the fields it adds.
      NavigationProject: (ref) => ({ id: ref.id }),
      ServiceBase: (ref) => ({ id: ref.id }),
      // Dashboard entities: a known code resolves, the statistics field checks the caller.
      Region: resolveRegion,
      Industry: resolveIndustry,
    },
  },
  createContext,
  seedDemoData,
};
