/** The bases subgraph: its entities, resolvers and batched reference resolvers. */
import "../../reference/graphql";
import { resolveIndustry, resolveRegion } from "../../reference/statistics";
import { Industry, Region } from "./external/dashboard.entities";
import { ChangeLogEntry } from "../../platform/change-feed";
import { StateChange } from "../../platform/history";
import type { SubgraphDefinition } from "../../platform/subgraph";
import { AnnualSummary } from "./annual-summaries/annual-summary.entity";
import { AnnualSummaryResolver } from "./annual-summaries/annual-summary.resolver";
import { canSee as canSeeSummary } from "./annual-summaries/annual-summary.visibility";
import { BaseApplication } from "./applications/application.entity";
import { BaseApplicationResolver } from "./applications/application.resolver";
import { canSee as canSeeApplication } from "./applications/application.visibility";
import { Batch } from "./batches/batch.entity";
import { BatchResolver } from "./batches/batch.resolver";
import { BaseChangeFeedResolver } from "./change-feed.resolver";
import { createContext, type BasesContext } from "./context";
import { BaseStatisticsResolver, BasesIndustryResolver, BasesRegionResolver } from "./dashboard/dashboard.resolver";
import { BaseEvaluation } from "./evaluations/evaluation.entity";
import { BaseEvaluationResolver } from "./evaluations/evaluation.resolver";
import { canSee as canSeeEvaluation } from "./evaluations/evaluation.visibility";
import { migrations } from "./migrations";
import { Organization } from "./organizations/organization.entity";
import { OrganizationResolver } from "./organizations/organization.resolver";
import { BasesPolicyResolver } from "./policy.resolver";
import { seedDemoData } from "./seed";
import { ServiceBase } from "./service-bases/service-base.entity";
import { ServiceBaseResolver } from "./service-bases/service-base.resolver";

export const entities = [Organization, ServiceBase, Batch, BaseApplication, AnnualSummary, BaseEvaluation, StateChange, ChangeLogEntry];

export const basesSubgraph: SubgraphDefinition<BasesContext> = {
  name: "bases",
  entities,
  migrations,
  schema: {
    resolvers: [OrganizationResolver, ServiceBaseResolver, BatchResolver, BaseApplicationResolver, AnnualSummaryResolver, BaseEvaluationResolver, BasesPolicyResolver, BaseChangeFeedResolver, BasesRegionResolver, BasesIndustryResolver, BaseStatisticsResolver],
    orphanedTypes: [Region, Industry],
    referenceResolvers: {
      Region: resolveRegion,
      Industry: resolveIndustry,
      Organization: (ref, ctx: BasesContext) => ctx.loaders.organization.load(ref.id),
      ServiceBase: (ref, ctx: BasesContext) => ctx.loaders.serviceBase.load(ref.id),
      Batch: (ref, ctx: BasesContext) => ctx.loaders.batch.load(ref.id),
      BaseApplication: async (ref, ctx: BasesContext) => visibleOrNull(await ctx.loaders.application.load(ref.id), (row) => canSeeApplication(ctx.caller, row)),
      AnnualSummary: async (ref, ctx: BasesContext) => visibleOrNull(await ctx.loaders.annualSummary.load(ref.id), (row) => canSeeSummary(ctx.caller, row)),
      BaseEvaluation: async (ref, ctx: BasesContext) => visibleOrNull(await ctx.loaders.evaluation.load(ref.id), (row) => canSeeEvaluation(ctx.caller, row)),
    },
  },
  createContext,
  seedDemoData,
};

/** An entity the caller may not see resolves like a missing one. */
function visibleOrNull<T>(row: T | null, visible: (row: T) => boolean): T | null {
  return row && visible(row) ? row : null;
}
