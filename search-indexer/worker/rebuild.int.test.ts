/**
 * `npm run reindex`: every index rebuilt beside the live one and swapped in while another connection
 * (as the search subgraph's) keeps searching — it never sees an empty or partial index — and changes made
 * during the rebuild reach the index afterwards through the rewound cursors.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { INDEX_NAMES } from "../engine/documents";
import { EmbeddedSearchEngine } from "../engine/embedded";
import { SearchIndexMissing } from "../engine/port";
import { nextIndexName, progressBar, rebuildAll } from "./rebuild";
import { indexedIds, mutate, startHarness, subgraphUrls, visibleIds, type Harness } from "./testing";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await harness.worker.catchUp();
});
afterAll(() => harness?.stop());

const rebuild = (progress = progressBar({ isTTY: false, write: () => true } as never)) =>
  rebuildAll({ engine: harness.engine, store: harness.store, fetcher: harness.fetcher, readers: harness.readers, progress });

it("swaps each rebuilt index in without a moment where searches find nothing or only part of it", async () => {
  const visible = await visibleIds(harness.stack);
  const searcher = new EmbeddedSearchEngine({ dataDir: harness.dataDir });
  const totals = { reports: new Set<number>(), cases: new Set<number>(), experts: new Set<number>() };
  let searches = 0;
  let rebuilding = true;
  const searching = (async () => {
    while (rebuilding) {
      for (const index of ["reports", "cases", "experts"] as const) {
        totals[index].add((await searcher.search(INDEX_NAMES[index], { q: "", hitsPerPage: 1 })).totalHits);
        searches += 1;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const lines: string[] = [];
  try {
    const summary = await rebuild(progressBar({ isTTY: false, write: (text: string) => lines.push(text) > 0 } as never));
    expect(summary.indexes.reports).toMatchObject({ listed: expect.any(Number), indexed: visible.reports.length });
    expect(summary.heads).toEqual(await harness.store.readAll());
  } finally {
    rebuilding = false;
    await searching;
    await searcher.close();
  }
  expect(searches).toBeGreaterThan(30);
  expect(totals).toEqual({ reports: new Set([visible.reports.length]), cases: new Set([visible.cases.length]), experts: new Set([visible.experts.length]) });
  expect(await indexedIds(harness.engine)).toEqual(visible);
  for (const index of ["reports", "cases", "experts"] as const) {
    await expect(harness.engine.allIds(nextIndexName(index))).rejects.toBeInstanceOf(SearchIndexMissing);
  }
  const reportLines = lines.filter((line) => line.startsWith("reports "));
  for (const line of reportLines) expect(line).toMatch(/^reports  \[[#-]{30}\] \d+\/\d+\n$/);
  expect(reportLines.at(-1)).toMatch(/\[#{30}\] (\d+)\/\1\n$/);
});

it("applies a change made during the rebuild afterwards, through the rewound cursors", async () => {
  const [withdrawn] = (await indexedIds(harness.engine)).reports;
  let change: Promise<unknown> | undefined;
  const summary = await rebuild((index) => {
    // Once the rebuild is under way, i.e. after it read the heads.
    if (index === "reports") change ??= mutate(harness.stack, `mutation($id: ID!) { withdrawResult(id: $id, note: "数据更新") { id } }`, { id: withdrawn }, harness.admin);
  });
  await change;
  expect(await harness.store.readAll()).toEqual(summary.heads);
  expect((await harness.readers[0].head()) - summary.heads.results).toBe(1);

  await harness.worker.catchUp();
  expect(await harness.engine.get(INDEX_NAMES.reports, withdrawn)).toBeNull();
  expect(await indexedIds(harness.engine)).toEqual(await visibleIds(harness.stack));
});

it("runs as `npm run reindex` would: a progress bar on stderr, exit code 0", async () => {
  const { config } = harness.stack.database;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    DATA_DIR: harness.dataDir,
    GATEWAY_URL: harness.stack.gatewayUrl,
    ...Object.fromEntries(Object.entries(subgraphUrls(harness.stack)).map(([name, url]) => [`${name.toUpperCase()}_URL`, url])),
    ...(config.kind === "postgres" ? { DATABASE_URL: config.url, DATABASE_SCHEMA_PREFIX: config.schemaPrefix } : {}),
  };
  const child = spawn(process.execPath, ["--import", "tsx", "search-indexer/reindex.ts"], { cwd: join(__dirname, "../.."), env, stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise((resolve) => child.once("exit", resolve));
  expect({ code, stderr }).toMatchObject({ code: 0 });
  expect(stderr).toMatch(/^reports  \[#{30}\] (\d+)\/\1$/m);
  expect(stderr).toMatch(/^experts  \d+ documents in [\d.]+ s$/m);
  expect(await indexedIds(harness.engine)).toEqual(await visibleIds(harness.stack));
});
