/**
 * jieba on worker threads, for large writes (a re-index, the benchmark): segmenting is about half the
 * cost of indexing and runs on one core, while SQLite writes on the main thread. The workers run plain
 * JavaScript given as source, so they need no TypeScript loader under tsx, Jest or production alike,
 * and load jieba from the resolved path the main thread uses. They only cut text; cleaning the tokens
 * stays in chinese.ts, so both paths produce the same index.
 */
import { cpus } from "node:os";
import { Worker } from "node:worker_threads";
import { HMM } from "./chinese";

const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const { Jieba } = require(workerData.jieba);
const { dict } = require(workerData.dict);
const jieba = Jieba.withDict(dict);
parentPort.on("message", ({ id, texts }) => {
  try {
    parentPort.postMessage({ id, tokens: texts.map((text) => jieba.cutForSearch(text, workerData.hmm).join("\\u0000")) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

interface Pending {
  resolve(tokens: string[][]): void;
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
      worker = new Worker(SOURCE, { eval: true, workerData: { jieba: require.resolve("@node-rs/jieba"), dict: require.resolve("@node-rs/jieba/dict"), hmm: HMM } });
      worker.unref(); // idle workers must not keep a process alive
      worker.on("message", ({ id, tokens, error }: { id: number; tokens?: string[]; error?: string }) => {
        const waiting = this.pending.get(id);
        this.pending.delete(id);
        if (error !== undefined || !tokens) waiting?.reject(new Error(`segmentation failed: ${error}`));
        else waiting?.resolve(tokens.map((joined) => (joined === "" ? [] : joined.split("\u0000"))));
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

  /** jieba search-mode tokens of each text, uncleaned, in order. */
  cut(texts: string[]): Promise<string[][]> {
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
