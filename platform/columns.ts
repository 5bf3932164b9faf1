/**
 * Column helpers for types that differ between the two databases. An instant is `timestamptz` on
 * PostgreSQL and `datetime` on SQLite; the data source factory settles the type for its driver.
 */
import { Column, CreateDateColumn, UpdateDateColumn, getMetadataArgsStorage, type ColumnOptions } from "typeorm";

type InstantDecorator = typeof Column | typeof CreateDateColumn | typeof UpdateDateColumn;

const instantColumns = new Set<{ target: Function | string; propertyName: string }>();

function instant(decorator: InstantDecorator, options: ColumnOptions): PropertyDecorator {
  return (target, propertyName) => {
    (decorator as (options: ColumnOptions) => PropertyDecorator)({ ...options, type: "datetime" })(target, propertyName);
    instantColumns.add({ target: target.constructor, propertyName: String(propertyName) });
  };
}

/** A point in time, stored with its time zone on PostgreSQL. */
export const InstantColumn = (options: ColumnOptions = {}) => instant(Column, options);
export const CreatedAtColumn = (options: ColumnOptions = {}) => instant(CreateDateColumn, options);
export const UpdatedAtColumn = (options: ColumnOptions = {}) => instant(UpdateDateColumn, options);

/** Gives every instant column the type of `driver`; called before a data source builds its metadata. */
export function settleInstantColumns(driver: "sqlite" | "postgres"): void {
  const type = driver === "postgres" ? "timestamptz" : "datetime";
  for (const column of getMetadataArgsStorage().columns) {
    for (const known of instantColumns) {
      if (column.target === known.target && column.propertyName === known.propertyName) column.options.type = type;
    }
  }
}

/** A list stored as JSON text: portable across both databases. */
export const ListColumn = (options: ColumnOptions = {}) => Column({ type: "simple-json", ...options });
