import type { DataSource } from "typeorm";
import type { BaseContext } from "../../platform/server";
import { DockingRequestService } from "./docking-requests/docking-request.service";
import { createLoaders, type ResultsLoaders } from "./loaders";
import { ResultService } from "./results/result.service";
import { TypicalCaseService } from "./typical-cases/typical-case.service";

export interface ResultsServices {
  results: ResultService;
  typicalCases: TypicalCaseService;
  dockingRequests: DockingRequestService;
}

export interface ResultsContext extends BaseContext {
  services: ResultsServices;
  loaders: ResultsLoaders;
}

const servicesByDataSource = new WeakMap<DataSource, ResultsServices>();

function servicesFor(dataSource: DataSource): ResultsServices {
  let services = servicesByDataSource.get(dataSource);
  if (!services) {
    services = {
      results: new ResultService(dataSource),
      typicalCases: new TypicalCaseService(dataSource),
      dockingRequests: new DockingRequestService(dataSource),
    };
    servicesByDataSource.set(dataSource, services);
  }
  return services;
}

export function createContext(base: BaseContext, dataSource: DataSource): ResultsContext {
  return { ...base, services: servicesFor(dataSource), loaders: createLoaders(dataSource) };
}
