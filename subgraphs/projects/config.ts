import { readSubgraphConfig, type Env } from "../../platform/config";

export const loadConfig = (env: Env = process.env) => readSubgraphConfig("projects", 4002, env);
