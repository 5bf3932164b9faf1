/**
 * The gateway: @apollo/gateway over the committed supergraph on the shared server factory. It verifies
 * the caller's token, forwards it to the subgraphs (which verify it again), and names the subgraph
 * when one fails.
 */
import { readFileSync } from "node:fs";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { GraphQLError } from "graphql";
import { createTokenVerifier } from "../platform/auth";
import type { Logger } from "../platform/logger";
import { createService, type BaseContext, type Service } from "../platform/server";
import { disableTelemetry, type GatewayConfig } from "./config";
import { ideRoutes } from "./ide";

class SubgraphDataSource extends RemoteGraphQLDataSource<BaseContext> {
  constructor(readonly serviceName: string, url: string, timeoutMs: number) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as never,
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<BaseContext>): void {
    if (!request.http) return;
    if (context?.authorization) request.http.headers.set("authorization", context.authorization);
    if (context?.requestId) request.http.headers.set("x-request-id", context.requestId);
  }

  override didEncounterError(error: Error): void {
    // A subgraph that cannot be reached or answers garbage is the service's fault, not the caller's.
    throw new GraphQLError(`the ${this.serviceName} service is unavailable`, {
      extensions: { code: "SERVICE_UNAVAILABLE", service: this.serviceName },
      originalError: error,
    });
  }
}

export async function createGateway(config: GatewayConfig, logger: Logger, supergraphSdl?: string): Promise<Service> {
  disableTelemetry();
  const subgraphUrls = new Map<string, string>();
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl ?? readFileSync(config.supergraphPath, "utf8"),
    buildService: ({ name, url }) => {
      const resolved = config.subgraphUrls[name] ?? url!;
      subgraphUrls.set(name, resolved);
      return new SubgraphDataSource(name, resolved, config.subgraphTimeoutMs);
    },
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
  });
  return createService({
    name: "gateway",
    logger,
    gateway,
    verifyToken: createTokenVerifier(config.auth),
    createContext: (base) => base,
    routes: ideRoutes,
    ready: async () => {
      // Ready when every subgraph is: the gateway cannot answer a cross-domain query without them.
      await Promise.all(
        [...subgraphUrls.values()].map(async (url) => {
          const response = await fetch(new URL("/ready", url), { signal: AbortSignal.timeout(2_000) });
          if (!response.ok) throw new Error(`${url} is not ready`);
        }),
      );
    },
  });
}
