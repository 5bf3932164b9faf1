/**
 * One batch of changes, from feed entries to engine writes. Entries collapse to distinct entities; each
 * entity's current document is read afresh (never built from the entry), so applying a batch twice, or
 * an older batch after a newer one, leaves the index as the sources are now: re-processing after a
 * crash changes nothing.
 */
import { INDEX_NAMES } from "../engine/documents";
import { MAX_HITS_PER_PAGE, type SearchEngine } from "../engine/port";
import type { Logger } from "../../platform/logger";
import { DocumentChanges, type DocumentFetcher } from "./fetch-documents";
import { distinctIds, type ChangeEntry } from "./feeds";
import { BASE_ENTITY, IGNORED_ENTITIES, KINDS, kindOfEntity, type IndexKey } from "./sources";

/** The engine's `in` filter takes at most 100 values. */
const BASES_PER_LOOKUP = 100;

export interface BatchOutcome {
  upserted: number;
  deleted: number;
}

export class BatchProcessor {
  private readonly warnedTypes = new Set<string>();

  constructor(private readonly engine: SearchEngine, private readonly fetcher: DocumentFetcher, private readonly logger: Logger) {}

  /** Brings the index up to date with the entities of `entries` and waits until searches see it. */
  async apply(entries: readonly ChangeEntry[]): Promise<BatchOutcome> {
    const byIndex = new Map<IndexKey, string[]>();
    let bases: string[] = [];
    for (const [entityType, ids] of distinctIds(entries)) {
      const kind = kindOfEntity(entityType);
      if (kind) byIndex.set(kind.index, [...(byIndex.get(kind.index) ?? []), ...ids]);
      else if (entityType === BASE_ENTITY) bases = ids;
      else if (!IGNORED_ENTITIES.has(entityType) && !this.warnedTypes.has(entityType)) {
        this.warnedTypes.add(entityType);
        this.logger.warn("change feed names an entity type no document depends on; skipped", { entityType });
      }
    }

    const changes = new DocumentChanges();
    if (bases.length > 0) {
      await this.fetcher.ofBases(bases, changes);
      // The listing pages by offset: a result leaving the list meanwhile shifts the pages and could hide
      // another. Whatever the index holds under these bases is therefore re-read by id as well.
      for (const index of ["reports", "cases"] as const) {
        const missed = (await this.indexedUnderBases(index, bases)).filter((id) => !changes.has(index, id));
        if (missed.length > 0) byIndex.set(index, [...(byIndex.get(index) ?? []), ...missed]);
      }
    }
    // An entity the base listing already read is not read twice.
    for (const [index, ids] of byIndex) byIndex.set(index, [...new Set(ids)].filter((id) => !changes.has(index, id)));
    await this.fetcher.byIds(byIndex, changes);

    let upserted = 0;
    let deleted = 0;
    for (const { index, upserts, deletes } of changes.writes()) {
      await this.engine.upsert(INDEX_NAMES[index], upserts);
      await this.engine.delete(INDEX_NAMES[index], deletes);
      upserted += upserts.length;
      deleted += deletes.length;
    }
    await this.engine.waitForSync();
    return { upserted, deleted };
  }

  /** Ids of the documents of an index whose base is one of `baseIds`. */
  private async indexedUnderBases(index: "reports" | "cases", baseIds: readonly string[]): Promise<string[]> {
    const ids: string[] = [];
    for (let start = 0; start < baseIds.length; start += BASES_PER_LOOKUP) {
      const filter = [{ field: "baseId", in: baseIds.slice(start, start + BASES_PER_LOOKUP) }];
      for (let page = 1; ; page++) {
        const result = await this.engine.search(INDEX_NAMES[index], { filter, page, hitsPerPage: MAX_HITS_PER_PAGE });
        ids.push(...result.hits.map((hit) => hit.id));
        if (result.hits.length < MAX_HITS_PER_PAGE || page * MAX_HITS_PER_PAGE >= Math.min(result.totalHits, KINDS[index].settings.maxTotalHits)) break;
      }
    }
    return ids;
  }
}
