import { readSubgraphConfig, type Env } from "../../platform/config";

export const loadConfig = (env: Env = process.env) => readSubgraphConfig("bases", 4001, env);
