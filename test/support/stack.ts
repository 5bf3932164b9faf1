/**
 * The whole platform in-process: every subgraph on one test database and the gateway over the
 * committed supergraph, all listening on 127.0.0.1 port 0.
 */
import type { GatewayConfig } from "../../gateway/config";
import { createGateway } from "../../gateway/gateway";
import { createLogger } from "../../platform/logger";
import type { Service } from "../../platform/server";
import { SUBGRAPHS } from "../../scripts/subgraphs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { searchSubgraph } from "../../search-indexer/subgraph/schema";
import { createTestDatabase, type TestDatabase } from "./database";
import { graphql, startTestSubgraph, TEST_AUTH, type GraphQLResponse, type TestSubgraph } from "./subgraph";

export interface TestStack {
  gatewayUrl: string;
  gateway: Service;
  subgraphs: Record<string, TestSubgraph>;
  /** The search subgraph, reading the embedded engine in `searchDataDir`. */
  searchUrl: string;
  searchDataDir: string;
  database: TestDatabase;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** Statements run by every subgraph since the last reset. */
  statements(): Record<string, number>;
  resetStatements(): void;
  stop(): Promise<void>;
}

export async function startTestStack(options: { demoData?: boolean; clock?: () => Date } = {}): Promise<TestStack> {
  const database = createTestDatabase();
  const subgraphs: Record<string, TestSubgraph> = {};
  const searchDir = mkdtempSync(join(tmpdir(), "pnh-search-"));
  let search: { url: string; stop(): Promise<void> } | undefined;
  // Filled in once every subgraph listens; subgraphs read it when a command needs a peer.
  const peers: Record<string, string> = {};
  try {
    for (const { definition } of SUBGRAPHS) {
      subgraphs[definition.name] = await startTestSubgraph(definition, { database, demoData: options.demoData, peers, clock: options.clock });
    }
    for (const [name, subgraph] of Object.entries(subgraphs)) peers[name] = subgraph.url;
    search = await startTestSearch(searchDir);
    const config: GatewayConfig = {
      http: { host: "127.0.0.1", port: 0 },
      auth: TEST_AUTH,
      logLevel: "silent",
      supergraphPath: "schema/supergraph.graphql",
      subgraphUrls: { ...Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.url])), search: search.url },
      subgraphTimeoutMs: 10_000,
    };
    const gateway = await createGateway(config, createLogger("silent"));
    const gatewayUrl = await gateway.listen(0, "127.0.0.1");
    return {
      gatewayUrl,
      gateway,
      subgraphs,
      searchUrl: search.url,
      searchDataDir: searchDir,
      database,
      query: (query, variables, token) => graphql(gatewayUrl, query, variables, token),
      statements: () => Object.fromEntries(Object.entries(subgraphs).map(([name, subgraph]) => [name, subgraph.sql.count])),
      resetStatements: () => Object.values(subgraphs).forEach((subgraph) => subgraph.sql.reset()),
      stop: async () => {
        await gateway.stop();
        await search?.stop();
        for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
        await database.drop();
        rmSync(searchDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await search?.stop();
    for (const subgraph of Object.values(subgraphs)) await subgraph.stop();
    await database.drop();
    rmSync(searchDir, { recursive: true, force: true });
    throw error;
  }
}

/** The search subgraph on the embedded engine in `dataDir`, listening on 127.0.0.1 port 0. */
async function startTestSearch(dataDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const { service } = await searchSubgraph.build(
    { name: "search", http: { host: "127.0.0.1", port: 0 }, auth: TEST_AUTH, logLevel: "silent", search: { dataDir, meiliTimeoutMs: 10_000 } },
    createLogger("silent"),
  );
  const url = await service.listen(0, "127.0.0.1");
  return { url, stop: () => service.stop() };
}
