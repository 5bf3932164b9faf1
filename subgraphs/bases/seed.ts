/** Loads the bases part of the demo data set into an empty database, in one transaction. */
import type { DataSource } from "typeorm";
import { insertInChunks } from "../../platform/crud";
import type { Logger } from "../../platform/logger";
import { generateDemoData } from "../../demo/generate";
import { AnnualSummary } from "./annual-summaries/annual-summary.entity";
import { BaseApplication } from "./applications/application.entity";
import { Batch } from "./batches/batch.entity";
import { BaseEvaluation } from "./evaluations/evaluation.entity";
import { Organization } from "./organizations/organization.entity";
import { ServiceBase } from "./service-bases/service-base.entity";

const instant = (value: string) => new Date(value);
const optionalInstant = (value: string | null) => (value ? new Date(value) : null);

export async function seedDemoData(dataSource: DataSource, seed: number, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(Organization).count()) > 0) return false;
  const data = generateDemoData(seed);
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Organization, data.organizations.map((o) => ({ ...o, createdAt: instant(o.createdAt), updatedAt: instant(o.createdAt) })) as Organization[]);
    await insertInChunks(manager, Batch, data.batches.map((b) => ({
      ...b,
      submissionOpensAt: instant(b.submissionOpensAt),
      submissionClosesAt: instant(b.submissionClosesAt),
      reviewClosesAt: instant(b.reviewClosesAt),
      createdAt: instant(b.createdAt),
      updatedAt: instant(b.createdAt),
    })) as Batch[]);
    await insertInChunks(manager, ServiceBase, data.bases.map((b) => ({ ...b, createdAt: instant(b.createdAt), updatedAt: instant(b.createdAt) })) as unknown as ServiceBase[]);
    await insertInChunks(manager, BaseApplication, data.applications.map((a) => ({
      ...a,
      submittedAt: optionalInstant(a.submittedAt),
      createdAt: instant(a.createdAt),
      updatedAt: instant(a.createdAt),
    })) as BaseApplication[]);
    await insertInChunks(manager, AnnualSummary, data.annualSummaries.map((s) => ({
      ...s,
      submittedAt: optionalInstant(s.submittedAt),
      createdAt: instant(s.createdAt),
      updatedAt: instant(s.createdAt),
    })) as AnnualSummary[]);
    await insertInChunks(manager, BaseEvaluation, data.evaluations.map((e) => ({ ...e, evaluatedAt: instant(e.evaluatedAt), createdAt: instant(e.evaluatedAt) })) as BaseEvaluation[]);
  });
  logger.info("demo data loaded", { organizations: data.organizations.length, bases: data.bases.length, applications: data.applications.length });
  return true;
}
