/** Small helpers services share for lists, lookups and partial updates. */
import { QueryFailedError, type ObjectLiteral, type Repository, type SelectQueryBuilder } from "typeorm";
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

/** Copies the fields of `patch` onto `entity`; an undefined field means "leave as it is". */
export function applyPatch<T extends object>(entity: T, patch: object): T {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (entity as Record<string, unknown>)[key] = value;
  }
  return entity;
}

/**
 * Turns an update input into a patch. GraphQL lets a client send an explicit null for any optional
 * field: only the columns listed in `clearable` may become null; for the others null means "leave as
 * it is" (it would otherwise reach a NOT NULL column).
 */
export function patchOf<T extends object>(input: T, clearable: readonly (keyof T)[] = []): Partial<T> {
  const patch: Partial<T> = {};
  for (const [key, value] of Object.entries(input) as [keyof T, T[keyof T]][]) {
    if (value === undefined) continue;
    if (value === null && !clearable.includes(key)) continue;
    patch[key] = value;
  }
  return patch;
}

/** Whether a failed statement broke a unique constraint, on either database: a lost race, reported as CONFLICT. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || /UNIQUE constraint failed/.test(error.message);
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
