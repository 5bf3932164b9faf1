/**
 * DataLoader batch functions. Contract (graphql/dataloader): one value per key, in key order, null in
 * a missing key's slot. Loaders are created per request and never shared between callers.
 */
import DataLoader from "dataloader";
import { In, type ObjectLiteral, type Repository } from "typeorm";

/** Loads entities by id in one statement. */
export function byIds<T extends ObjectLiteral & { id: string }>(repository: Repository<T>) {
  return async (ids: readonly string[]): Promise<(T | null)[]> => {
    const rows = await repository.findBy({ id: In([...new Set(ids)]) } as never);
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  };
}

/** Groups rows by a key, in key order with an empty list for a key without rows. */
export function groupInKeyOrder<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Loads the children of many parents in one statement per distinct argument set, e.g. the projects of
 * every base a query reached. `fetch` receives the parent ids of one batch and the shared arguments.
 */
export function createChildLoader<TArgs, TRow>(
  fetch: (parentIds: string[], args: TArgs) => Promise<TRow[]>,
  parentOf: (row: TRow) => string,
) {
  const loaders = new Map<string, DataLoader<string, TRow[]>>();
  return (parentId: string, args: TArgs): Promise<TRow[]> => {
    const key = JSON.stringify(args ?? null);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (parentIds: readonly string[]) => groupInKeyOrder(parentIds, await fetch([...parentIds], args), parentOf));
      loaders.set(key, loader);
    }
    return loader.load(parentId);
  };
}
