/**
 * Assembles a subgraph process from its definition: data source and migrations, federated schema,
 * per-request context with loaders, and the HTTP service. Every subgraph's `main.ts` calls this.
 */
import type { DataSource, EntitySchema, Logger as OrmLogger, MixedList } from "typeorm";
import { createTokenVerifier } from "./auth";
import type { SubgraphConfig } from "./config";
import { createDataSource, openDatabase, pingDatabase, type SubgraphMigrations } from "./database";
import { buildFederatedSchema, type SubgraphSchemaOptions } from "./federation";
import { createLogger, type Logger } from "./logger";
import { createService, stopOnSignals, stopWithParent, type BaseContext, type Service } from "./server";

export interface SubgraphDefinition<TContext extends BaseContext> {
  name: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: SubgraphMigrations;
  schema: SubgraphSchemaOptions;
  /** Builds the request context: services bound to the data source and policy, fresh loaders per request. */
  createContext(base: BaseContext, dataSource: DataSource, config: SubgraphConfig): TContext;
  /** Loads the demo data set into an empty database; returns false when the database already holds data. */
  seedDemoData?(dataSource: DataSource, seed: number, logger: Logger): Promise<boolean>;
}

export interface RunningSubgraph {
  service: Service;
  dataSource: DataSource;
}

export async function buildSubgraph<TContext extends BaseContext>(
  definition: SubgraphDefinition<TContext>,
  config: SubgraphConfig<any>,
  logger: Logger,
  sqlLogger?: OrmLogger,
): Promise<RunningSubgraph> {
  const dataSource = await openDatabase(
    createDataSource({
      subgraph: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      database: config.database,
      logger: sqlLogger,
    }),
  );
  try {
    if (config.demoData === "auto" && definition.seedDemoData) {
      await definition.seedDemoData(dataSource, config.demoSeed, logger);
    }
    const schema = await buildFederatedSchema(definition.schema);
    const service = await createService({
      name: definition.name,
      logger,
      schema,
      verifyToken: createTokenVerifier(config.auth),
      createContext: (base) => definition.createContext(base, dataSource, config),
      ready: () => pingDatabase(dataSource),
      onStop: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
      },
    });
    return { service, dataSource };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Entry point of a subgraph process: build, listen, stop on SIGTERM/SIGINT; exits on a start failure. */
export function runSubgraph<TContext extends BaseContext>(definition: SubgraphDefinition<TContext>, config: SubgraphConfig<any>): void {
  const logger = createLogger(config.logLevel, { service: definition.name });
  buildSubgraph(definition, config, logger).then(
    async ({ service }) => {
      const url = await service.listen(config.http.port, config.http.host);
      logger.info("listening", { url });
      stopOnSignals(() => service.stop(), logger);
      stopWithParent(() => service.stop(), logger);
    },
    (error) => {
      logger.error("start failed", { error });
      process.exit(1);
    },
  );
}
