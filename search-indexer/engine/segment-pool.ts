/**
 * jieba on worker threads, for large writes (a re-index, the benchmark): segmenting is about half the
 * cost of indexing and runs on one core, while SQLite writes on the main thread. The workers run plain
 * JavaScript given as source, so they need no TypeScript loader under tsx, Jest or production alike,
 * and load jieba from the resolved path the main thread uses, with the stop list and HMM setting of
 * chinese.ts, so both paths produce the same index text (a test holds them equal).
 */
import { cpus } from "node:os";
import { Worker } from "node:worker_threads";
import { HMM, STOP_LIST } from "./chinese";

const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { Jieba } = require(workerData.jieba);
const { dict } = require(workerData.dict);
const jieba = Jieba.withDict(dict);
const stop = new Set(workerData.stop);
parentPort.on("message", ({ id, texts }) => {
  try {
    parentPort.postMessage({ id, texts: texts.map((text) => jieba.cutForSearch(text, workerData.hmm).filter((token) => !stop.has(token)).join(" ")) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Pending {
  resolve(texts: string[]): void;
  reject(error: Error): void;
}

export class SegmentPool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  constructor(private readonly size = Math.max(1, Math.min(4, cpus().length))) {}

  private worker(index: number): Worker {
    let worker = this.workers[index];
    if (!worker) {
      worker = new Worker(SOURCE, { eval: true, workerData: { jieba: require.resolve("@node-rs/jieba"), dict: require.resolve("@node-rs/jieba/dict"), hmm: HMM, stop: STOP_LIST } });
      worker.unref(); // idle workers must not keep a process alive
      worker.on("message", ({ id, texts, error }: { id: number; texts?: string[]; error?: string }) => {
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        if (error !== undefined || !texts) waiting?.reject(new Error(`segmentation failed: ${error}`));
        else waiting?.resolve(texts);
      });
      worker.on("error", (error) => {
        for (const [, waiting] of this.pending) waiting.reject(error);
        this.pending.clear();
        this.workers[index] = undefined as unknown as Worker;
      });
      this.workers[index] = worker;
    }
    return worker;
  }

  /** The FTS text of each normalised text (as chinese.ts `ftsText` makes it), in order. */
  cut(texts: string[]): Promise<string[]> {
    const id = this.next++;
    const worker = this.worker(id % this.size);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, texts });
    });
  }

  async close(): Promise<void> {
    const workers = this.workers.splice(0).filter(Boolean);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
