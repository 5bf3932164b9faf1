/**
 * The search indexer process: follows the change feeds into the search engine and serves /health,
 * /ready and /metrics. On SIGTERM it stops taking batches, cuts off the one in flight (its cursor does
 * not move, so it is simply read again next time), and closes the engine and the cursor store.
 */
import { createSearchEngine } from "./engine/factory";
import { describeConfig, loadIndexerConfig } from "./indexer-config";
import { ConfigError } from "../platform/config";
import { createLogger } from "../platform/logger";
import { stopOnSignals, stopWithParent } from "../platform/server";
import { createCursorStore } from "./worker/cursor-store";
import { createIndexerServer, SERVICE_NAME } from "./worker/http";
import { createIndexer } from "./worker/indexer";

async function main(): Promise<void> {
  const config = loadIndexerConfig();
  const logger = createLogger(config.logLevel, { service: SERVICE_NAME });
  const engine = createSearchEngine(config.search);
  const store = createCursorStore(config.cursorStore);
  const { worker } = createIndexer(config, engine, store, logger);
  const server = createIndexerServer(worker, engine, store, logger);
  const url = await server.listen(config.http.port, config.http.host);
  logger.info("listening", { url, ...describeConfig(config) });
  worker.start();
  const stop = async () => {
    await server.stop();
    await worker.stop();
    await store.close();
    await engine.close();
  };
  stopOnSignals(stop, logger);
  stopWithParent(stop, logger);
}

main().catch((error) => {
  // A configuration error lists every bad variable and never a secret; anything else is logged as JSON.
  if (error instanceof ConfigError) console.error(error.message);
  else createLogger("error", { service: SERVICE_NAME }).error("start failed", { error });
  process.exit(1);
});
