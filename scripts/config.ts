/** Configuration of the command-line scripts (start, seed, token, schema, migrations). */
import { EnvReader, readAuth, type AuthConfig, type Env } from "../platform/config";

export interface ScriptConfig {
  databaseUrl?: string;
  args: string[];
  /** The environment handed to the processes the start command runs. */
  env: Env;
}

export function loadScriptConfig(env: Env = process.env, argv = process.argv.slice(2)): ScriptConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, args: argv, env };
}

export interface StartConfig {
  host: string;
  gatewayPort: number;
  firstSubgraphPort: number;
  env: Env;
}

export function loadStartConfig(env: Env = process.env): StartConfig {
  const reader = new EnvReader(env);
  const config = {
    host: reader.string("HOST", "127.0.0.1"),
    gatewayPort: reader.int("PORT", 4000, { min: 1, max: 65535 }),
    firstSubgraphPort: reader.int("SUBGRAPH_PORTS_FROM", 4001, { min: 1, max: 65000 }),
    env,
  };
  reader.done();
  return config;
}

export function loadTokenAuth(env: Env = process.env): AuthConfig {
  const reader = new EnvReader(env);
  const auth = readAuth(reader);
  reader.done();
  return auth;
}
