/** Loads the results part of the demo data set into an empty database, in one transaction. */
import type { DataSource } from "typeorm";
import { generateDemoData } from "../../demo/generate";
import { ChangeLogEntry, ChangeOperation } from "../../platform/change-feed";
import { insertInChunks } from "../../platform/crud";
import type { Logger } from "../../platform/logger";
import { DockingRequest } from "./docking-requests/docking-request.entity";
import { PUBLIC_SPONSOR_TYPES } from "./results/result.workflow";
import { ResultChapter } from "./results/result-chapter.entity";
import { Result } from "./results/result.entity";
import { RESULT_ENTITY } from "./results/result.transitions";
import { TypicalCase } from "./typical-cases/typical-case.entity";
import { CASE_ENTITY } from "./typical-cases/typical-case.service";

const instant = (value: string) => new Date(value);
const optionalInstant = (value: string | null) => (value ? new Date(value) : null);
const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedDemoData(dataSource: DataSource, seed: number, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(Result).count()) > 0) return false;
  const data = generateDemoData(seed);
  // Columns the demo generator does not carry are derived here: a result's service organisations are its
  // project's, and a released result of a non-public sponsor was consented to a few days before release.
  const serviceOrganizations = new Map(data.projects.map((project) => [project.id, project.serviceOrganizationIds]));
  const organizationTypes = new Map(data.organizations.map((organization) => [organization.id, organization.type as string]));
  const consentBefore = (sponsorId: string, releasedAt: string | null): Date | null =>
    releasedAt && !(PUBLIC_SPONSOR_TYPES as readonly string[]).includes(organizationTypes.get(sponsorId) ?? "") ? new Date(new Date(releasedAt).getTime() - 3 * DAY_MS) : null;
  const chapters = data.results.flatMap((result) =>
    result.chapters.map((chapter, index) => ({ id: crypto.randomUUID(), resultId: result.id, position: index + 1, title: chapter.title, text: chapter.text })),
  );
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Result, data.results.map(({ chapters: _chapters, ...r }) => ({
      ...r,
      serviceOrganizationIds: serviceOrganizations.get(r.projectId) ?? [],
      releasedAt: optionalInstant(r.releasedAt),
      sponsorConsentAt: consentBefore(r.sponsorOrganizationId, r.releasedAt),
      createdAt: instant(r.createdAt),
      updatedAt: instant(r.createdAt),
    })) as Result[]);
    await insertInChunks(manager, ResultChapter, chapters);
    await insertInChunks(manager, TypicalCase, data.typicalCases.map((c) => ({
      ...c,
      publishedAt: optionalInstant(c.publishedAt),
      createdAt: instant(c.createdAt),
      updatedAt: instant(c.createdAt),
    })) as TypicalCase[]);
    await insertInChunks(manager, DockingRequest, data.dockingRequests.map((d) => ({ ...d, createdAt: instant(d.createdAt), updatedAt: instant(d.createdAt) })) as DockingRequest[]);
    // One UPSERT per document entity, so an indexer reading the feed from the start indexes the demo data.
    // Inserted in chunks rather than a recordChange per row: the data set holds hundreds of them.
    const at = new Date();
    const change = (entityType: string) => (row: { id: string }) => ({ entityType, entityId: row.id, operation: ChangeOperation.UPSERT, at });
    await insertInChunks(manager, ChangeLogEntry, [...data.results.map(change(RESULT_ENTITY)), ...data.typicalCases.map(change(CASE_ENTITY))] as ChangeLogEntry[]);
  });
  logger.info("demo data loaded", { results: data.results.length, chapters: chapters.length, typicalCases: data.typicalCases.length, dockingRequests: data.dockingRequests.length });
  return true;
}
