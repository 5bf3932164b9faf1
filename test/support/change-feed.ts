/** Assertions every subgraph's change-feed tests share. */
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";
import { buildSubgraphTypeDefs, FEDERATION_LINK, type SubgraphSchemaOptions } from "../../platform/federation";

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
