import { readSubgraphConfig, type Env } from "../../platform/config";

export const loadConfig = (env: Env = process.env) => readSubgraphConfig("results", 4003, env);
