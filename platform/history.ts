/**
 * The append-only history of workflow transitions (who, role, when, from, to, note). Each subgraph
 * keeps its own `state_change` table; the GraphQL type is shared (and identical) across subgraphs.
 */
import DataLoader from "dataloader";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, type DataSource, type EntityManager, In } from "typeorm";
import type { Caller } from "./auth";
import { InstantColumn } from "./columns";
import { groupInKeyOrder } from "./loaders";

@ObjectType({ description: "One step of an entity's workflow history: who moved it from which state to which, when, and why." })
@Directive("@shareable")
@Entity("state_change")
@Index(["entityType", "entityId", "at"])
export class StateChange {
  @Field(() => ID, { description: "Id of the history entry." })
  @PrimaryColumn({ type: "varchar", length: 36 })
  id: string;

  @Column({ type: "varchar", length: 40 })
  entityType: string;

  @Column({ type: "varchar", length: 36 })
  entityId: string;

  @Field(() => String, { description: "The action taken, e.g. submit, recommend, release." })
  @Column({ type: "varchar", length: 40 })
  action: string;

  @Field(() => String, { nullable: true, description: "State before the action; null for the creation of the entity." })
  @Column({ type: "varchar", length: 40, nullable: true })
  fromState: string | null;

  @Field(() => String, { description: "State after the action." })
  @Column({ type: "varchar", length: 40 })
  toState: string;

  @Field(() => String, { nullable: true, description: "Subject (user id) of the caller who acted." })
  @Column({ type: "varchar", length: 200, nullable: true })
  actor: string | null;

  @Field(() => String, { description: "Role the caller acted in." })
  @Column({ type: "varchar", length: 40 })
  actorRole: string;

  @Field(() => String, { nullable: true, description: "Reason or remark given with the action." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => Date, { description: "When the action was taken." })
  @InstantColumn()
  at: Date;
}

export interface StateChangeInput {
  entityType: string;
  entityId: string;
  action: string;
  from: string | null;
  to: string;
  caller: Caller;
  note?: string | null;
}

/** Appends one history entry inside the caller's transaction. */
export async function recordStateChange(manager: EntityManager, change: StateChangeInput): Promise<void> {
  await manager.insert(StateChange, {
    id: crypto.randomUUID(),
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    fromState: change.from,
    toState: change.to,
    actor: change.caller.subject,
    actorRole: change.caller.role,
    note: change.note ?? null,
    at: new Date(),
  });
}

/** Loads the history of many entities of one type in one statement, oldest entry first. */
export function createHistoryLoader(dataSource: DataSource, entityType: string) {
  return new DataLoader(async (ids: readonly string[]) => {
    const rows = await dataSource.getRepository(StateChange).find({ where: { entityType, entityId: In([...ids]) }, order: { at: "ASC", id: "ASC" } });
    return groupInKeyOrder(ids, rows, (row) => row.entityId);
  });
}
