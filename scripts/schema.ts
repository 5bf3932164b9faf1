/** npm run schema: writes schema/<subgraph>.graphql and schema/supergraph.graphql. */
import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeSupergraph } from "./compose";

const SCHEMA_DIR = join(__dirname, "..", "schema");

composeSupergraph().then(
  ({ subgraphs, supergraph }) => {
    for (const { name, sdl } of subgraphs) writeFileSync(join(SCHEMA_DIR, `${name}.graphql`), sdl);
    writeFileSync(join(SCHEMA_DIR, "supergraph.graphql"), supergraph);
    console.log(`wrote ${subgraphs.length} subgraph schemas and the supergraph to schema/`);
  },
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
