/** Assertions every subgraph's change-feed tests share. */
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import type { DataSource } from "typeorm";
import { ChangeLogEntry } from "../../platform/change-feed";
import { buildSubgraphTypeDefs, FEDERATION_LINK, type SubgraphSchemaOptions } from "../../platform/federation";
import type { GraphQLResponse } from "./subgraph";

/**
 * The feed query is internal: printed with @inaccessible in the subgraph SDL (with its types), and
 * absent from the public API schema composed from it, while `publicField` stays.
 */
export async function expectInaccessibleFeed(name: string, schema: SubgraphSchemaOptions, feedField: string, publicField: string): Promise<void> {
  const { sdl } = await buildSubgraphTypeDefs(schema);
  expect(sdl).toMatch(new RegExp(`${feedField}\\([^)]*\\): ChangeFeedPage! @inaccessible`));
  expect(sdl).toMatch(/type ChangeFeedPage @shareable @inaccessible/);
  expect(sdl).toMatch(/type ChangeLogEntry @shareable @inaccessible/);
  const composed = composeServices([{ name, typeDefs: parse(`${FEDERATION_LINK}\n${sdl}`), url: `http://${name}` }]);
  expect(composed.errors ?? []).toEqual([]);
  const api = composed.schema!.toAPISchema().toGraphQLJSSchema();
  expect(api.getQueryType()?.getFields()[feedField]).toBeUndefined();
  expect(api.getQueryType()?.getFields()[publicField]).toBeDefined();
  expect(api.getType("ChangeLogEntry")).toBeUndefined();
}

export type Change = Pick<ChangeLogEntry, "entityType" | "entityId" | "operation">;

export const upsert = (entityType: string, entityId: string): Change => ({ entityType, entityId, operation: "UPSERT" as never });

/**
 * Watches a subgraph's change feed around writes: what each write appended, checked to follow the
 * previous head in increasing sequence. `codeOf` reads the error code of a GraphQL answer.
 */
export function changeFeedProbe(dataSource: () => DataSource, codeOf: (answer: GraphQLResponse) => string | undefined) {
  const repository = () => dataSource().getRepository(ChangeLogEntry);
  const head = async () => (await repository().maximum("sequence")) ?? 0;

  /** Runs one write and answers what it appended to the feed. */
  async function appendedBy(write: () => Promise<GraphQLResponse>): Promise<{ answer: GraphQLResponse; changes: Change[] }> {
    const before = await head();
    const answer = await write();
    const rows = (await repository().find({ order: { sequence: "ASC" } })).filter((row) => row.sequence > before);
    rows.forEach((row, index) => expect(row.sequence).toBeGreaterThan(index === 0 ? before : rows[index - 1].sequence));
    return { answer, changes: rows.map(({ entityType, entityId, operation }) => ({ entityType, entityId, operation })) };
  }

  /** Asserts the write succeeded and appended exactly `expected`. */
  async function expectAppends(write: () => Promise<GraphQLResponse>, expected: Change[]): Promise<GraphQLResponse> {
    const { answer, changes } = await appendedBy(write);
    expect(answer.errors).toBeUndefined();
    expect(changes).toEqual(expected);
    return answer;
  }

  /** Asserts the write was refused with `code` and appended nothing. */
  async function expectNothingAppended(write: () => Promise<GraphQLResponse>, code: string): Promise<void> {
    const { answer, changes } = await appendedBy(write);
    expect(codeOf(answer)).toBe(code);
    expect(changes).toEqual([]);
  }

  return { repository, head, appendedBy, expectAppends, expectNothingAppended };
}
