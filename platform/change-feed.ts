/**
 * The change feed: a subgraph writes one `change_log` row (monotonic sequence, entity, id, operation)
 * in the same transaction as every change that affects a search document, and serves the rows in
 * order through an internal query the search indexer pulls. A crash between the change and the index
 * loses nothing: the indexer re-reads from its last stored sequence.
 */
import { Max, Min } from "class-validator";
import { ArgsType, Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, MoreThan, PrimaryGeneratedColumn, type DataSource, type EntityManager } from "typeorm";
import { Role, type Caller } from "./auth";
import { requireRole } from "./access";
import { InstantColumn } from "./columns";

export enum ChangeOperation {
  UPSERT = "UPSERT",
  DELETE = "DELETE",
}

@ObjectType({ description: "One change of an entity that a search document depends on (internal: for the search indexer)." })
@Directive("@shareable")
@Directive("@inaccessible")
@Entity("change_log")
export class ChangeLogEntry {
  @Field(() => Int, { description: "Position in the feed: strictly increasing." })
  @PrimaryGeneratedColumn({ type: "integer" })
  sequence: number;

  @Field(() => String, { description: "Entity type, e.g. Result, TypicalCase, ServiceBase, Expert." })
  @Column({ type: "varchar", length: 40 })
  entityType: string;

  @Field(() => String, { description: "Id of the changed entity." })
  @Column({ type: "varchar", length: 36 })
  entityId: string;

  @Field(() => String, { description: "UPSERT when the entity was created or changed, DELETE when it was removed." })
  @Column({ type: "varchar", length: 10 })
  operation: ChangeOperation;

  @Field(() => Date, { description: "When the change was committed." })
  @InstantColumn()
  at: Date;
}

@ObjectType({ description: "A page of the change feed (internal: for the search indexer)." })
@Directive("@shareable")
@Directive("@inaccessible")
export class ChangeFeedPage {
  @Field(() => [ChangeLogEntry], { description: "Changes after the requested sequence, oldest first." })
  entries: ChangeLogEntry[];

  @Field(() => Int, { description: "Highest sequence in the feed now: the indexer's lag is head minus its cursor." })
  head: number;
}

@ArgsType()
export class ChangeFeedArgs {
  @Field(() => Int, { description: "Return changes with a sequence greater than this.", defaultValue: 0 })
  @Min(0)
  after: number = 0;

  @Field(() => Int, { description: "At most this many changes, 1–1000.", defaultValue: 100 })
  @Min(1)
  @Max(1000)
  first: number = 100;
}

/**
 * Appends one change inside the caller's transaction. On PostgreSQL a sequence number is taken when a
 * row is inserted, not when its transaction commits: a reader could see 11 before 10 commits and move
 * its cursor past 10 for good. A transaction-scoped lock per schema makes log writers commit in sequence
 * order (SQLite transactions are serial already). Services record changes last, after their row writes.
 */
export async function recordChange(manager: EntityManager, entityType: string, entityId: string, operation = ChangeOperation.UPSERT): Promise<void> {
  if (manager.connection.options.type === "postgres") {
    await manager.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.change_log'))");
  }
  await manager.insert(ChangeLogEntry, { entityType, entityId, operation, at: new Date() });
}

/** Reads the feed; only the national admin (the indexer's service identity) may. */
export async function readChanges(dataSource: DataSource, caller: Caller, { after, first }: ChangeFeedArgs): Promise<ChangeFeedPage> {
  requireRole(caller, [Role.NATIONAL_ADMIN], "read the change feed");
  // Read in a transaction: on SQLite's single connection that waits for an open writer instead of
  // seeing its uncommitted entries (which a rollback would take back and hand out again).
  return dataSource.transaction(async (manager) => {
    const repository = manager.getRepository(ChangeLogEntry);
    const entries = await repository.find({ where: { sequence: MoreThan(after) }, order: { sequence: "ASC" }, take: first });
    const head = await repository.maximum("sequence");
    return { entries, head: head ?? 0 };
  });
}
