/**
 * The indexer loop. Per feed: read the cursor, read the changes after it from the subgraph, apply them
 * (batch.ts), and only once the engine has them move the cursor — by compare-and-set, so a concurrent
 * re-index's rewind wins. A failing feed backs off exponentially up to a cap, says so once per streak
 * and keeps its cursor; the other feeds go on. Nothing is lost: a batch either completes and moves
 * the cursor, or it is read again.
 */
import { INDEX_NAMES } from "../engine/documents";
import type { SearchEngine } from "../engine/port";
import type { Logger } from "../../platform/logger";
import type { BatchProcessor } from "./batch";
import type { CursorStore } from "./cursor-store";
import type { FeedName, FeedReader } from "./feeds";
import { KINDS } from "./sources";

export interface WorkerOptions {
  batchSize: number;
  pollMs: number;
  maxBackoffMs: number;
}

export interface FeedMetrics {
  /** Last sequence whose changes are in the engine. */
  cursor: number;
  /** Feed head when last read; null before the first read. */
  head: number | null;
  /** Changes not yet indexed: head − cursor. */
  lag: number | null;
  /** The most recent failure, kept after recovery; `failures` says whether it is current. */
  lastError: { message: string; at: string } | null;
  /** Consecutive failures of the current streak; 0 when healthy. */
  failures: number;
  lastIndexedAt: string | null;
  batches: number;
  upserted: number;
  deleted: number;
}

export interface IndexerMetrics {
  engine: SearchEngine["kind"];
  feeds: Record<string, FeedMetrics>;
  totals: { lag: number | null; batches: number; upserted: number; deleted: number; failures: number };
}

interface FeedState extends FeedMetrics {
  reader: FeedReader;
  retryAt: number;
  failingSince: number;
}

/** First back-off step; doubled per consecutive failure up to `maxBackoffMs`. */
const FIRST_BACKOFF_MS = 500;

/** Error messages go to logs and /metrics: strip credentials a URL in a driver's message may carry. */
export const describeError = (error: unknown): string => String((error as Error)?.message ?? error).replace(/\/\/[^/\s@]+@/g, "//***@");

export class IndexerWorker {
  private readonly states: FeedState[];
  private readonly stopper = new AbortController();
  private running?: Promise<void>;
  private storeOpen = false;
  private indexesReady = false;
  private totalFailures = 0;

  constructor(
    private readonly engine: SearchEngine,
    private readonly store: CursorStore,
    readers: readonly FeedReader[],
    private readonly processor: BatchProcessor,
    private readonly logger: Logger,
    private readonly options: WorkerOptions,
  ) {
    this.states = readers.map((reader) => ({
      reader, cursor: 0, head: null, lag: null, lastError: null, failures: 0, lastIndexedAt: null, batches: 0, upserted: 0, deleted: 0, retryAt: 0, failingSince: 0,
    }));
  }

  /** Aborts in-flight requests when stopping; the upstream clients listen to it. */
  get stopSignal(): AbortSignal {
    return this.stopper.signal;
  }

  /** The cursor store is open and the indexes exist (the engine's reachability is probed by /ready). */
  get prepared(): boolean {
    return this.storeOpen && this.indexesReady;
  }

  start(): void {
    this.running ??= this.loop();
  }

  /** Stops after the current step: a batch whose requests are cut off is abandoned, its cursor unmoved. */
  async stop(): Promise<void> {
    this.stopper.abort();
    await this.running;
  }

  /** Runs each feed until it is caught up or fails; failures are recorded, not thrown. Not while started. */
  async catchUp(): Promise<void> {
    for (const state of this.states) {
      while (!this.stopSignal.aborted && (await this.attempt(state)) === "more");
    }
  }

