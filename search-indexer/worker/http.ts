/**
 * The indexer's HTTP face: `/health` (the process answers), `/ready` (the engine answers and the cursor
 * store is open; the body shows the lag either way) and `/metrics` (per feed cursor, head, lag, last
 * error and last indexed time, plus totals, as JSON). Built without listening, so tests use port 0.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { INDEX_NAMES } from "../engine/documents";
import type { SearchEngine } from "../engine/port";
import type { Logger } from "../../platform/logger";
import { sendJson } from "../../platform/server";
import type { CursorStore } from "./cursor-store";
import { describeError, type IndexerWorker } from "./worker";

export const SERVICE_NAME = "search-indexer";
/** An id no document has: getting it proves the engine and the reports index answer. */
const PROBE_ID = "readiness-probe";

export interface IndexerServer {
  readonly http: Server;
  /** Resolves to the base URL, e.g. http://127.0.0.1:4006. */
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

export function createIndexerServer(worker: IndexerWorker, engine: SearchEngine, store: CursorStore, logger: Logger): IndexerServer {
  const readiness = async (): Promise<string | null> => {
    try {
      await engine.get(INDEX_NAMES.reports, PROBE_ID);
    } catch (error) {
      return `search engine: ${describeError(error)}`;
    }
    try {
      await store.ping();
    } catch (error) {
      return `cursor store: ${describeError(error)}`;
    }
    return worker.prepared ? null : "starting: the cursor store is not open or the indexes are not ensured yet";
  };

  const http = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    void (async () => {
      if (path === "/health") return sendJson(response, 200, { status: "ok", service: SERVICE_NAME });
      if (path === "/metrics") return sendJson(response, 200, worker.metrics());
      if (path === "/ready") {
        const problem = await readiness();
        const { totals, feeds } = worker.metrics();
        const lag = { total: totals.lag, ...Object.fromEntries(Object.entries(feeds).map(([name, feed]) => [name, feed.lag])) };
        if (problem) return sendJson(response, 503, { status: "unavailable", service: SERVICE_NAME, reason: problem, lag });
        return sendJson(response, 200, { status: "ready", service: SERVICE_NAME, lag });
      }
      sendJson(response, 404, { error: "not found" });
    })().catch((error) => {
      logger.error("request failed", { path, error });
      if (!response.headersSent) sendJson(response, 500, { error: "internal error" });
    });
  });

  return {
    http,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          const address = http.address() as AddressInfo;
          resolve(`http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`);
        });
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (!http.listening) return resolve();
        http.close(() => resolve());
        http.closeAllConnections();
      }),
  };
}
