import "reflect-metadata";
import { runSubgraph } from "../../platform/subgraph";
import { loadConfig } from "./config";
import { basesSubgraph } from "./schema";

runSubgraph(basesSubgraph, loadConfig());
