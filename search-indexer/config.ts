/**
 * Configuration of the search engine, read by every process that searches or indexes. The embedded
 * engine is the default; setting MEILI_URL switches to Meilisearch. The API key is a secret: it is
 * never echoed, not even in the message about a bad value.
 */
import { EnvReader, type Env } from "../platform/config";

export interface SearchConfig {
  /** Directory of the embedded engine's `search.sqlite`. */
  dataDir: string;
  /** Meilisearch base URL; absent means the embedded engine. */
  meiliUrl?: string;
  meiliApiKey?: string;
  meiliTimeoutMs: number;
}

/** Reads the search variables into `reader`, so a process reports them with its other problems. */
export function readSearch(reader: EnvReader): SearchConfig {
  const meiliUrl = reader.url("MEILI_URL", undefined, { secret: true });
  const meiliApiKey = reader.optional("MEILI_API_KEY");
  if (meiliApiKey !== undefined && reader.optional("MEILI_URL") === undefined) reader.problem("MEILI_API_KEY is set but MEILI_URL is not");
  if (meiliUrl && !meiliApiKey && reader.optional("NODE_ENV") === "production") reader.problem("MEILI_API_KEY is required with MEILI_URL when NODE_ENV=production");
  return {
    dataDir: reader.string("DATA_DIR", "data"),
    meiliUrl,
    meiliApiKey,
    meiliTimeoutMs: reader.int("MEILI_TIMEOUT_MS", 10_000, { min: 100, max: 120_000 }),
  };
}

export function readSearchConfig(env: Env): SearchConfig {
  const reader = new EnvReader(env);
  const config = readSearch(reader);
  reader.done();
  return config;
}
