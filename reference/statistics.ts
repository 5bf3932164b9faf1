/**
 * The federated dashboard entities: `Region` (GB/T 2260 province) and `Industry` (strategic emerging
 * industry). Every subgraph declares them with the same key and contributes its own statistics field;
 * the shared value types are identical in every subgraph (@shareable).
 */
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { isIndustryCode } from "./industries";
import { isRegionCode } from "./regions";

/**
 * Each subgraph declares its own `Region` and `Industry` classes from these factories: type-graphql keeps
 * a class's fields in global metadata, so one class shared by several subgraphs built in one process
 * (tests, schema composition) would carry every subgraph's statistics fields into every schema.
 */
export function defineRegion() {
  @ObjectType("Region", { description: "省级行政区 A province-level region (GB/T 2260) with the statistics each domain contributes." })
  @Directive('@key(fields: "code")')
  class Region {
    @Field(() => ID, { description: "Six-digit GB/T 2260 code, e.g. 320000." })
    code: string;
  }
  return Region;
}

export function defineIndustry() {
  @ObjectType("Industry", { description: "战略性新兴产业 A strategic emerging industry with the statistics each domain contributes." })
  @Directive('@key(fields: "code")')
  class Industry {
    @Field(() => ID, { description: "Two-digit industry code, 01–09." })
    code: string;
  }
  return Industry;
}

/** The key of a dashboard entity, as resolvers receive it. */
export interface CodeKey {
  code: string;
}

@ObjectType({ description: "A count of items sharing one value: a level, a status, a type." })
@Directive("@shareable")
export class CountByKey {
  @Field(() => String, { description: "The value (an enum value or a code)." })
  key: string;

  @Field(() => String, { description: "Chinese label of the value." })
  label: string;

  @Field(() => Int, { description: "Number of items with this value." })
  count: number;
}

@ObjectType({ description: "A count for one year of the series 2019–2026." })
@Directive("@shareable")
export class YearCount {
  @Field(() => Int, { description: "The year." })
  year: number;

  @Field(() => Int, { description: "Number of items in that year (0 when none)." })
  count: number;
}

/** The years every series covers, oldest first. */
export const SERIES_YEARS: readonly number[] = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

/** A year series with zeros where the database had no row. */
export function yearSeries(counts: ReadonlyMap<number, number>): YearCount[] {
  return SERIES_YEARS.map((year) => ({ year, count: counts.get(year) ?? 0 }));
}

/** Reference resolvers: a known code resolves to its entity, an unknown one to null. */
export const resolveRegion = (reference: CodeKey): CodeKey | null => (isRegionCode(reference.code) ? { code: reference.code } : null);
export const resolveIndustry = (reference: CodeKey): CodeKey | null => (isIndustryCode(reference.code) ? { code: reference.code } : null);
