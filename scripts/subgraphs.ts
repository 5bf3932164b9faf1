/** The subgraphs of the platform, in start order, with their default ports. */
import type { SubgraphDefinition } from "../platform/subgraph";
import { basesSubgraph } from "../subgraphs/bases/schema";

export const SUBGRAPHS: { definition: SubgraphDefinition<any>; port: number }[] = [
  { definition: basesSubgraph, port: 4001 },
];
