import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "../../platform/config";
import type { BaseContext } from "../../platform/server";
import { EngagementService } from "./engagements/engagement.service";
import type { Engagement } from "./engagements/engagement.entity";
import { EnrollmentService } from "./enrollments/enrollment.service";
import { ExpertService } from "./experts/expert.service";
import { MembershipService } from "./experts/membership.service";
import { createLoaders, type ExpertsLoaders } from "./loaders";
import type { DrawRecord } from "./matchmaking/draw-record.entity";
import { MatchmakingService } from "./matchmaking/matchmaking.service";
import { TrainingSessionService } from "./training-sessions/training-session.service";

export interface ExpertsServices {
  experts: ExpertService;
  memberships: MembershipService;
  trainingSessions: TrainingSessionService;
  enrollments: EnrollmentService;
  matchmaking: MatchmakingService;
  engagements: EngagementService;
}

export interface ExpertsContext extends BaseContext {
  services: ExpertsServices;
  loaders: ExpertsLoaders;
  /** Draw records the caller may see, by id; null for missing or invisible ones. */
  drawRecords: DataLoader<string, DrawRecord | null>;
  /** Engagements the caller may see, by id; null for missing or invisible ones. */
  engagements: DataLoader<string, Engagement | null>;
  /** The clock rules are judged by (a session has started, …); tests move it. */
  clock: () => Date;
  /** The subgraph's database, for the change feed the search indexer reads. */
  dataSource: DataSource;
}

const servicesByDataSource = new WeakMap<DataSource, ExpertsServices>();

function servicesFor(dataSource: DataSource, clock: () => Date): ExpertsServices {
  let services = servicesByDataSource.get(dataSource);
  if (!services) {
    services = {
      experts: new ExpertService(dataSource),
      memberships: new MembershipService(dataSource),
      trainingSessions: new TrainingSessionService(dataSource),
      enrollments: new EnrollmentService(dataSource, clock),
      matchmaking: new MatchmakingService(dataSource),
      engagements: new EngagementService(dataSource),
    };
    servicesByDataSource.set(dataSource, services);
  }
  return services;
}

export function createContext(base: BaseContext, dataSource: DataSource, config?: SubgraphConfig): ExpertsContext {
  const clock = config?.clock ?? (() => new Date());
  const services = servicesFor(dataSource, clock);
  const drawRecords = new DataLoader<string, DrawRecord | null>((ids) => services.matchmaking.visibleByIds(base.caller, ids));
  const engagements = new DataLoader<string, Engagement | null>((ids) => services.engagements.visibleByIds(base.caller, ids));
  return { ...base, clock, dataSource, services, drawRecords, engagements, loaders: createLoaders(dataSource, base.caller) };
}
