/**
 * Reads documents through the gateway, many per request: a batch's entities with one aliased query
 * (`r0: result(id: $r0) { ...Report } c0: typicalCase(id: $c0) { ...Case } …`), where the gateway
 * fetches every result in one subgraph call and every base in one `_entities` call; a base's documents
 * page by page, all bases of a batch in each request. Ids always travel as variables.
 */
import type { SearchDocument } from "../engine/port";
import type { Logger } from "../../platform/logger";
import { fragmentName, KINDS, type DocumentKind, type IndexKey, type Source } from "./sources";
import type { GraphQLEndpoint } from "./upstream";

/** Aliases per request: enough for a batch of 100, small enough to keep one answer a few MB. */
const MAX_ALIASES = 200;
/** The gateway's list limit (platform/pagination MAX_PAGE_SIZE). */
export const LIST_PAGE = 100;

/** The final state of every document a batch touches: its content, or null to delete it. */
export class DocumentChanges {
  private readonly byIndex = new Map<IndexKey, Map<string, SearchDocument | null>>();

  set(index: IndexKey, id: string, document: SearchDocument | null): void {
    let documents = this.byIndex.get(index);
    if (!documents) this.byIndex.set(index, (documents = new Map()));
    documents.set(id, document);
  }

  has(index: IndexKey, id: string): boolean {
    return this.byIndex.get(index)?.has(id) ?? false;
  }

  /** Per index, the documents to upsert and the ids to delete. */
  *writes(): Generator<{ index: IndexKey; upserts: SearchDocument[]; deletes: string[] }> {
    for (const [index, documents] of this.byIndex) {
      const upserts: SearchDocument[] = [];
      const deletes: string[] = [];
      for (const [id, document] of documents) {
        if (document) upserts.push(document);
        else deletes.push(id);
      }
      yield { index, upserts, deletes };
    }
  }
}

const chunks = <T>(items: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const prefix = (kind: DocumentKind) => kind.index[0];

export class DocumentFetcher {
  constructor(private readonly gateway: GraphQLEndpoint, private readonly logger: Logger) {}

  /** The document a source makes, or null when it must not be in the index (missing, not indexable). */
  document(kind: DocumentKind, source: Source | null | undefined): SearchDocument | null {
    if (!source || !kind.indexable(source)) return null;
    if (source.base === null) {
      // A document without its base would carry no province, level or base name: left out, and said so.
      this.logger.warn("document left out: its base is unknown to the bases service", { index: kind.index, id: source.id });
      return null;
    }
    return kind.toDocument(source);
  }

  /** Current documents of the given entities into `changes`; a missing or unindexable one becomes a delete. */
  async byIds(ids: ReadonlyMap<IndexKey, readonly string[]>, changes: DocumentChanges): Promise<void> {
    const requests = [...ids].flatMap(([index, list]) => list.map((id) => ({ kind: KINDS[index], id })));
    for (const chunk of chunks(requests, MAX_ALIASES)) {
      const kinds = new Set(chunk.map((request) => request.kind));
      const aliases = chunk.map((request, i) => ({ ...request, alias: `${prefix(request.kind)}${i}` }));
      const query = [
        `query IndexBatch(${aliases.map(({ alias }) => `$${alias}: ID!`).join(", ")}) {`,
        ...aliases.map(({ alias, kind }) => `  ${alias}: ${kind.byId}(id: $${alias}) { ...${fragmentName(kind)} }`),
        "}",
        ...[...kinds].map((kind) => kind.fragment),
      ].join("\n");
      const data = await this.gateway.query<Record<string, Source | null>>(query, Object.fromEntries(aliases.map(({ alias, id }) => [alias, id])));
      for (const { alias, kind, id } of aliases) changes.set(kind.index, id, this.document(kind, data[alias]));
    }
  }

  /**
   * Released reports and published cases of the given bases into `changes`: every base's first page in
   * one request, then the next pages of the bases that have more.
   */
  async ofBases(baseIds: readonly string[], changes: DocumentChanges): Promise<void> {
    let pending = [KINDS.reports, KINDS.cases].flatMap((kind) => baseIds.map((baseId) => ({ kind, baseId, offset: 0 })));
    while (pending.length > 0) {
      const next: typeof pending = [];
      for (const chunk of chunks(pending, MAX_ALIASES / 2)) {
        const kinds = new Set(chunk.map((list) => list.kind));
        const lists = chunk.map((list, i) => ({ ...list, alias: `${prefix(list.kind)}${i}` }));
        const query = [
          `query BaseDocuments(${lists.map(({ alias }) => `$${alias}: ID!, $${alias}o: Int!`).join(", ")}) {`,
          ...lists.map(({ alias, kind }) => `  ${alias}: ${kind.list}(first: ${LIST_PAGE}, offset: $${alias}o, filter: { baseId: $${alias}, status: ${kind.listStatus} }) { hasMore items { ...${fragmentName(kind)} } }`),
          "}",
          ...[...kinds].map((kind) => kind.fragment),
        ].join("\n");
        const variables = Object.fromEntries(lists.flatMap(({ alias, baseId, offset }) => [[alias, baseId], [`${alias}o`, offset]]));
        const data = await this.gateway.query<Record<string, { hasMore: boolean; items: Source[] }>>(query, variables);
        for (const list of lists) {
          const { hasMore, items } = data[list.alias];
          for (const source of items) changes.set(list.kind.index, source.id, this.document(list.kind, source));
          if (hasMore && items.length > 0) next.push({ kind: list.kind, baseId: list.baseId, offset: list.offset + items.length });
        }
      }
      pending = next;
    }
  }

  /** One page of every entity of a kind that may be indexable, for the re-index. */
  async page(kind: DocumentKind, offset: number): Promise<{ items: Source[]; totalCount: number; hasMore: boolean }> {
    const query = `query Rebuild($offset: Int!) { page: ${kind.list}(first: ${LIST_PAGE}, offset: $offset, filter: { status: ${kind.listStatus} }) { totalCount hasMore items { ...${fragmentName(kind)} } } }\n${kind.fragment}`;
    const { page } = await this.gateway.query<{ page: { items: Source[]; totalCount: number; hasMore: boolean } }>(query, { offset });
    return page;
  }
}
