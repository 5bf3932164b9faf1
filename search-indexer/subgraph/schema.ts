/**
 * The search subgraph: its schema definition (what scripts/compose.ts prints and composes) and the
 * builder of the running service, which verifies tokens like every subgraph and reads the search
 * engine instead of a database. Building does not listen, so tests and launchers choose the port.
 */
import { createTokenVerifier } from "../../platform/auth";
import { buildFederatedSchema, type SubgraphSchemaOptions } from "../../platform/federation";
import type { Logger } from "../../platform/logger";
import { createService, type Service } from "../../platform/server";
import { createSearchEngine } from "../engine/factory";
import type { SearchEngine } from "../engine/port";
import type { SearchSubgraphConfig } from "../subgraph-config";
import type { SearchContext } from "./context";
import { ResultRef } from "./external/result.stub";
import { TypicalCaseRef } from "./external/typical-case.stub";
import { SearchResolver } from "./search.resolver";
import { SearchService } from "./search.service";

export interface SearchSubgraphDefinition {
  name: "search";
  schema: SubgraphSchemaOptions;
  /** Builds the service from configuration without listening. */
  build(config: SearchSubgraphConfig, logger: Logger, options?: { engine?: SearchEngine }): Promise<RunningSearchSubgraph>;
}

export interface RunningSearchSubgraph {
  service: Service;
  engine: SearchEngine;
}

const schema: SubgraphSchemaOptions = {
  resolvers: [SearchResolver],
  // Reachable through the hits already; listed so the stubs stay in the schema whatever the hits become.
  orphanedTypes: [ResultRef, TypicalCaseRef],
  // The stubs are `resolvable: false`: the gateway never asks this subgraph for an entity.
  referenceResolvers: {},
};

/**
 * An engine passed in stays the caller's to close (tests share one); an engine made from the
 * configuration is closed when the service stops.
 */
async function build(config: SearchSubgraphConfig, logger: Logger, options: { engine?: SearchEngine } = {}): Promise<RunningSearchSubgraph> {
  const engine = options.engine ?? createSearchEngine(config.search);
  try {
    const search = new SearchService(engine, logger);
    const service = await createService<SearchContext>({
      name: "search",
      logger,
      schema: await buildFederatedSchema(schema),
      verifyToken: createTokenVerifier(config.auth),
      createContext: (base) => ({ ...base, search }),
      ready: () => search.ready(),
      onStop: async () => {
        if (!options.engine) await engine.close();
      },
    });
    return { service, engine };
  } catch (error) {
    if (!options.engine) await engine.close();
    throw error;
  }
}

export const searchSubgraph: SearchSubgraphDefinition = { name: "search", schema, build };
