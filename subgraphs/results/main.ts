import "reflect-metadata";
import { runSubgraph } from "../../platform/subgraph";
import { loadConfig } from "./config";
import { resultsSubgraph } from "./schema";

runSubgraph(resultsSubgraph, loadConfig());
