import { createLogger } from "../platform/logger";
import { stopOnSignals, stopWithParent } from "../platform/server";
import { loadConfig } from "./config";
import { createGateway } from "./gateway";

const config = loadConfig();
const logger = createLogger(config.logLevel, { service: "gateway" });
createGateway(config, logger).then(
  async (service) => {
    logger.info("listening", { url: await service.listen(config.http.port, config.http.host) });
    stopOnSignals(() => service.stop(), logger);
    stopWithParent(() => service.stop(), logger);
  },
  (error) => {
    logger.error("start failed", { error });
    process.exit(1);
  },
);
