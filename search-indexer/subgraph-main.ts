/** The search subgraph process: load config, build, listen; stops on SIGTERM/SIGINT or with its launcher. */
import "reflect-metadata";
import { createLogger } from "../platform/logger";
import { stopOnSignals, stopWithParent } from "../platform/server";
import { searchSubgraph } from "./subgraph/schema";
import { loadConfig } from "./subgraph-config";

const config = loadConfig();
const logger = createLogger(config.logLevel, { service: "search" });
searchSubgraph.build(config, logger).then(
  async ({ service }) => {
    logger.info("listening", { url: await service.listen(config.http.port, config.http.host), engine: config.search.meiliUrl ? "meilisearch" : "embedded" });
    stopOnSignals(() => service.stop(), logger);
    stopWithParent(() => service.stop(), logger);
  },
  (error) => {
    logger.error("start failed", { error });
    process.exit(1);
  },
);
