import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { createHistoryLoader } from "../../platform/history";
import { byIds, groupInKeyOrder } from "../../platform/loaders";
import { AnnualSummary } from "./annual-summaries/annual-summary.entity";
import { ANNUAL_SUMMARY } from "./annual-summaries/annual-summary.service";
import { BaseApplication } from "./applications/application.entity";
import { BASE_APPLICATION } from "./applications/application.service";
import { Batch } from "./batches/batch.entity";
import { BaseEvaluation } from "./evaluations/evaluation.entity";
import { Organization } from "./organizations/organization.entity";
import { ServiceBase } from "./service-bases/service-base.entity";
import { SERVICE_BASE } from "./service-bases/service-base.service";

/** Per-request loaders of the bases subgraph. */
export function createLoaders(dataSource: DataSource) {
  return {
    organization: new DataLoader(byIds(dataSource.getRepository(Organization))),
    serviceBase: new DataLoader(byIds(dataSource.getRepository(ServiceBase))),
    batch: new DataLoader(byIds(dataSource.getRepository(Batch))),
    application: new DataLoader(byIds(dataSource.getRepository(BaseApplication))),
    annualSummary: new DataLoader(byIds(dataSource.getRepository(AnnualSummary))),
    evaluation: new DataLoader(byIds(dataSource.getRepository(BaseEvaluation))),
    annualSummariesByBase: new DataLoader(async (baseIds: readonly string[]) => {
      const rows = await dataSource.getRepository(AnnualSummary).find({ where: { baseId: In([...baseIds]) }, order: { year: "DESC" } });
      return groupInKeyOrder(baseIds, rows, (row) => row.baseId);
    }),
    evaluationsByBase: new DataLoader(async (baseIds: readonly string[]) => {
      const rows = await dataSource.getRepository(BaseEvaluation).find({ where: { baseId: In([...baseIds]) }, order: { evaluatedAt: "DESC" } });
      return groupInKeyOrder(baseIds, rows, (row) => row.baseId);
    }),
    applicationHistory: createHistoryLoader(dataSource, BASE_APPLICATION),
    serviceBaseHistory: createHistoryLoader(dataSource, SERVICE_BASE),
    annualSummaryHistory: createHistoryLoader(dataSource, ANNUAL_SUMMARY),
  };
}

export type BasesLoaders = ReturnType<typeof createLoaders>;
