import type { DataSource } from "typeorm";
import type { BaseContext } from "../../platform/server";
import { AcceptanceReviewService } from "./acceptance-reviews/acceptance-review.service";
import { createLoaders, type ProjectsLoaders } from "./loaders";
import { NavigationProjectService } from "./projects/project.service";

export interface ProjectsServices {
  projects: NavigationProjectService;
  acceptanceReviews: AcceptanceReviewService;
}

export interface ProjectsContext extends BaseContext {
  services: ProjectsServices;
  loaders: ProjectsLoaders;
}

const servicesByDataSource = new WeakMap<DataSource, ProjectsServices>();

function servicesFor(dataSource: DataSource): ProjectsServices {
  let services = servicesByDataSource.get(dataSource);
  if (!services) {
    services = { projects: new NavigationProjectService(dataSource), acceptanceReviews: new AcceptanceReviewService(dataSource) };
    servicesByDataSource.set(dataSource, services);
  }
  return services;
}

export function createContext(base: BaseContext, dataSource: DataSource): ProjectsContext {
  return { ...base, services: servicesFor(dataSource), loaders: createLoaders(dataSource) };
}
