/**
 * The engine's failures at the GraphQL boundary: an index not built yet answers empty results, an engine
 * that is gone answers SERVICE_UNAVAILABLE naming the search service — never a crash, never a mask.
 */
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../../platform/logger";
import { graphql } from "../../test/support/subgraph";
import { searchSubgraph } from "./schema";
import { startSearchFixture, testSearchConfig } from "./testing";

const EVERYTHING = `{
  searchReports(query: "芯片") { totalCount totalPages hits { id } facets { year { value count } province { value count } } }
  searchCases { totalCount hits { id } facets { year { value count } } }
  relatedReports(id: "37d610b6-bdfa-4748-9d21-87852bdbad58") { id }
}`;

it("a fresh install without indexes answers empty results and is ready", async () => {
  const fx = await startSearchFixture({ fill: false });
  try {
    const response = await fx.query(EVERYTHING);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      searchReports: { totalCount: 0, totalPages: 0, hits: [], facets: { year: [], province: [] } },
      searchCases: { totalCount: 0, hits: [], facets: { year: [] } },
      relatedReports: [],
    });
    expect(await fx.probe("/ready")).toBe(200);
  } finally {
    await fx.stop();
  }
});

it("an engine that went away answers SERVICE_UNAVAILABLE for every query, and /ready says 503", async () => {
  const fx = await startSearchFixture();
  try {
    expect((await fx.query(EVERYTHING)).errors).toBeUndefined();
    expect(await fx.probe("/ready")).toBe(200);
    await fx.engine.close();
    for (const query of EVERYTHING.trim().slice(1, -1).trim().split("\n").map((line) => `{ ${line.trim()} }`)) {
      const response = await fx.query(query);
      expect(response.status).toBe(200);
      expect(response.data ?? null).toBeNull();
      expect(response.errors).toEqual([expect.objectContaining({ message: "search is temporarily unavailable", extensions: { code: "SERVICE_UNAVAILABLE", service: "search" } })]);
    }
    expect(await fx.probe("/ready")).toBe(503);
    expect(await fx.probe("/health")).toBe(200);
  } finally {
    await fx.stop();
  }
});

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

it("a Meilisearch that cannot be reached answers SERVICE_UNAVAILABLE", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "search-subgraph-meili-"));
  const config = testSearchConfig(dataDir, { meiliUrl: `http://127.0.0.1:${await closedPort()}`, meiliTimeoutMs: 1_000 });
  const { service } = await searchSubgraph.build(config, createLogger("silent"));
  try {
    const url = await service.listen(0, "127.0.0.1");
    const response = await graphql(url, `{ searchReports(query: "芯片") { totalCount } }`);
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: "SERVICE_UNAVAILABLE", service: "search" } })]);
    expect((await fetch(new URL("/ready", url))).status).toBe(503);
  } finally {
    await service.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
