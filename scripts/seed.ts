/**
 * npm run seed [-- --fresh]: loads the demo data set into every subgraph's database (SQLite files under
 * ./data, or PostgreSQL when DATABASE_URL is set). Without --fresh a database that holds data is left
 * alone; with it, each subgraph's tables are emptied first.
 */
import "reflect-metadata";
import { readSubgraphConfig } from "../platform/config";
import { createDataSource, openDatabase } from "../platform/database";
import { createLogger } from "../platform/logger";
import { loadScriptConfig } from "./config";
import { SUBGRAPHS } from "./subgraphs";

async function main() {
  const { args, env } = loadScriptConfig();
  const fresh = args.includes("--fresh");
  const logger = createLogger("info", { service: "seed" });
  for (const { definition, port } of SUBGRAPHS) {
    const config = readSubgraphConfig(definition.name, port, env);
    const dataSource = await openDatabase(
      createDataSource({ subgraph: definition.name, entities: definition.entities, migrations: definition.migrations, database: config.database }),
    );
    try {
      if (fresh) {
        await dataSource.transaction(async (manager) => {
          for (const entity of dataSource.entityMetadatas) await manager.clear(entity.target);
        });
      }
      const loaded = await definition.seedDemoData!(dataSource, config.demoSeed, logger.child({ subgraph: definition.name }));
      console.log(`${definition.name}: ${loaded ? "demo data loaded" : "already holds data (use --fresh to reload)"}`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
