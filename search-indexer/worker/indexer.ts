/**
 * Assembles the indexer from its configuration: the service identity, one GraphQL endpoint per feed's
 * subgraph and one for the gateway, the document fetcher, the batch processor and the loop. The engine
 * and cursor store are passed in, so tests and `npm run reindex` hand over their own.
 */
import type { IndexerConfig } from "../indexer-config";
import type { SearchEngine } from "../engine/port";
import type { Logger } from "../../platform/logger";
import { BatchProcessor } from "./batch";
import type { CursorStore } from "./cursor-store";
import { FEEDS, FeedReader } from "./feeds";
import { DocumentFetcher } from "./fetch-documents";
import { GraphQLEndpoint, serviceTokens } from "./upstream";
import { IndexerWorker } from "./worker";

export type IndexerSettings = Pick<IndexerConfig, "auth" | "token" | "gatewayUrl" | "subgraphUrls" | "batchSize" | "pollMs" | "maxBackoffMs" | "requestTimeoutMs">;

export interface Indexer {
  worker: IndexerWorker;
  fetcher: DocumentFetcher;
  readers: FeedReader[];
}

export function createIndexer(settings: IndexerSettings, engine: SearchEngine, store: CursorStore, logger: Logger): Indexer {
  const tokens = serviceTokens(settings.auth, settings.token);
  // The worker exists before its endpoints so they can be cut off by its stop signal.
  const stopper = new AbortController();
  const endpoint = (service: string, url: string) => new GraphQLEndpoint(service, url, tokens, settings.requestTimeoutMs, stopper.signal);
  const readers = FEEDS.map((feed) => {
    const url = settings.subgraphUrls[feed.subgraph];
    if (!url) throw new Error(`no URL for the ${feed.subgraph} subgraph`);
    return new FeedReader(feed, endpoint(feed.subgraph, url));
  });
  const fetcher = new DocumentFetcher(endpoint("gateway", settings.gatewayUrl), logger);
  const worker = new IndexerWorker(engine, store, readers, new BatchProcessor(engine, fetcher, logger), logger, settings);
  worker.stopSignal.addEventListener("abort", () => stopper.abort(), { once: true });
  return { worker, fetcher, readers };
}
