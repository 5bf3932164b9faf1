/** The experts subgraph: its entities, resolvers, the ServiceBase fields it adds and batched reference resolvers. */
import "../../reference/graphql";
import { resolveIndustry, resolveRegion } from "../../reference/statistics";
import { Industry, Region } from "./external/dashboard.entities";
import { ChangeLogEntry } from "../../platform/change-feed";
import { StateChange } from "../../platform/history";
import type { SubgraphDefinition } from "../../platform/subgraph";
import { ExpertChangeFeedResolver } from "./change-feed.resolver";
import { createContext, type ExpertsContext } from "./context";
import { CertificateSequence } from "./enrollments/certificate-sequence.entity";
import { Engagement } from "./engagements/engagement.entity";
import { EngagementResolver } from "./engagements/engagement.resolver";
import { Enrollment } from "./enrollments/enrollment.entity";
import { EnrollmentResolver } from "./enrollments/enrollment.resolver";
import { ConflictDeclaration } from "./experts/conflict-declaration.entity";
import { Expert } from "./experts/expert.entity";
import { ExpertResolver } from "./experts/expert.resolver";
import { ConflictDeclarationResolver, PoolMembershipResolver } from "./experts/membership.resolver";
import { PoolMembership } from "./experts/pool-membership.entity";
import { ServiceBaseRefResolver } from "./external/service-base.resolver";
import { DrawRecord } from "./matchmaking/draw-record.entity";
import { DrawExclusionResolver, DrawSelectionResolver, MatchmakingResolver } from "./matchmaking/matchmaking.resolver";
import { migrations } from "./migrations";
import { seedDemoData } from "./seed";
import { ExpertStatisticsResolver, IndustryExpertStatsResolver, RegionExpertStatsResolver } from "./statistics/expert-statistics";
import { TrainingSession } from "./training-sessions/training-session.entity";
import { TrainingSessionResolver } from "./training-sessions/training-session.resolver";

export const entities = [Expert, PoolMembership, ConflictDeclaration, TrainingSession, Enrollment, CertificateSequence, DrawRecord, Engagement, StateChange, ChangeLogEntry];

export const expertsSubgraph: SubgraphDefinition<ExpertsContext> = {
  name: "experts",
  entities,
  migrations,
  schema: {
    resolvers: [
      ExpertResolver,
      PoolMembershipResolver,
      ConflictDeclarationResolver,
      TrainingSessionResolver,
      EnrollmentResolver,
      ServiceBaseRefResolver,
      ExpertChangeFeedResolver,
      ExpertStatisticsResolver,
      RegionExpertStatsResolver,
      IndustryExpertStatsResolver,
      MatchmakingResolver,
      DrawSelectionResolver,
      DrawExclusionResolver,
      EngagementResolver,
    ],
    // The dashboard entities are reached only through _entities.
    orphanedTypes: [Region, Industry],
    // The loaders answer only what the caller may see: an invisible entity resolves to null, like a missing one.
    referenceResolvers: {
      Expert: (ref, ctx: ExpertsContext) => ctx.loaders.expert.load(ref.id),
      TrainingSession: (ref, ctx: ExpertsContext) => ctx.loaders.trainingSession.load(ref.id),
      Enrollment: (ref, ctx: ExpertsContext) => ctx.loaders.enrollment.load(ref.id),
      DrawRecord: (ref, ctx: ExpertsContext) => ctx.drawRecords.load(ref.id),
      Engagement: (ref, ctx: ExpertsContext) => ctx.engagements.load(ref.id),
      // The bases subgraph owns the base; its key is all this subgraph needs to resolve the added fields.
      ServiceBase: (ref) => ({ id: ref.id }),
      Region: resolveRegion,
      Industry: resolveIndustry,
    },
  },
  createContext,
  seedDemoData,
};
