/**
 * The data source factory: one SQLite file per subgraph by default, one PostgreSQL schema per
 * subgraph when DATABASE_URL is set. Migrations for the matching database run on start; the schema
 * is never synchronised from the entities.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { Client } from "pg";
import { DataSource, type EntityManager, type EntitySchema, type EntityTarget, type Logger as OrmLogger, type MixedList, type ObjectLiteral } from "typeorm";
import { settleInstantColumns } from "./columns";
import type { DatabaseConfig } from "./config";

export interface SubgraphMigrations {
  sqlite: MixedList<Function | string>;
  postgres: MixedList<Function | string>;
}

export interface DataSourceOptions {
  /** Subgraph name: the SQLite file name and the PostgreSQL schema (after the prefix). */
  subgraph: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: SubgraphMigrations;
  database: DatabaseConfig;
  /** Receives every statement, e.g. to count statements per operation. */
  logger?: OrmLogger;
}

export function schemaName(database: DatabaseConfig & { kind: "postgres" }, subgraph: string): string {
  return `${database.schemaPrefix}${subgraph}`;
}

export function createDataSource(options: DataSourceOptions): DataSource {
  const { database, subgraph } = options;
  settleInstantColumns(database.kind);
  const common = {
    entities: options.entities,
    synchronize: false,
    migrationsRun: false,
    logger: options.logger,
    logging: options.logger ? (["query", "error"] as ("query" | "error")[]) : false,
  };
  if (database.kind === "sqlite") {
    mkdirSync(database.dataDir, { recursive: true });
    return serialiseTransactions(new DataSource({
      ...common,
      type: "better-sqlite3",
      database: join(database.dataDir, `${subgraph}.sqlite`),
      migrations: options.migrations.sqlite,
      enableWAL: true,
      // Several processes share a file (seed command, indexer, server): wait for locks instead of failing.
      prepareDatabase: (db: { pragma(statement: string): unknown }) => {
        db.pragma("busy_timeout = 5000");
        db.pragma("foreign_keys = ON");
      },
    }));
  }
  const schema = schemaName(database, subgraph);
  return new DataSource({
    ...common,
    type: "postgres",
    url: database.url,
    schema,
    migrations: options.migrations.postgres,
    // Migrations are written without a schema qualifier: the search path puts them in this subgraph's schema.
    extra: { options: `-c search_path=${schema}`, max: 10 },
  });
}

/**
 * SQLite has one connection per process and one writer per file: two transactions interleaving on the
 * connection would nest and fail. Transactions therefore run one after another, which also makes every
 * read-check-write inside a transaction race-free on SQLite.
 */
function serialiseTransactions(dataSource: DataSource): DataSource {
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let tail: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = tail.then(() => transaction(...args));
    tail = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
  return dataSource;
}

/**
 * Locks rows for the rest of the transaction, so a read-check-write (a quota, a capacity) cannot race
 * on PostgreSQL; on SQLite transactions are already serial.
 */
export async function lockRows(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, ids: string[]): Promise<void> {
  if (manager.connection.options.type !== "postgres" || ids.length === 0) return;
  await manager.getRepository(entity).createQueryBuilder("locked").select("locked.id").where("locked.id IN (:...ids)", { ids }).setLock("pessimistic_write").getMany();
}

/** Creates the PostgreSQL schema if needed, connects, and applies pending migrations. */
export async function openDatabase(dataSource: DataSource): Promise<DataSource> {
  const options = dataSource.options;
  if (options.type === "postgres" && options.schema) {
    const client = new Client({ connectionString: options.url });
    await client.connect();
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
    } finally {
      await client.end();
    }
  }
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });
  return dataSource;
}

/** Readiness: the database answers a trivial query. */
export async function pingDatabase(dataSource: DataSource): Promise<void> {
  await dataSource.query("SELECT 1");
}
