/** Loads the experts part of the demo data set into an empty database, in one transaction. */
import { createHash } from "node:crypto";
import type { DataSource } from "typeorm";
import { generateDemoData } from "../../demo/generate";
import { ChangeLogEntry, ChangeOperation } from "../../platform/change-feed";
import { insertInChunks } from "../../platform/crud";
import type { Logger } from "../../platform/logger";
import type { DemoData } from "../../demo/records";
import { Enrollment } from "./enrollments/enrollment.entity";
import { ConflictDeclaration } from "./experts/conflict-declaration.entity";
import { Expert } from "./experts/expert.entity";
import { EXPERT } from "./experts/expert.service";
import { PoolMembership } from "./experts/pool-membership.entity";
import { TrainingSession } from "./training-sessions/training-session.entity";

const instant = (value: string) => new Date(value);

/** Memberships and declarations carry no id in the demo records: derive one, so every seeding gives the same ids. */
function derivedId(...parts: string[]): string {
  const hex = createHash("sha256").update(parts.join("/")).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export async function seedDemoData(dataSource: DataSource, seed: number, logger: Logger): Promise<boolean> {
  if ((await dataSource.getRepository(Expert).count()) > 0) return false;
  const data: DemoData = generateDemoData(seed);
  const pools: PoolMembership[] = [];
  const conflicts: ConflictDeclaration[] = [];
  for (const expert of data.experts) {
    expert.pools.forEach((pool, index) => pools.push({ id: derivedId(expert.id, "pool", String(index)), expertId: expert.id, ...pool } as PoolMembership));
    expert.conflicts.forEach((declaration, index) =>
      conflicts.push({ id: derivedId(expert.id, "conflict", String(index)), expertId: expert.id, ...declaration } as ConflictDeclaration),
    );
  }
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Expert, data.experts.map(({ pools: _pools, conflicts: _conflicts, ...expert }) => ({
      ...expert,
      createdAt: instant(expert.createdAt),
      updatedAt: instant(expert.createdAt),
    })) as Expert[]);
    await insertInChunks(manager, PoolMembership, pools);
    await insertInChunks(manager, ConflictDeclaration, conflicts);
    await insertInChunks(manager, TrainingSession, data.trainingSessions.map((s) => ({
      ...s,
      startsAt: instant(s.startsAt),
      endsAt: instant(s.endsAt),
      createdAt: instant(s.createdAt),
      updatedAt: instant(s.createdAt),
    })) as TrainingSession[]);
    await insertInChunks(manager, Enrollment, data.enrollments.map((e) => ({ ...e, createdAt: instant(e.createdAt), updatedAt: instant(e.createdAt) })) as Enrollment[]);
    // One UPSERT per expert, so an indexer reading the feed from the start indexes the demo data.
    // Inserted in chunks rather than a recordChange per row: the data set holds hundreds of experts.
    const at = new Date();
    await insertInChunks(manager, ChangeLogEntry, data.experts.map((expert) => ({ entityType: EXPERT, entityId: expert.id, operation: ChangeOperation.UPSERT, at })) as ChangeLogEntry[]);
  });
  logger.info("demo data loaded", { experts: data.experts.length, trainingSessions: data.trainingSessions.length, enrollments: data.enrollments.length });
  return true;
}