  metrics(): IndexerMetrics {
    const feeds = Object.fromEntries(this.states.map(({ reader, retryAt: _r, failingSince: _f, ...metrics }) => [reader.feed.name, { ...metrics, lastError: metrics.lastError && { ...metrics.lastError } }]));
    const lags = this.states.map((state) => state.lag);
    const sum = (pick: (state: FeedState) => number) => this.states.reduce((total, state) => total + pick(state), 0);
    return {
      engine: this.engine.kind,
      feeds,
      totals: {
        lag: lags.some((lag) => lag === null) ? null : sum((state) => state.lag!),
        batches: sum((state) => state.batches),
        upserted: sum((state) => state.upserted),
        deleted: sum((state) => state.deleted),
        failures: this.totalFailures,
      },
    };
  }

  private async loop(): Promise<void> {
    const signal = this.stopSignal;
    while (!signal.aborted) {
      let more = false;
      let wait = this.options.pollMs;
      for (const state of this.states) {
        if (signal.aborted) break;
        const now = Date.now();
        if (state.retryAt > now) {
          wait = Math.min(wait, state.retryAt - now);
          continue;
        }
        const outcome = await this.attempt(state);
        if (outcome === "more") more = true;
        if (outcome === "failed") wait = Math.min(wait, state.retryAt - Date.now());
      }
      if (!more) await sleep(Math.max(0, wait), signal);
    }
  }

  private async attempt(state: FeedState): Promise<"more" | "idle" | "failed"> {
    try {
      const outcome = await this.step(state);
      if (state.failures > 0) {
        this.logger.info("feed recovered", { feed: state.reader.feed.name, failures: state.failures, downForMs: Date.now() - state.failingSince });
        state.failures = 0;
      }
      return outcome;
    } catch (error) {
      if (this.stopSignal.aborted) return "idle";
      this.failed(state, error);
      return "failed";
    }
  }

  private failed(state: FeedState, error: unknown): void {
    const message = describeError(error);
    const feed = state.reader.feed.name;
    state.failures += 1;
    this.totalFailures += 1;
    state.lastError = { message, at: new Date().toISOString() };
    const delay = Math.min(this.options.maxBackoffMs, FIRST_BACKOFF_MS * 2 ** Math.min(state.failures - 1, 30));
    state.retryAt = Date.now() + delay;
    if (state.failures === 1) {
      state.failingSince = Date.now();
      this.logger.warn("feed failing; retrying with back-off, cursor kept", { feed, cursor: state.cursor, error: message });
    } else {
      this.logger.debug("feed still failing", { feed, failures: state.failures, retryInMs: delay, error: message });
    }
  }

  private async prepare(): Promise<void> {
    if (!this.storeOpen) {
      await this.store.open();
      this.storeOpen = true;
      const cursors = await this.store.readAll();
      for (const state of this.states) state.cursor = cursors[state.reader.feed.name] ?? 0;
    }
    if (!this.indexesReady) {
      for (const kind of Object.values(KINDS)) await this.engine.ensureIndex(INDEX_NAMES[kind.index], kind.settings);
      this.indexesReady = true;
    }
  }

  private async step(state: FeedState): Promise<"more" | "idle"> {
    await this.prepare();
    const feed: FeedName = state.reader.feed.name;
    const cursor = await this.store.read(feed);
    state.cursor = cursor;
    const page = await state.reader.read(cursor, this.options.batchSize);
    state.head = page.head;
    state.lag = Math.max(0, page.head - cursor);
    if (page.head < cursor) {
      throw new Error(`the ${feed} feed's head ${page.head} is behind the stored cursor ${cursor}: its database was replaced; run \`npm run reindex\``);
    }
    if (page.entries.length === 0) return "idle";

    const outcome = await this.processor.apply(page.entries);
    const next = page.entries[page.entries.length - 1].sequence;
    if (!(await this.store.advance(feed, cursor, next))) {
      // A re-index rewound the cursor meanwhile: what it rewound to is applied again from the top.
      this.logger.info("cursor moved by another process; re-reading it", { feed });
      return "more";
    }
    state.cursor = next;
    state.lag = Math.max(0, page.head - next);
    state.batches += 1;
    state.upserted += outcome.upserted;
    state.deleted += outcome.deleted;
    state.lastIndexedAt = new Date().toISOString();
    this.logger.debug("batch indexed", { feed, from: cursor, to: next, entries: page.entries.length, ...outcome });
    return next < page.head ? "more" : "idle";
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
