import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "../../platform/config";
import type { BaseContext } from "../../platform/server";
import { EnrollmentService } from "./enrollments/enrollment.service";
import { ExpertService } from "./experts/expert.service";
import { MembershipService } from "./experts/membership.service";
import { createLoaders, type ExpertsLoaders } from "./loaders";
import { TrainingSessionService } from "./training-sessions/training-session.service";

export interface ExpertsServices {
  experts: ExpertService;
  memberships: MembershipService;
  trainingSessions: TrainingSessionService;
  enrollments: EnrollmentService;
}

export interface ExpertsContext extends BaseContext {
  services: ExpertsServices;
  loaders: ExpertsLoaders;
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
    };
    servicesByDataSource.set(dataSource, services);
  }
  return services;
}

export function createContext(base: BaseContext, dataSource: DataSource, config?: SubgraphConfig): ExpertsContext {
  const clock = config?.clock ?? (() => new Date());
  return { ...base, clock, dataSource, services: servicesFor(dataSource, clock), loaders: createLoaders(dataSource, base.caller) };
}
