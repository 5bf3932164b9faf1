import type { DataSource } from "typeorm";
import type { BaseContext } from "../../platform/server";
import { createLoaders, type BasesLoaders } from "./loaders";
import { AnnualSummaryService } from "./annual-summaries/annual-summary.service";
import { BaseApplicationService } from "./applications/application.service";
import { BatchService } from "./batches/batch.service";
import { BaseEvaluationService } from "./evaluations/evaluation.service";
import { OrganizationService } from "./organizations/organization.service";
import { ServiceBaseService } from "./service-bases/service-base.service";

export interface BasesServices {
  organizations: OrganizationService;
  serviceBases: ServiceBaseService;
  batches: BatchService;
  applications: BaseApplicationService;
  annualSummaries: AnnualSummaryService;
  evaluations: BaseEvaluationService;
}

export interface BasesContext extends BaseContext {
  services: BasesServices;
  loaders: BasesLoaders;
}

const servicesByDataSource = new WeakMap<DataSource, BasesServices>();

function servicesFor(dataSource: DataSource): BasesServices {
  let services = servicesByDataSource.get(dataSource);
  if (!services) {
    services = {
      organizations: new OrganizationService(dataSource),
      serviceBases: new ServiceBaseService(dataSource),
      batches: new BatchService(dataSource),
      applications: new BaseApplicationService(dataSource),
      annualSummaries: new AnnualSummaryService(dataSource),
      evaluations: new BaseEvaluationService(dataSource),
    };
    servicesByDataSource.set(dataSource, services);
  }
  return services;
}

export function createContext(base: BaseContext, dataSource: DataSource): BasesContext {
  return { ...base, services: servicesFor(dataSource), loaders: createLoaders(dataSource) };
}
