import type { DataSource } from "typeorm";
import type { SubgraphConfig } from "../../platform/config";
import type { BaseContext } from "../../platform/server";
import { createLoaders, type BasesLoaders } from "./loaders";
import { AnnualSummaryService } from "./annual-summaries/annual-summary.service";
import { BaseApplicationService } from "./applications/application.service";
import { BatchService } from "./batches/batch.service";
import { BaseEvaluationService } from "./evaluations/evaluation.service";
import { OrganizationService } from "./organizations/organization.service";
import { DEFAULT_BASES_POLICY, type BasesPolicy, type BasesRules } from "./policy";
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
  rules: BasesRules;
  /** The subgraph's database, for the change feed the search indexer reads. */
  dataSource: DataSource;
}

const servicesByDataSource = new WeakMap<DataSource, { services: BasesServices; rules: BasesRules }>();

/** Services are built once per data source, with the policy and clock of the subgraph's configuration. */
function servicesFor(dataSource: DataSource, config: SubgraphConfig): { services: BasesServices; rules: BasesRules } {
  let built = servicesByDataSource.get(dataSource);
  if (!built) {
    const clock = config.clock;
    const rules: BasesRules = { policy: (config.policy as BasesPolicy | undefined) ?? DEFAULT_BASES_POLICY, now: () => clock?.() ?? new Date() };
    built = {
      rules,
      services: {
        organizations: new OrganizationService(dataSource),
        serviceBases: new ServiceBaseService(dataSource),
        batches: new BatchService(dataSource, rules),
        applications: new BaseApplicationService(dataSource, rules),
        annualSummaries: new AnnualSummaryService(dataSource, rules),
        evaluations: new BaseEvaluationService(dataSource, rules),
      },
    };
    servicesByDataSource.set(dataSource, built);
  }
  return built;
}

export function createContext(base: BaseContext, dataSource: DataSource, config: SubgraphConfig): BasesContext {
  const { services, rules } = servicesFor(dataSource, config);
  return { ...base, dataSource, services, rules, loaders: createLoaders(dataSource) };
}
