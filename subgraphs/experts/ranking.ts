/**
 * Batched "first N children of each parent" queries. A window function numbers each parent's rows, so
 * one statement serves any number of parents and still bounds every parent's list.
 */
import type { ObjectLiteral, Repository, SelectQueryBuilder } from "typeorm";

export type Ordering = readonly (readonly [column: string, direction: "ASC" | "DESC"])[];

/** `ORDER BY` text of `ordering` over `alias`, for a window clause. */
export function orderText(alias: string, ordering: Ordering): string {
  return ordering.map(([column, direction]) => `${alias}.${column} ${direction}`).join(", ");
}

export function orderQuery<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, alias: string, ordering: Ordering): SelectQueryBuilder<T> {
  ordering.forEach(([column, direction], index) => (index === 0 ? query.orderBy(`${alias}.${column}`, direction) : query.addOrderBy(`${alias}.${column}`, direction)));
  return query;
}

/**
 * At most `first` rows per parent, in `ordering` within each parent, in one statement. `restrict` adds
 * conditions on the numbered rows (alias `r`), e.g. the caller's visibility, before they are numbered.
 */
export function firstPerParent<T extends ObjectLiteral>(
  repository: Repository<T>,
  parentColumn: keyof T & string,
  parentIds: string[],
  first: number,
  ordering: Ordering,
  restrict?: (ranked: SelectQueryBuilder<any>) => void,
): Promise<T[]> {
  const query = repository
    .createQueryBuilder("child")
    .innerJoin(
      (ranked) => {
        ranked
          .select("r.id", "id")
          .addSelect(`ROW_NUMBER() OVER (PARTITION BY r.${parentColumn} ORDER BY ${orderText("r", ordering)})`, "position")
          .from(repository.target, "r")
          .where(`r.${parentColumn} IN (:...parentIds)`, { parentIds });
        restrict?.(ranked);
        return ranked;
      },
      "ranked",
      `ranked.id = child.id AND ranked."position" <= :first`,
      { first },
    );
  return orderQuery(query, "child", ordering).getMany();
}
