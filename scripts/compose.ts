/**
 * Prints every subgraph's SDL from its type-graphql classes and composes the supergraph with
 * @apollo/composition: what `npm run schema` commits to schema/ and what the drift test compares.
 */
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { buildFederatedSchema } from "../platform/federation";
import { COMPOSED } from "./subgraphs";

export interface ComposedSchema {
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
}

export async function composeSupergraph(): Promise<ComposedSchema> {
  const subgraphs = [];
  for (const { name, schema: options, port } of COMPOSED) {
    const schema = await buildFederatedSchema(options);
    subgraphs.push({ name, sdl: printSubgraphSchema(schema), url: `http://127.0.0.1:${port}/graphql` });
  }
  const result = composeServices(subgraphs.map(({ name, sdl, url }) => ({ name, url, typeDefs: parse(sdl) })));
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  return { subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })), supergraph: result.supergraphSdl };
}
