/**
 * DataLoader batch functions. Contract (graphql/dataloader): one value per key, in key order, null in
 * a missing key's slot. Loaders are created per request and never shared between callers.
 */
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
