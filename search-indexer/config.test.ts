import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError } from "../platform/config";
import { readSearchConfig } from "./config";
import { createSearchEngine } from "./engine/factory";
import { EmbeddedSearchEngine } from "./engine/embedded";
import { MeiliSearchEngine } from "./engine/meili";

describe("search configuration", () => {
  it("defaults to the embedded engine under ./data", () => {
    expect(readSearchConfig({})).toEqual({ dataDir: "data", meiliUrl: undefined, meiliApiKey: undefined, meiliTimeoutMs: 10_000 });
  });

  it("switches to Meilisearch when MEILI_URL is set", () => {
    const config = readSearchConfig({ MEILI_URL: "http://meili:7700", MEILI_API_KEY: "a-master-key-of-sufficient-length", DATA_DIR: "/var/hub" });
    expect(config).toMatchObject({ meiliUrl: "http://meili:7700", meiliApiKey: "a-master-key-of-sufficient-length", dataDir: "/var/hub" });
  });

  it("reports every problem at once and never echoes the key or the URL", () => {
    let error: unknown;
    try {
      readSearchConfig({ MEILI_URL: "not a url with secret-in-it", MEILI_API_KEY: "hunter2-key", MEILI_TIMEOUT_MS: "0" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toHaveLength(2);
    expect((error as ConfigError).message).not.toMatch(/hunter2|secret-in-it/);
    expect(() => readSearchConfig({ MEILI_API_KEY: "hunter2-key" })).toThrow(/MEILI_API_KEY is set but MEILI_URL is not/);
    expect(() => readSearchConfig({ MEILI_URL: "http://meili:7700", NODE_ENV: "production" })).toThrow(/MEILI_API_KEY is required/);
  });
});

describe("createSearchEngine", () => {
  it("builds the embedded engine by default and the Meilisearch adapter when a URL is configured", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "search-factory-"));
    const embedded = createSearchEngine({ dataDir });
    expect(embedded).toBeInstanceOf(EmbeddedSearchEngine);
    await embedded.close();
    rmSync(dataDir, { recursive: true, force: true });
    // Constructing the adapter contacts nothing: the client is created on first use.
    const meili = createSearchEngine({ dataDir: "data", meiliUrl: "http://127.0.0.1:1", meiliApiKey: "k" });
    expect(meili).toBeInstanceOf(MeiliSearchEngine);
    expect(meili.kind).toBe("meilisearch");
  });
});
