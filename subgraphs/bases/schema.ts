/** The bases subgraph: its entities, resolvers and batched reference resolvers. */
import "../../reference/graphql";
import type { SubgraphDefinition } from "../../platform/subgraph";
import { AnnualSummary } from "./annual-summaries/annual-summary.entity";
import { AnnualSummaryResolver } from "./annual-summaries/annual-summary.resolver";
import { BaseApplication } from "./applications/application.entity";
import { BaseApplicationResolver } from "./applications/application.resolver";
import { Batch } from "./batches/batch.entity";
import { BatchResolver } from "./batches/batch.resolver";
import { createContext, type BasesContext } from "./context";
import { BaseEvaluation } from "./evaluations/evaluation.entity";
import { BaseEvaluationResolver } from "./evaluations/evaluation.resolver";
import { migrations } from "./migrations";
import { Organization } from "./organizations/organization.entity";
import { OrganizationResolver } from "./organizations/organization.resolver";
import { seedDemoData } from "./seed";
import { ServiceBase } from "./service-bases/service-base.entity";
import { ServiceBaseResolver } from "./service-bases/service-base.resolver";

export const entities = [Organization, ServiceBase, Batch, BaseApplication, AnnualSummary, BaseEvaluation];

export const basesSubgraph: SubgraphDefinition<BasesContext> = {
  name: "bases",
  entities,
  migrations,
  schema: {
    resolvers: [OrganizationResolver, ServiceBaseResolver, BatchResolver, BaseApplicationResolver, AnnualSummaryResolver, BaseEvaluationResolver],
    referenceResolvers: {
      Organization: (ref, ctx: BasesContext) => ctx.loaders.organization.load(ref.id),
      ServiceBase: (ref, ctx: BasesContext) => ctx.loaders.serviceBase.load(ref.id),
      Batch: (ref, ctx: BasesContext) => ctx.loaders.batch.load(ref.id),
      BaseApplication: (ref, ctx: BasesContext) => ctx.loaders.application.load(ref.id),
      AnnualSummary: (ref, ctx: BasesContext) => ctx.loaders.annualSummary.load(ref.id),
      BaseEvaluation: (ref, ctx: BasesContext) => ctx.loaders.evaluation.load(ref.id),
    },
  },
  createContext,
  seedDemoData,
};
