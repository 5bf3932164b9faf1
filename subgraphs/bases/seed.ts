/**
 * Loads the bases part of the demo data set into an empty database, in one transaction. Columns the
 * demo records do not carry are derived here: the province of provincial batches and of each base's
 * records, the declared provincial-level carrier of every submitted application, and the publicity
 * windows of applications in or past publicity.
 */
import type { DataSource } from "typeorm";
import { ChangeLogEntry, ChangeOperation } from "../../platform/change-feed";
import { insertInChunks } from "../../platform/crud";
import type { Logger } from "../../platform/logger";
import { generateDemoData } from "../../demo/generate";
import type { BaseApplicationRecord, BatchRecord, ServiceBaseRecord } from "../../demo/records";
import { DEMO_TODAY, instant as demoInstant } from "../../demo/time";
import { REGIONS } from "../../reference/regions";
import { AnnualSummary } from "./annual-summaries/annual-summary.entity";
import { BaseApplication } from "./applications/application.entity";
import { Batch } from "./batches/batch.entity";
import { addDays } from "./calendar";
import { BaseEvaluation } from "./evaluations/evaluation.entity";
import { Organization } from "./organizations/organization.entity";
import { ORGANIZATION } from "./organizations/organization.service";
import { ServiceBase } from "./service-bases/service-base.entity";
import { SERVICE_BASE } from "./service-bases/service-base.service";

const instant = (value: string) => new Date(value);
const optionalInstant = (value: string | null) => (value ? new Date(value) : null);

/** A provincial batch belongs to the province of the bases it designated, or to the province its name starts with. */
function batchRegion(batch: BatchRecord, bases: readonly ServiceBaseRecord[]): string | null {
  if (batch.level === "NATIONAL") return null;
  const designated = bases.find((base) => base.batchId === batch.id);
  if (designated) return designated.regionCode;
  const named = REGIONS.filter((region) => batch.name.startsWith(region.name)).sort((a, b) => b.name.length - a.name.length);
  return named[0]?.code ?? null;
}

/**
 * Publicity windows: one under way on the demo's "today" for applications in publicity, and one that
 * ended when the base was designated for confirmed applications.
 */
function publicity(application: BaseApplicationRecord, batch: BatchRecord, bases: Map<string, ServiceBaseRecord>): { publicityStartsAt: Date | null; publicityEndsAt: Date | null } {
  if (application.status === "IN_PUBLICITY") {
    const starts = new Date(demoInstant(DEMO_TODAY - 3));
    return { publicityStartsAt: starts, publicityEndsAt: addDays(starts, batch.publicityDays) };
  }
  const base = application.serviceBaseId ? bases.get(application.serviceBaseId) : undefined;
  if (application.status === "CONFIRMED" && base) {
    const ends = new Date(`${base.designatedOn}T00:00:00+08:00`);
    return { publicityStartsAt: addDays(ends, -batch.publicityDays), publicityEndsAt: ends };
  }
  return { publicityStartsAt: null, publicityEndsAt: null };
}

export async function seedDemoData(dataSource: DataSource, seed: number, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(Organization).count()) > 0) return false;
  const data = generateDemoData(seed);
  const basesById = new Map(data.bases.map((base) => [base.id, base]));
  const batchesById = new Map(data.batches.map((batch) => [batch.id, batch]));
  const regionOfBase = (baseId: string) => (basesById.get(baseId) as ServiceBaseRecord).regionCode;
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Organization, data.organizations.map((o) => ({ ...o, createdAt: instant(o.createdAt), updatedAt: instant(o.createdAt) })) as Organization[]);
    await insertInChunks(manager, Batch, data.batches.map((b) => ({
      ...b,
      regionCode: batchRegion(b, data.bases),
      submissionOpensAt: instant(b.submissionOpensAt),
      submissionClosesAt: instant(b.submissionClosesAt),
      reviewClosesAt: instant(b.reviewClosesAt),
      createdAt: instant(b.createdAt),
      updatedAt: instant(b.createdAt),
    })) as Batch[]);
    await insertInChunks(manager, ServiceBase, data.bases.map((b) => ({ ...b, createdAt: instant(b.createdAt), updatedAt: instant(b.createdAt) })) as unknown as ServiceBase[]);
    await insertInChunks(manager, BaseApplication, data.applications.map((a) => ({
      ...a,
      carrierAtProvincialLevelOrAbove: a.status !== "DRAFT",
      ...publicity(a, batchesById.get(a.batchId) as BatchRecord, basesById),
      submittedAt: optionalInstant(a.submittedAt),
      createdAt: instant(a.createdAt),
      updatedAt: instant(a.createdAt),
    })) as BaseApplication[]);
    await insertInChunks(manager, AnnualSummary, data.annualSummaries.map((s) => ({
      ...s,
      regionCode: regionOfBase(s.baseId),
      submittedAt: optionalInstant(s.submittedAt),
      createdAt: instant(s.createdAt),
      updatedAt: instant(s.createdAt),
    })) as AnnualSummary[]);
    await insertInChunks(manager, BaseEvaluation, data.evaluations.map((e) => ({ ...e, regionCode: regionOfBase(e.baseId), evaluatedAt: instant(e.evaluatedAt), createdAt: instant(e.evaluatedAt) })) as BaseEvaluation[]);
    // One UPSERT per entity search documents read, so an indexer reading the feed from the start sees the demo data.
    // Inserted in chunks rather than a recordChange per row: the data set holds hundreds of them.
    const at = new Date();
    const change = (entityType: string) => (row: { id: string }) => ({ entityType, entityId: row.id, operation: ChangeOperation.UPSERT, at });
    await insertInChunks(manager, ChangeLogEntry, [...data.organizations.map(change(ORGANIZATION)), ...data.bases.map(change(SERVICE_BASE))] as ChangeLogEntry[]);
  });
  logger.info("demo data loaded", { organizations: data.organizations.length, bases: data.bases.length, applications: data.applications.length });
  return true;
}
