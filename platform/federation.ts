/**
 * The one federation helper: every subgraph schema is built from type-graphql classes, printed with
 * its directives and handed to @apollo/subgraph together with batched reference resolvers.
 */
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLScalarType, parse, type GraphQLSchema } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { buildSchema, createResolversMap, registerEnumType, type NonEmptyArray } from "type-graphql";

/** Federation directives the subgraphs may use. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])`;

/** `__resolveReference` per entity type name, each expected to go through a per-request loader. */
export type ReferenceResolvers = Record<string, (reference: any, context: any) => unknown>;

export interface SubgraphSchemaOptions {
  resolvers: NonEmptyArray<Function>;
  /** Types not reachable from a resolver, e.g. key-only stubs returned by field resolvers. */
  orphanedTypes?: Function[];
  referenceResolvers: ReferenceResolvers;
}

/** Scalars shared by every subgraph, so composition sees identical definitions. */
export const SCALARS = [
  { type: Date, scalar: DateTimeResolver },
];
export const LocalDate: GraphQLScalarType = LocalDateResolver;

/** Prints the subgraph's SDL (with federation directives): what `npm run schema` writes to schema/. */
export async function buildSubgraphTypeDefs(options: SubgraphSchemaOptions): Promise<{ sdl: string; resolvers: Record<string, any> }> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    scalarsMap: SCALARS,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as Record<string, any>;
  for (const [typeName, resolveReference] of Object.entries(options.referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: resolveReference };
  }
  return { sdl: printSchemaWithDirectives(schema), resolvers };
}

export async function buildFederatedSchema(options: SubgraphSchemaOptions): Promise<GraphQLSchema> {
  const { sdl, resolvers } = await buildSubgraphTypeDefs(options);
  return buildSubgraphSchema({ typeDefs: parse(`${FEDERATION_LINK}\n${sdl}`), resolvers });
}

/** Registers a GraphQL enum whose values carry their Chinese labels as descriptions. */
export function registerLabelledEnum<T extends Record<string, string>>(
  enumObject: T,
  name: string,
  description: string,
  labels: Record<keyof T, string>,
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, { description: label }])) as never,
  });
}
