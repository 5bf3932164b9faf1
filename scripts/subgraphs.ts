/** The subgraphs of the platform, in start order, with their default ports. */
import type { SubgraphSchemaOptions } from "../platform/federation";
import type { SubgraphDefinition } from "../platform/subgraph";
import { searchSubgraph } from "../search-indexer/subgraph/schema";
import { basesSubgraph } from "../subgraphs/bases/schema";
import { expertsSubgraph } from "../subgraphs/experts/schema";
import { projectsSubgraph } from "../subgraphs/projects/schema";
import { resultsSubgraph } from "../subgraphs/results/schema";

export interface SubgraphEntry {
  definition: SubgraphDefinition<any>;
  port: number;
  main: string;
}

export const SUBGRAPHS: SubgraphEntry[] = [
  { definition: basesSubgraph, port: 4001, main: "subgraphs/bases/main.ts" },
  { definition: projectsSubgraph, port: 4002, main: "subgraphs/projects/main.ts" },
  { definition: resultsSubgraph, port: 4003, main: "subgraphs/results/main.ts" },
  { definition: expertsSubgraph, port: 4004, main: "subgraphs/experts/main.ts" },
];

/** Every subgraph of the supergraph: the four domain subgraphs and the search subgraph, which owns no database. */
export const COMPOSED: { name: string; schema: SubgraphSchemaOptions; port: number; main: string }[] = [
  ...SUBGRAPHS.map(({ definition, port, main }) => ({ name: definition.name, schema: definition.schema, port, main })),
  { name: searchSubgraph.name, schema: searchSubgraph.schema, port: 4005, main: "search-indexer/subgraph-main.ts" },
];
