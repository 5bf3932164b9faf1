/** Small helpers services share for lists, lookups and partial updates. */
import type { ObjectLiteral, Repository, SelectQueryBuilder } from "typeorm";
import { notFound } from "./errors";
import { toPage, type Page, type PageArgs } from "./pagination";

/** Runs a filtered query as one bounded page plus its total count. */
export async function findPage<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, page: PageArgs): Promise<Page<T>> {
  const [items, total] = await query.skip(page.offset).take(page.first).getManyAndCount();
  return toPage(items, total, page);
}

/** Finds by id or throws NOT_FOUND: for commands, which must not act on a missing entity. */
export async function getOrThrow<T extends ObjectLiteral & { id: string }>(repository: Repository<T>, id: string, entity: string): Promise<T> {
  const found = await repository.findOneBy({ id } as never);
  if (!found) throw notFound(entity, id);
  return found;
}

/** Copies the defined fields of `patch` onto `entity`; undefined means "leave as it is". */
export function applyPatch<T extends object>(entity: T, patch: object): T {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (entity as Record<string, unknown>)[key] = value;
  }
  return entity;
}

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped (use with ESCAPE '\\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A LIKE pattern matching one element of a list stored as JSON text. */
export function jsonListElementPattern(value: string): string {
  return containsPattern(JSON.stringify(value));
}

/** Inserts rows in chunks, within the caller's transaction: demo data and bulk loads. */
export async function insertInChunks<T extends ObjectLiteral>(
  manager: import("typeorm").EntityManager,
  entity: import("typeorm").EntityTarget<T>,
  rows: T[],
  chunkSize = 200,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager.insert(entity, rows.slice(start, start + chunkSize) as never);
  }
}
