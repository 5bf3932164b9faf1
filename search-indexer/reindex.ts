/**
 * `npm run reindex`: rebuilds the reports, cases and experts indexes from the sources through the
 * gateway, with a progress bar on stderr, and swaps each in without a window of empty results. Safe
 * while the indexer runs: the feeds' cursors are rewound to their heads from before the rebuild.
 */
import { createSearchEngine } from "./engine/factory";
import { loadIndexerConfig } from "./indexer-config";
import { ConfigError } from "../platform/config";
import { createLogger } from "../platform/logger";
import { createCursorStore } from "./worker/cursor-store";
import { createIndexer } from "./worker/indexer";
import { progressBar, rebuildAll } from "./worker/rebuild";

async function main(): Promise<number> {
  const config = loadIndexerConfig();
  const logger = createLogger(config.logLevel, { service: "reindex" });
  const engine = createSearchEngine(config.search);
  const store = createCursorStore(config.cursorStore);
  try {
    const { fetcher, readers } = createIndexer(config, engine, store, logger);
    const summary = await rebuildAll({ engine, store, fetcher, readers, progress: progressBar(process.stderr) });
    for (const [index, { indexed, tookMs }] of Object.entries(summary.indexes)) {
      process.stderr.write(`${index.padEnd(8)} ${indexed} documents in ${(tookMs / 1000).toFixed(1)} s\n`);
    }
    process.stderr.write(`cursors rewound to the heads read before the rebuild: ${JSON.stringify(summary.heads)}\n`);
    return 0;
  } finally {
    await store.close();
    await engine.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof ConfigError ? error.message : `reindex failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
