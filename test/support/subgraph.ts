/** Runs one subgraph on a test database, listening on 127.0.0.1 port 0, with a small GraphQL client. */
import type { DataSource } from "typeorm";
import { DEVELOPMENT_JWT_SECRET, type AuthConfig, type SubgraphConfig } from "../../platform/config";
import { createLogger } from "../../platform/logger";
import { buildSubgraph, type SubgraphDefinition } from "../../platform/subgraph";
import { mintToken, Role, type CallerScope } from "../../platform/auth";
import { createTestDatabase, type TestDatabase } from "./database";
import { SqlCounter } from "./sql-counter";

export const TEST_AUTH: AuthConfig = { jwtSecret: DEVELOPMENT_JWT_SECRET, issuer: "patent-navigation-hub", audience: "patent-navigation-hub" };

export function tokenFor(role: Role, scope: CallerScope = {}, expiresIn = "1h"): Promise<string> {
  return mintToken(TEST_AUTH, { role, subject: `test-${role.toLowerCase()}`, ...scope }, expiresIn);
}

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export async function graphql<T = any>(url: string, query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, "status">;
  return { status: response.status, ...body };
}

export interface TestSubgraph {
  url: string;
  dataSource: DataSource;
  sql: SqlCounter;
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export function testSubgraphConfig(name: string, database: TestDatabase, demoData: boolean, policy?: unknown, peers: Record<string, string> = {}): SubgraphConfig {
  return {
    name,
    http: { host: "127.0.0.1", port: 0 },
    auth: TEST_AUTH,
    database: database.config,
    logLevel: "silent",
    demoData: demoData ? "auto" : "off",
    demoSeed: 20221123,
    peers,
    policy,
  };
}

/** Starts `definition` on `database` (a fresh one when omitted). */
export async function startTestSubgraph(
  definition: SubgraphDefinition<any>,
  options: { database?: TestDatabase; demoData?: boolean; policy?: unknown; peers?: Record<string, string>; clock?: () => Date } = {},
): Promise<TestSubgraph> {
  const database = options.database ?? createTestDatabase();
  const sql = new SqlCounter();
  const { service, dataSource } = await buildSubgraph(definition, { ...testSubgraphConfig(definition.name, database, options.demoData ?? false, options.policy, options.peers), clock: options.clock }, createLogger("silent"), sql);
  const url = await service.listen(0, "127.0.0.1");
  return {
    url,
    dataSource,
    sql,
    query: (query, variables, token) => graphql(url, query, variables, token),
    stop: async () => {
      await service.stop();
      if (!options.database) await database.drop();
    },
  };
}
