import "reflect-metadata";
import { runSubgraph } from "../../platform/subgraph";
import { loadConfig } from "./config";
import { expertsSubgraph } from "./schema";

runSubgraph(expertsSubgraph, loadConfig());
