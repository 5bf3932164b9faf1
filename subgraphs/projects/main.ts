import "reflect-metadata";
import { runSubgraph } from "../../platform/subgraph";
import { loadConfig } from "./config";
import { projectsSubgraph } from "./schema";

runSubgraph(projectsSubgraph, loadConfig());
