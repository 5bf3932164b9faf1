/**
 * The search subgraph's SDL: key-only stubs of the entities it references, every element described,
 * and composition with the four committed subgraph SDLs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { buildASTSchema, isEnumType, isInputObjectType, isObjectType, parse, type GraphQLSchema } from "graphql";
import { buildFederatedSchema } from "../../platform/federation";
import { searchSubgraph } from "./schema";

const SCHEMA_DIR = join(__dirname, "..", "..", "schema");
const committed = (name: string) => readFileSync(join(SCHEMA_DIR, `${name}.graphql`), "utf8");

let schema: GraphQLSchema;
let sdl: string;
beforeAll(async () => {
  schema = await buildFederatedSchema(searchSubgraph.schema);
  sdl = printSubgraphSchema(schema);
});

it("declares Result and TypicalCase as key-only stubs the gateway never asks this subgraph to resolve", () => {
  expect(sdl).toMatch(/type Result\s+@key\(fields: "id", resolvable: false\)\s*\{\s*"""Id of the result\."""\s*id: ID!\s*\}/);
  expect(sdl).toMatch(/type TypicalCase\s+@key\(fields: "id", resolvable: false\)\s*\{\s*"""Id of the case\."""\s*id: ID!\s*\}/);
  // Nothing for _entities to serve: no reference resolver, and composition (below) routes no entity fetch here.
  expect(searchSubgraph.schema.referenceResolvers).toEqual({});
});

it("describes the stubs exactly as their owner does", () => {
  const owner = buildASTSchema(parse(committed("results")), { assumeValidSDL: true });
  for (const name of ["Result", "TypicalCase"]) {
    expect(schema.getType(name)!.description).toBe(owner.getType(name)!.description);
  }
  expect(schema.getType("Result")!.description).toBe("专利导航成果 A navigation result: an analysis report or results-application material.");
  expect(schema.getType("TypicalCase")!.description).toBe("典型案例 A typical case of applying navigation results.");
});

it("describes every type, field, argument and enum value", () => {
  const printed = buildASTSchema(parse(sdl), { assumeValidSDL: true });
  const undocumented: string[] = [];
  for (const type of Object.values(printed.getTypeMap())) {
    if (type.name.startsWith("_") || type.name.startsWith("link__") || ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
    if (!type.description && type.name !== "Query") undocumented.push(type.name);
    if (isObjectType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith("_")) continue;
        if (!field.description) undocumented.push(`${type.name}.${field.name}`);
        for (const arg of "args" in field ? field.args : []) if (!arg.description) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
  }
  expect(undocumented).toEqual([]);
});

it("composes with the four committed subgraphs, the hits pointing at the results subgraph's entities", () => {
  const subgraphs = ["bases", "projects", "results", "experts"].map((name, i) => ({ name, url: `http://127.0.0.1:${4001 + i}/graphql`, typeDefs: parse(committed(name)) }));
  const result = composeServices([...subgraphs, { name: "search", url: "http://127.0.0.1:4005/graphql", typeDefs: parse(sdl) }]);
  expect(result.errors).toBeUndefined();
  const supergraph = result.supergraphSdl!;
  expect(supergraph).toMatch(/searchReports\([\s\S]*?\): ReportSearchResult! @join__field\(graph: SEARCH\)/);
  expect(supergraph).toMatch(/relatedReports\([\s\S]*?\): \[ReportSearchHit!\]! @join__field\(graph: SEARCH\)/);
  expect(supergraph).toMatch(/type Result\s+@join__type\(graph: RESULTS, key: "id"\)\s+@join__type\(graph: SEARCH, key: "id", resolvable: false\)/);
  expect(supergraph).toMatch(/type TypicalCase\s+@join__type\(graph: RESULTS, key: "id"\)\s+@join__type\(graph: SEARCH, key: "id", resolvable: false\)/);
});
