/**
 * Rebuilds every index from scratch beside the live one and swaps it in: searches see the old index or
 * the new one, never an empty one. The feeds' heads are read before anything else and the cursors
 * rewound to them at the end, so whatever changed during the rebuild is applied again by the worker.
 *
 * The listing pages by offset, so a result withdrawn meanwhile shifts the pages and could hide another
 * one; every id the live index holds is therefore read again by id too. If the process dies between a
 * swap and the rewind, run it again: a rebuild is idempotent.
 */
import { INDEX_NAMES } from "../engine/documents";
import { SearchIndexMissing, type SearchDocument, type SearchEngine } from "../engine/port";
import type { CursorStore } from "./cursor-store";
import { DocumentChanges, LIST_PAGE, type DocumentFetcher } from "./fetch-documents";
import type { FeedReader } from "./feeds";
import { KINDS, type DocumentKind, type IndexKey } from "./sources";

/** Reports progress; `done` may exceed a total that grew during the rebuild. */
export type ProgressSink = (index: IndexKey, done: number, total: number, finished: boolean) => void;

export interface RebuildSummary {
  heads: Record<string, number>;
  indexes: Record<string, { listed: number; indexed: number; tookMs: number }>;
}

/** `reports  [#####-----] 240/470`: a line redrawn in place on a terminal, a line per tenth otherwise. */
export function progressBar(stream: NodeJS.WritableStream & { isTTY?: boolean }, width = 30): ProgressSink {
  const shown = new Map<string, number>();
  return (index, done, total, finished) => {
    const ratio = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(ratio * width);
    const line = `${index.padEnd(8)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}${finished ? "\n" : ""}`);
      return;
    }
    const tenth = Math.floor(ratio * 10);
    if (finished || tenth > (shown.get(index) ?? -1)) {
      shown.set(index, tenth);
      stream.write(`${line}\n`);
    }
  };
}

export const nextIndexName = (index: IndexKey): string => `${INDEX_NAMES[index]}-next`;

export async function rebuildAll(deps: { engine: SearchEngine; store: CursorStore; fetcher: DocumentFetcher; readers: readonly FeedReader[]; progress?: ProgressSink }): Promise<RebuildSummary> {
  const { engine, store, readers } = deps;
  await store.open();
  // Before anything is read: every change after these heads is applied again once the new indexes are live.
  const heads = Object.fromEntries(await Promise.all(readers.map(async (reader) => [reader.feed.name, await reader.head()] as const)));
  const indexes: RebuildSummary["indexes"] = {};
  for (const kind of Object.values(KINDS)) indexes[kind.index] = await rebuildOne(deps, kind);
  await store.rewind(heads);
  return { heads, indexes };
}

async function rebuildOne(
  { engine, fetcher, progress }: { engine: SearchEngine; fetcher: DocumentFetcher; progress?: ProgressSink },
  kind: DocumentKind,
): Promise<{ listed: number; indexed: number; tookMs: number }> {
  const started = Date.now();
  const live = INDEX_NAMES[kind.index];
  const next = nextIndexName(kind.index);
  // A rebuild that died earlier may have left its index behind.
  await engine.dropIndex(next);
  await engine.ensureIndex(next, kind.settings);

  const seen = new Set<string>();
  let total = 0;
  const write = (documents: SearchDocument[]) => engine.upsert(next, documents);
  for (let offset = 0, hasMore = true; hasMore; ) {
    const page = await fetcher.page(kind, offset);
    total = Math.max(total, page.totalCount);
    page.items.forEach((source) => seen.add(source.id));
    await write(page.items.map((source) => fetcher.document(kind, source)).filter((document): document is SearchDocument => document !== null));
    offset += page.items.length;
    hasMore = page.hasMore && page.items.length > 0;
    progress?.(kind.index, offset, total, false);
  }

  const missed = (await liveIds(engine, live)).filter((id) => !seen.has(id));
  for (let start = 0; start < missed.length; start += LIST_PAGE) {
    const changes = new DocumentChanges();
    await fetcher.byIds(new Map([[kind.index, missed.slice(start, start + LIST_PAGE)]]), changes);
    for (const { upserts } of changes.writes()) await write(upserts);
  }
  progress?.(kind.index, Math.max(seen.size, total), total, true);

  await engine.waitForSync();
  const indexed = (await engine.allIds(next)).length;
  // The first rebuild on an empty engine has no live index to swap with yet.
  await engine.ensureIndex(live, kind.settings);
  await engine.swap(live, next);
  await engine.dropIndex(next);
  await engine.waitForSync();
  return { listed: seen.size, indexed, tookMs: Date.now() - started };
}

async function liveIds(engine: SearchEngine, index: string): Promise<string[]> {
  try {
    return await engine.allIds(index);
  } catch (error) {
    if (error instanceof SearchIndexMissing) return [];
    throw error;
  }
}
