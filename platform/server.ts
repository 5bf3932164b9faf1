/**
 * The server factory: builds an Apollo Server with the shared error formatter, token verification,
 * request ids, `/health` and `/ready`, without listening. `listen` and `stop` are separate, so tests
 * build a server and listen on port 0, and `main.ts` files stay a few lines long.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { Caller, TokenVerifier } from "./auth";
import { DomainError, createErrorFormatter, requestScope } from "./errors";
import type { Logger } from "./logger";

const MAX_BODY_BYTES = 1_000_000;

/** What every request context starts from. */
export interface BaseContext {
  requestId: string;
  caller: Caller;
  /** The verified Authorization header, forwarded by the gateway to subgraphs. */
  authorization?: string;
}

export type ExtraRoute = (request: IncomingMessage, response: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface ServiceOptions<TContext extends BaseContext> {
  name: string;
  logger: Logger;
  schema?: GraphQLSchema;
  gateway?: GatewayInterface;
  verifyToken: TokenVerifier;
  createContext: (base: BaseContext) => TContext | Promise<TContext>;
  /** Throws when the service cannot serve (database unreachable, …). */
  ready: () => Promise<void>;
  /** Extra HTTP routes (the gateway's IDE page); return true when handled. */
  routes?: ExtraRoute;
  /** Releases resources after the server has stopped accepting requests. */
  onStop?: () => Promise<void>;
  plugins?: ApolloServerPlugin<TContext>[];
}

export interface Service {
  readonly name: string;
  readonly http: Server;
  /** Starts listening; resolves to the GraphQL endpoint URL. */
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createService<TContext extends BaseContext>(options: ServiceOptions<TContext>): Promise<Service> {
  const { logger } = options;
  const apollo = new ApolloServer<TContext>({
    ...(options.gateway ? { gateway: options.gateway } : { schema: options.schema! }),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginLandingPageDisabled(), ...(options.plugins ?? [])],
    logger: { debug: () => undefined, info: () => undefined, warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
  });
  await apollo.start();

  const context = async (request: IncomingMessage, requestId: string): Promise<TContext> => {
    const authorization = request.headers.authorization;
    try {
      const caller = await options.verifyToken(authorization);
      return await options.createContext({ requestId, caller, authorization: caller.subject ? authorization : undefined });
    } catch (error) {
      if (error instanceof DomainError) {
        const status = error.code === "UNAUTHENTICATED" ? 401 : 400;
        throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
      }
      throw error;
    }
  };

  const handleGraphQL = async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const body = request.method === "POST" ? await readJson(request) : undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? "GET", headers, search: url.search, body },
      context: () => context(request, requestId),
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.setHeader("x-request-id", requestId);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  };

  const http = createServer((request, response) => {
    const requestId = headerValue(request.headers["x-request-id"]) ?? randomUUID();
    const url = new URL(request.url ?? "/", "http://localhost");
    requestScope.run({ requestId }, async () => {
      try {
        if (url.pathname === "/health") return sendJson(response, 200, { status: "ok", service: options.name });
        if (url.pathname === "/ready") {
          try {
            await options.ready();
            return sendJson(response, 200, { status: "ready", service: options.name });
          } catch (error) {
            // Orchestrators poll readiness often: the reason is detail, the 503 is the signal.
            logger.debug("not ready", { error: error instanceof Error ? error.message : String(error) });
            return sendJson(response, 503, { status: "unavailable", service: options.name });
          }
        }
        if (options.routes && (await options.routes(request, response, url))) return;
        if (url.pathname === "/graphql") return await handleGraphQL(request, response, url, requestId);
        sendJson(response, 404, { error: "not found" });
      } catch (error) {
        if (error instanceof HttpError) return sendJson(response, error.status, { errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }] });
        logger.error("request failed", { requestId, error });
        if (!response.headersSent) sendJson(response, 500, { errors: [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId } }] });
        else response.end();
      }
    });
  });
  http.keepAliveTimeout = 5_000;

  let stopping: Promise<void> | undefined;
  return {
    name: options.name,
    http,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}/graphql`);
        });
      }),
    stop: () =>
      (stopping ??= (async () => {
        const closed = http.listening ? new Promise<void>((resolve) => http.close(() => resolve())) : Promise.resolve();
        http.closeIdleConnections();
        await apollo.stop();
        const timer = setTimeout(() => http.closeAllConnections(), 5_000);
        await closed;
        clearTimeout(timer);
        await options.onStop?.();
      })()),
  };
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function headerValue(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first && /^[\w.-]{1,128}$/.test(first) ? first : undefined;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "request body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "request body is not valid JSON");
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.statusCode = status;
  response.setHeader("content-type", "application/json; charset=utf-8");
  response.end(JSON.stringify(body));
}

/** Stops the services on SIGTERM or SIGINT, then exits; a second signal exits at once. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info("stopping", { signal });
    stop().then(
      () => process.exit(0),
      (error) => {
        logger.error("stop failed", { error });
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

/** When started by a launcher over IPC, stops when the launcher goes away, so no orphan keeps a port. */
export function stopWithParent(stop: () => Promise<void>, logger: Logger): void {
  if (!process.send) return;
  process.once("disconnect", () => {
    logger.info("launcher gone; stopping");
    stop().finally(() => process.exit(0));
  });
}
