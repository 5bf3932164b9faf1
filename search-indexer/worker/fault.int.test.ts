/**
 * The fault test of issue 4: the indexer runs as its own process (`node --import tsx
 * search-indexer/indexer-main.ts`) against the in-process platform, is killed with SIGKILL in the middle
 * of indexing the demo data, and restarted. Afterwards the index holds exactly the visible results, cases
 * and experts: nothing lost, nothing twice. The second run then stops cleanly on SIGTERM.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { EmbeddedSearchEngine } from "../engine/embedded";
import { startTestStack, type TestStack } from "../../test/support/stack";
import { createCursorStore } from "./cursor-store";
import { cursorStoreFor, indexedIds, subgraphUrls, visibleIds } from "./testing";
import type { IndexerMetrics } from "./worker";

let stack: TestStack;
let dataDir: string;

beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
  dataDir = mkdtempSync(join(tmpdir(), "pnh-indexer-fault-"));
});
afterAll(async () => {
  await stack?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  lines: string[];
}

/** Starts the indexer process with nothing of this process's environment but what it is given. */
async function startIndexer(): Promise<Running> {
  const { config } = stack.database;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    HOST: "127.0.0.1",
    PORT: "0",
    DATA_DIR: dataDir,
    GATEWAY_URL: stack.gatewayUrl,
    ...Object.fromEntries(Object.entries(subgraphUrls(stack)).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    INDEXER_BATCH_SIZE: "20",
    INDEXER_POLL_MS: "100",
    INDEXER_MAX_BACKOFF_MS: "2000",
    LOG_LEVEL: "info",
    ...(config.kind === "postgres" ? { DATABASE_URL: config.url, DATABASE_SCHEMA_PREFIX: config.schemaPrefix } : {}),
  };
  const child = spawn(process.execPath, ["--import", "tsx", "search-indexer/indexer-main.ts"], { cwd: join(__dirname, "../.."), env, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const lines: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (line) => lines.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on("line", (line) => {
      lines.push(line);
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === "listening" && entry.url) resolve(entry.url);
    });
    void exited.then(({ code, signal }) => reject(new Error(`indexer exited (${signal ?? code}) before listening:\n${lines.join("\n")}`)));
  });
  return { child, url, exited, lines };
}

async function metricsOf(running: Running): Promise<IndexerMetrics> {
  return (await (await fetch(`${running.url}/metrics`)).json()) as IndexerMetrics;
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

it("loses nothing and duplicates nothing when killed mid-run and restarted", async () => {
  const first = await startIndexer();
  // Kill as soon as a cursor has moved while changes are still waiting: in the middle of the run.
  const atKill = await until(async () => {
    const metrics = await metricsOf(first);
    return Object.values(metrics.feeds).some((feed) => feed.cursor > 0 && (feed.lag ?? 0) > 0) ? metrics : undefined;
  }, 60_000);
  first.child.kill("SIGKILL");
  expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });

  const store = createCursorStore(cursorStoreFor(stack.database, dataDir));
  await store.open();
  const stored = await store.readAll();
  await store.close();
  const heads = Object.fromEntries(Object.entries(atKill.feeds).map(([name, feed]) => [name, feed.head!]));
  expect(Object.entries(heads).some(([name, head]) => (stored[name] ?? 0) < head)).toBe(true);

  const second = await startIndexer();
  try {
    const lagOf = async () => ((await (await fetch(`${second.url}/ready`)).json()) as { lag: Record<string, number | null> }).lag;
    expect(Object.keys(await lagOf())).toEqual(["total", "results", "bases", "experts"]);
    await until(async () => {
      const { feeds, totals } = await metricsOf(second);
      return totals.lag === 0 && Object.values(feeds).every((feed) => feed.head !== null && feed.cursor === feed.head) ? true : undefined;
    }, 60_000);
    expect(await lagOf()).toEqual({ total: 0, results: 0, bases: 0, experts: 0 });
  } finally {
    second.child.kill("SIGTERM");
  }
  expect(await second.exited).toEqual({ code: 0, signal: null });
  expect(second.lines.some((line) => line.includes('"msg":"stopping"'))).toBe(true);

  const engine = new EmbeddedSearchEngine({ dataDir });
  try {
    const indexed = await indexedIds(engine);
    expect(indexed).toEqual(await visibleIds(stack));
    for (const ids of Object.values(indexed)) expect(new Set(ids).size).toBe(ids.length);
  } finally {
    await engine.close();
  }
}, 150_000);
