/**
 * The three change feeds the indexer follows, each served by its subgraph directly (the feeds are
 * @inaccessible in the gateway's public API) to the national admin only.
 */
import type { GraphQLEndpoint } from "./upstream";

export type FeedName = "results" | "bases" | "experts";

export interface FeedDefinition {
  name: FeedName;
  /** The subgraph serving the feed, a key of `IndexerConfig.subgraphUrls`. */
  subgraph: string;
  /** The feed's query field on that subgraph. */
  field: string;
}

export const FEEDS: readonly FeedDefinition[] = [
  { name: "results", subgraph: "results", field: "resultChanges" },
  { name: "bases", subgraph: "bases", field: "baseChanges" },
  { name: "experts", subgraph: "experts", field: "expertChanges" },
];

export interface ChangeEntry {
  sequence: number;
  entityType: string;
  entityId: string;
  operation: string;
}

export interface ChangePage {
  entries: ChangeEntry[];
  /** Highest sequence in the feed when it was read. */
  head: number;
}

export class FeedReader {
  constructor(readonly feed: FeedDefinition, private readonly endpoint: GraphQLEndpoint) {}

  async read(after: number, first: number): Promise<ChangePage> {
    const query = `query Changes($after: Int!, $first: Int!) { page: ${this.feed.field}(after: $after, first: $first) { head entries { sequence entityType entityId operation } } }`;
    const { page } = await this.endpoint.query<{ page: ChangePage }>(query, { after, first });
    return page;
  }

  /** The feed's head now: what a re-index rewinds the cursor to. */
  async head(): Promise<number> {
    return (await this.read(0, 1)).head;
  }
}

/** Entity ids of a batch by entity type, each once: a result changed five times is fetched once. */
export function distinctIds(entries: readonly ChangeEntry[]): Map<string, string[]> {
  const byType = new Map<string, Set<string>>();
  for (const { entityType, entityId } of entries) {
    let ids = byType.get(entityType);
    if (!ids) byType.set(entityType, (ids = new Set()));
    ids.add(entityId);
  }
  return new Map([...byType].map(([type, ids]) => [type, [...ids]]));
}
