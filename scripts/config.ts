/** Configuration of the command-line scripts (seed, token, schema, migrations). */
export interface ScriptConfig {
  databaseUrl?: string;
  args: string[];
}

export function loadScriptConfig(env = process.env, argv = process.argv.slice(2)): ScriptConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, args: argv };
}
