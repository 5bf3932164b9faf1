/**
 * Outages, for real: a Meilisearch URL on a closed loopback port (no server is faked), the embedded
 * engine's file write-locked by another connection, a subgraph that does not answer. The worker keeps
 * the failing feed's cursor, reports the error once per streak and in /metrics, goes on with the other
 * feeds, and catches up once the engine is back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { INDEX_NAMES } from "../engine/documents";
import { EmbeddedSearchEngine } from "../engine/embedded";
import { MeiliSearchEngine } from "../engine/meili";
import { createCursorStore } from "./cursor-store";
import { createIndexerServer } from "./http";
import { cursorStoreFor, indexedIds, mutate, recordingLogger, startHarness, visibleIds, type Harness } from "./testing";

const logger = recordingLogger();
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness(logger);
});
afterAll(() => harness?.stop());

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it("with Meilisearch unreachable: stores no cursor, reports the error once per streak, and is not ready", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pnh-indexer-meili-"));
  const engine = new MeiliSearchEngine({ url: `http://127.0.0.1:${await closedPort()}`, requestTimeoutMs: 1_000 });
  const store = createCursorStore(cursorStoreFor(harness.stack.database, dataDir, "_meili"));
  const { worker } = harness.another(engine, store);
  const from = logger.entries.length;
  try {
    for (let pass = 0; pass < 3; pass++) await worker.catchUp();
    const { feeds, totals } = worker.metrics();
    for (const feed of Object.values(feeds)) {
      expect(feed).toMatchObject({ cursor: 0, failures: 3, batches: 0, lastError: { message: expect.stringMatching(/meilisearch is unreachable/) } });
    }
    expect(totals.failures).toBe(9);
    const said = logger.entries.slice(from);
    expect(said.filter((entry) => entry.message.startsWith("feed failing")).map((entry) => entry.fields?.feed)).toEqual(["results", "bases", "experts"]);
    expect(await store.readAll()).toEqual({});

    const server = createIndexerServer(worker, engine, store, logger);
    const url = await server.listen(0, "127.0.0.1");
    try {
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "unavailable", reason: expect.stringMatching(/^search engine: meilisearch is unreachable/) });
      const metrics = await (await fetch(`${url}/metrics`)).json();
      expect(metrics).toMatchObject({ engine: "meilisearch", feeds: { results: { cursor: 0, lastError: { message: expect.stringMatching(/unreachable/) } } } });
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it("with the results subgraph unreachable: keeps the results cursor and indexes the other feeds", async () => {
  const dataDir = mkdtempSync(join(tmpdir(), "pnh-indexer-subgraph-"));
  const engine = new EmbeddedSearchEngine({ dataDir });
  const store = createCursorStore(cursorStoreFor(harness.stack.database, dataDir, "_subgraph"));
  const urls = { ...harness.settings.subgraphUrls, results: `http://127.0.0.1:${await closedPort()}/graphql` };
  const { worker } = harness.another(engine, store, { subgraphUrls: urls });
  try {
    await worker.catchUp();
    const { feeds } = worker.metrics();
    expect(feeds.results).toMatchObject({ cursor: 0, head: null, failures: 1, lastError: { message: "results: unreachable" } });
    expect(feeds.experts).toMatchObject({ failures: 0, lag: 0 });
    expect(await store.readAll()).toEqual({ bases: feeds.bases.head, experts: feeds.experts.head });
    expect((await indexedIds(engine)).experts).toEqual((await visibleIds(harness.stack)).experts);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

it("with the embedded engine's file write-locked: keeps the cursor while it fails, then catches up by itself", async () => {
  await harness.worker.catchUp();
  expect(await indexedIds(harness.engine)).toEqual(await visibleIds(harness.stack));
  const cursor = (await harness.store.readAll()).results;
  const [withdrawn] = (await indexedIds(harness.engine)).reports;

  // Another connection holds the write lock: the engine's writes wait out its busy timeout, then fail.
  const locker = new Database(join(harness.dataDir, "search.sqlite"));
  locker.exec("BEGIN IMMEDIATE");
  const from = logger.entries.length;
  harness.worker.start();
  try {
    await mutate(harness.stack, `mutation($id: ID!) { withdrawResult(id: $id, note: "数据更新") { id } }`, { id: withdrawn }, harness.admin);
    await until(() => harness.worker.metrics().feeds.results.failures > 0);
    const failing = harness.worker.metrics().feeds.results;
    expect(failing).toMatchObject({ cursor, lag: 1, lastError: { message: expect.stringMatching(/locked|busy/i) } });
    expect((await harness.store.readAll()).results).toBe(cursor);
    expect(await harness.engine.get(INDEX_NAMES.reports, withdrawn)).not.toBeNull();
  } finally {
    locker.exec("ROLLBACK");
    locker.close();
  }
  try {
    await until(async () => harness.worker.metrics().feeds.results.lag === 0 && (await harness.engine.get(INDEX_NAMES.reports, withdrawn)) === null);
  } finally {
    await harness.worker.stop();
  }
  expect(harness.worker.metrics().feeds.results).toMatchObject({ cursor: cursor + 1, failures: 0, lastError: { message: expect.stringMatching(/locked|busy/i) } });
  expect((await harness.store.readAll()).results).toBe(cursor + 1);
  expect(await indexedIds(harness.engine)).toEqual(await visibleIds(harness.stack));
  const said = logger.entries.slice(from).map((entry) => `${entry.level} ${entry.message}`);
  expect(said.filter((line) => line.startsWith("warn feed failing"))).toHaveLength(1);
  expect(said.filter((line) => line.startsWith("info feed recovered"))).toHaveLength(1);
});
