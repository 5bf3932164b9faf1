/** Loads the projects part of the demo data set into an empty database, in one transaction. */
import type { DataSource } from "typeorm";
import { generateDemoData } from "../../demo/generate";
import { insertInChunks } from "../../platform/crud";
import type { Logger } from "../../platform/logger";
import { AcceptanceReview } from "./acceptance-reviews/acceptance-review.entity";
import { NavigationProject } from "./projects/project.entity";

const instant = (value: string) => new Date(value);

export async function seedDemoData(dataSource: DataSource, seed: number, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(NavigationProject).count()) > 0) return false;
  const data = generateDemoData(seed);
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, NavigationProject, data.projects.map((p) => ({
      ...p,
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
