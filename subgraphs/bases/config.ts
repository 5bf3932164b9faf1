import { readSubgraphConfig, type Env } from "../../platform/config";
import { readBasesPolicy } from "./policy";

export const loadConfig = (env: Env = process.env) => readSubgraphConfig("bases", 4001, env, readBasesPolicy);
