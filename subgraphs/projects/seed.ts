/** Loads the projects part of the demo data set into an empty database, in one transaction. */
import type { DataSource } from "typeorm";
import { generateDemoData } from "../../demo/generate";
import { insertInChunks } from "../../platform/crud";
import type { Logger } from "../../platform/logger";
import { AcceptanceReview } from "./acceptance-reviews/acceptance-review.entity";
import { ProjectStatus } from "./enums";
import { NavigationProject } from "./projects/project.entity";

const instant = (value: string) => new Date(value);

/**
 * The demo data does not say where its suspended projects were suspended from. They carry no phase, so
 * they are spread over the suspendable states before execution, deterministically by id, and `resume`
 * returns them there.
 */
const SUSPENDED_FROM = [ProjectStatus.APPLIED, ProjectStatus.APPROVED, ProjectStatus.PROCURING] as const;

function suspendedFrom(id: string, status: string): ProjectStatus | null {
  if (status !== ProjectStatus.SUSPENDED) return null;
  const hash = [...id].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  return SUSPENDED_FROM[hash % SUSPENDED_FROM.length];
}

export async function seedDemoData(dataSource: DataSource, seed: number, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(NavigationProject).count()) > 0) return false;
  const data = generateDemoData(seed);
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, NavigationProject, data.projects.map((p) => ({
      ...p,
      suspendedFrom: suspendedFrom(p.id, p.status),
      createdAt: instant(p.createdAt),
      updatedAt: instant(p.createdAt),
    })) as NavigationProject[]);
    await insertInChunks(manager, AcceptanceReview, data.acceptanceReviews.map((r) => ({
      ...r,
      reviewedAt: instant(r.reviewedAt),
      createdAt: instant(r.reviewedAt),
      updatedAt: instant(r.reviewedAt),
    })) as AcceptanceReview[]);
  });
  logger.info("demo data loaded", { projects: data.projects.length, acceptanceReviews: data.acceptanceReviews.length });
  return true;
}
