import { readSubgraphConfig, type Env } from "../../platform/config";

export const loadConfig = (env: Env = process.env) => readSubgraphConfig("experts", 4004, env);
