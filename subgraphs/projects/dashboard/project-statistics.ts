/**
 * Project statistics of the dashboard entities `Region` and `Industry`: every figure is computed by the
 * database with GROUP BY, batched over all codes a request reached — one statement per statistic,
 * whatever the number of regions, industries, bases or projects.
 */
import { Field, Float, Int, ObjectType } from "type-graphql";
import type { DataSource } from "typeorm";
import { jsonListElementPattern } from "../../../platform/crud";
import { NAVIGATION_TYPE_LABELS, NavigationType } from "../../../reference/navigation-types";
import { CountByKey, yearSeries, YearCount } from "../../../reference/statistics";
import { FUNDING_SOURCE_LABELS, FundingSource, PROJECT_STATUS_LABELS, ProjectStatus } from "../enums";
import { NavigationProject } from "../projects/project.entity";

@ObjectType({ description: "导航项目统计 Navigation-project figures of a region or an industry." })
export class ProjectStatistics {
  @Field(() => Int, { description: "Number of projects." })
  total: number;

  @Field(() => [CountByKey], { description: "Projects per navigation type, every type in enum order (0 when none)." })
  byNavigationType: CountByKey[];

  @Field(() => [CountByKey], { description: "Projects per workflow status, every status in enum order (0 when none)." })
  byStatus: CountByKey[];

  @Field(() => [CountByKey], { description: "Projects per funding source, every source in enum order (0 when none)." })
  byFundingSource: CountByKey[];

  @Field(() => [YearCount], { description: "Projects per project year (立项年度), 2019–2026." })
  startedByYear: YearCount[];

  @Field(() => Float, { description: "Sum of the projects' budgets, in yuan." })
  budgetTotal: number;

  @Field(() => Float, { description: "Sum of the budgets of fiscally funded projects (FISCAL and MIXED), in yuan." })
  fiscalBudgetTotal: number;

  @Field(() => [YearCount], { description: "Projects accepted (ACCEPTED, FILED, EVALUATED or CLOSED) per project year, 2019–2026." })
  acceptedByYear: YearCount[];
}

/** Statuses a project has passed acceptance in. */
export const ACCEPTED_STATUSES: readonly ProjectStatus[] = [ProjectStatus.ACCEPTED, ProjectStatus.FILED, ProjectStatus.EVALUATED, ProjectStatus.CLOSED];
const FISCAL_SOURCES: readonly FundingSource[] = [FundingSource.FISCAL, FundingSource.MIXED];

/** What the figures are grouped by: regions (by the project's province) or industries (by its industry list), optionally within one province. */
export type StatisticsDimension = { kind: "region" } | { kind: "industry"; province: string | null };

type Sums = Record<string, number>;
/** code → group key → summed measures. */
type Grouped = Map<string, Map<string, Sums>>;

const column = (name: keyof NavigationProject) => `"p"."${name}"`;
const quotedList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

/**
 * One statement: for every code, the sums of `measures` (SQL expressions) per value of `keyExpression`
 * (or for all its projects when null). Regions group by the region column; industries get one CASE column
 * per code and measure, since a project lists several industries.
 */
async function grouped(dataSource: DataSource, dimension: StatisticsDimension, codes: string[], keyExpression: string | null, measures: Record<string, string>): Promise<Grouped> {
  const query = dataSource.createQueryBuilder().from(NavigationProject, "p").select(keyExpression ?? "''", "groupKey");
  const names = Object.keys(measures);
  const result: Grouped = new Map(codes.map((code) => [code, new Map()]));
  const add = (code: string, key: string, name: string, value: unknown) => {
    const byKey = result.get(code)!;
    const sums = byKey.get(key) ?? {};
    sums[name] = (sums[name] ?? 0) + Number(value ?? 0);
    byKey.set(key, sums);
  };
  if (dimension.kind === "region") {
    query.addSelect(column("regionCode"), "code").where(`${column("regionCode")} IN (:...codes)`, { codes }).groupBy(column("regionCode"));
    for (const name of names) query.addSelect(`SUM(${measures[name]})`, `m_${name}`);
    if (keyExpression) query.addGroupBy(keyExpression);
    const rows: Record<string, unknown>[] = await query.getRawMany();
    for (const row of rows) for (const name of names) add(String(row.code), String(row.groupKey), name, row[`m_${name}`]);
    return result;
  }
  const matches = codes.map((code, i) => {
    query.setParameter(`industry${i}`, jsonListElementPattern(code));
    return `${column("industryCodes")} LIKE :industry${i} ESCAPE '\\'`;
  });
  codes.forEach((_, i) => names.forEach((name) => query.addSelect(`SUM(CASE WHEN ${matches[i]} THEN ${measures[name]} ELSE 0 END)`, `m_${name}_${i}`)));
  query.where(`(${matches.join(" OR ")})`);
  if (dimension.province) query.andWhere(`${column("regionCode")} = :province`, { province: dimension.province });
  if (keyExpression) query.groupBy(keyExpression);
  const rows: Record<string, unknown>[] = await query.getRawMany();
  for (const row of rows) codes.forEach((code, i) => names.forEach((name) => add(code, String(row.groupKey), name, row[`m_${name}_${i}`])));
  return result;
}

const countsByKey = <K extends string>(labels: Readonly<Record<K, string>>, counts: Map<string, Sums> | undefined): CountByKey[] =>
  (Object.keys(labels) as K[]).map((key) => ({ key, label: labels[key], count: counts?.get(key)?.count ?? 0 }));

const series = (byYear: Map<string, Sums> | undefined, measure: string): YearCount[] =>
  yearSeries(new Map([...(byYear ?? new Map<string, Sums>()).entries()].map(([year, sums]) => [Number(year), sums[measure] ?? 0])));

/** Batch function: the statistics of every code, in key order, from five grouped statements. */
export async function projectStatistics(dataSource: DataSource, dimension: StatisticsDimension, keys: readonly string[]): Promise<ProjectStatistics[]> {
  const codes = [...new Set(keys)];
  const count = { count: "1" };
  const [totals, navigationTypes, statuses, fundingSources, years] = await Promise.all([
    grouped(dataSource, dimension, codes, null, {
      count: "1",
      budget: column("budget"),
      fiscal: `CASE WHEN ${column("fundingSource")} IN (${quotedList(FISCAL_SOURCES)}) THEN ${column("budget")} ELSE 0 END`,
    }),
    grouped(dataSource, dimension, codes, column("navigationType"), count),
    grouped(dataSource, dimension, codes, column("status"), count),
    grouped(dataSource, dimension, codes, column("fundingSource"), count),
    grouped(dataSource, dimension, codes, column("year"), {
      count: "1",
      accepted: `CASE WHEN ${column("status")} IN (${quotedList(ACCEPTED_STATUSES)}) THEN 1 ELSE 0 END`,
    }),
  ]);
  return keys.map((code) => {
    const all = totals.get(code)?.get("");
    return {
      total: all?.count ?? 0,
      byNavigationType: countsByKey(NAVIGATION_TYPE_LABELS as Record<NavigationType, string>, navigationTypes.get(code)),
      byStatus: countsByKey(PROJECT_STATUS_LABELS, statuses.get(code)),
      byFundingSource: countsByKey(FUNDING_SOURCE_LABELS, fundingSources.get(code)),
      startedByYear: series(years.get(code), "count"),
      budgetTotal: all?.budget ?? 0,
      fiscalBudgetTotal: all?.fiscal ?? 0,
      acceptedByYear: series(years.get(code), "accepted"),
    };
  });
}
