import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "../../platform/config";
import type { BaseContext } from "../../platform/server";
import { DockingRequestService } from "./docking-requests/docking-request.service";
import { createPeers } from "./external/peers";
import { createLoaders, type ResultsLoaders } from "./loaders";
import { ResultService } from "./results/result.service";
import { ResultWorkflowService } from "./results/result.transitions";
import { TypicalCaseService } from "./typical-cases/typical-case.service";

export interface ResultsServices {
  results: ResultService;
  resultWorkflow: ResultWorkflowService;
  typicalCases: TypicalCaseService;
  dockingRequests: DockingRequestService;
}

export interface ResultsContext extends BaseContext {
  services: ResultsServices;
  loaders: ResultsLoaders;
  /** The subgraph's database, for the change feed the search indexer reads. */
  dataSource: DataSource;
}

const servicesByDataSource = new WeakMap<DataSource, ResultsServices>();

function servicesFor(dataSource: DataSource, config: SubgraphConfig): ResultsServices {
  let services = servicesByDataSource.get(dataSource);
  if (!services) {
    const peers = createPeers(config.peers);
    const now = () => config.clock?.() ?? new Date();
    services = {
      results: new ResultService(dataSource, peers),
      resultWorkflow: new ResultWorkflowService(dataSource, peers, now),
      typicalCases: new TypicalCaseService(dataSource, now),
      dockingRequests: new DockingRequestService(dataSource),
    };
    servicesByDataSource.set(dataSource, services);
  }
  return services;
}

export function createContext(base: BaseContext, dataSource: DataSource, config: SubgraphConfig): ResultsContext {
  return { ...base, dataSource, services: servicesFor(dataSource, config), loaders: createLoaders(dataSource, base.caller) };
}
