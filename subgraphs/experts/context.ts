import type { DataSource } from "typeorm";
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
}

const servicesByDataSource = new WeakMap<DataSource, ExpertsServices>();

function servicesFor(dataSource: DataSource): ExpertsServices {
  let services = servicesByDataSource.get(dataSource);
  if (!services) {
    services = {
      experts: new ExpertService(dataSource),
      memberships: new MembershipService(dataSource),
      trainingSessions: new TrainingSessionService(dataSource),
      enrollments: new EnrollmentService(dataSource),
    };
    servicesByDataSource.set(dataSource, services);
  }
  return services;
}

export function createContext(base: BaseContext, dataSource: DataSource): ExpertsContext {
  return { ...base, services: servicesFor(dataSource), loaders: createLoaders(dataSource) };
}
