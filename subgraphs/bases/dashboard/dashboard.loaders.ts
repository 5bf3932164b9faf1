/**
 * Batched dashboard figures of the bases subgraph. Every loader runs ONE grouped statement for all the
 * regions or industries a request reached, whatever their number or the number of bases and summaries:
 * regions group by regionCode; industries (stored as a JSON list) get one SUM(CASE … LIKE …) column per
 * requested code inside the same statement.
 */
import DataLoader from "dataloader";
import type { DataSource, SelectQueryBuilder, ObjectLiteral } from "typeorm";
import { SERIES_YEARS } from "../../../reference/statistics";
import { AnnualSummary } from "../annual-summaries/annual-summary.entity";
import { endOfChinaDay } from "../calendar";
import { BaseLevel, BaseStatus, CarrierType } from "../enums";
import { annualSummaryDueOn, type BasesPolicy } from "../policy";
import { ServiceBase } from "../service-bases/service-base.entity";

export type DashboardKind = "region" | "industry";

/** One grouped base count: a level, status, carrier type and designation year (null when undesignated). */
export interface BaseCountRow {
  level: BaseLevel;
  status: BaseStatus;
  carrierType: CarrierType;
  year: number | null;
  count: number;
}

/** Submitted and on-time summaries of one year. */
export interface SummaryCountRow {
  year: number;
  submitted: number;
  onTime: number;
}

const DESIGNATION_YEAR = "CAST(SUBSTR(CAST(b.designatedOn AS VARCHAR(10)), 1, 4) AS INTEGER)";

/** `%"01"%`: an industry code inside the JSON list column. */
const industryPattern = (code: string): string => `%"${code}"%`;

/**
 * Adds the per-key count columns: for regions a grouped key column, for industries one SUM(CASE) column per
 * code. Returns how to read the count of a code out of a raw row.
 */
function keyed<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, kind: DashboardKind, codes: string[], condition = "1 = 1") {
  if (kind === "region") {
    query.addSelect("b.regionCode", "code").andWhere("b.regionCode IN (:...codes)", { codes }).addGroupBy("b.regionCode");
    query.addSelect(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`, "n");
    return { rowsFor: (rows: any[], code: string) => rows.filter((row) => row.code === code).map((row) => ({ row, count: Number(row.n) })) };
  }
  codes.forEach((code, index) => {
    query.addSelect(`SUM(CASE WHEN b.industryCodes LIKE :p${index} AND ${condition} THEN 1 ELSE 0 END)`, `n${index}`).setParameter(`p${index}`, industryPattern(code));
  });
  return { rowsFor: (rows: any[], code: string) => rows.map((row) => ({ row, count: Number(row[`n${codes.indexOf(code)}`]) })).filter(({ count }) => count > 0) };
}

export function createDashboardLoaders(dataSource: DataSource, kind: DashboardKind, province: string | null, policy: BasesPolicy) {
  const scoped = <T extends ObjectLiteral>(query: SelectQueryBuilder<T>) => (province ? query.andWhere("b.regionCode = :province", { province }) : query);

  const baseCounts = new DataLoader<string, BaseCountRow[]>(async (keys) => {
    const codes = [...new Set(keys)];
    const query = scoped(
      dataSource
        .createQueryBuilder()
        .from(ServiceBase, "b")
        .select("b.level", "level")
        .addSelect("b.status", "status")
        .addSelect("b.carrierType", "carrierType")
        .addSelect(DESIGNATION_YEAR, "year")
        .where("1 = 1")
        .groupBy("b.level")
        .addGroupBy("b.status")
        .addGroupBy("b.carrierType")
        .addGroupBy(DESIGNATION_YEAR),
    );
    const { rowsFor } = keyed(query, kind, codes);
    const rows = await query.getRawMany();
    return keys.map((code) =>
      rowsFor(rows, code).map(({ row, count }) => ({ level: row.level, status: row.status, carrierType: row.carrierType, year: row.year === null ? null : Number(row.year), count })),
    );
  });

  const contactPoint = new DataLoader<string, ServiceBase | null>(async (keys) => {
    if (kind !== "region") return keys.map(() => null);
    const rows = await dataSource.getRepository(ServiceBase).createQueryBuilder("b").where("b.isContactPoint = :yes", { yes: true }).andWhere("b.regionCode IN (:...codes)", { codes: [...new Set(keys)] }).getMany();
    const byRegion = new Map(rows.map((row) => [row.regionCode, row]));
    return keys.map((code) => byRegion.get(code) ?? null);
  });

  /** Submitted and on-time summaries per year of the series, the due day of each year from the policy. */
  const summaryCounts = new DataLoader<string, SummaryCountRow[]>(async (keys) => {
    const codes = [...new Set(keys)];
    const deadlines: Record<string, Date> = {};
    const onTime = SERIES_YEARS.map((year) => {
      deadlines[`d${year}`] = endOfChinaDay(annualSummaryDueOn(year, policy.annualSummaryDue));
      return `(s.year = ${year} AND s.submittedAt < :d${year})`;
    }).join(" OR ");
    const query = scoped(
      dataSource
        .createQueryBuilder()
        .from(AnnualSummary, "s")
        .innerJoin(ServiceBase, "b", "b.id = s.baseId")
        .select("s.year", "year")
        .where("s.year BETWEEN :first AND :last", { first: SERIES_YEARS[0], last: SERIES_YEARS[SERIES_YEARS.length - 1] })
        .andWhere("s.submittedAt IS NOT NULL")
        .setParameters(deadlines)
        .groupBy("s.year"),
    );
    if (kind === "region") {
      // A summary counts for the province it was written in (copied from its base).
      query.addSelect("s.regionCode", "code").andWhere("s.regionCode IN (:...codes)", { codes }).addGroupBy("s.regionCode");
      query.addSelect("COUNT(*)", "submitted").addSelect(`SUM(CASE WHEN ${onTime} THEN 1 ELSE 0 END)`, "onTime");
      const rows = await query.getRawMany();
      return keys.map((code) => rows.filter((row) => row.code === code).map((row) => ({ year: Number(row.year), submitted: Number(row.submitted), onTime: Number(row.onTime) })));
    }
    codes.forEach((code, index) => {
      query
        .addSelect(`SUM(CASE WHEN b.industryCodes LIKE :p${index} THEN 1 ELSE 0 END)`, `s${index}`)
        .addSelect(`SUM(CASE WHEN b.industryCodes LIKE :p${index} AND (${onTime}) THEN 1 ELSE 0 END)`, `o${index}`)
        .setParameter(`p${index}`, industryPattern(code));
    });
    const rows = await query.getRawMany();
    return keys.map((code) => {
      const index = codes.indexOf(code);
      return rows.map((row) => ({ year: Number(row.year), submitted: Number(row[`s${index}`]), onTime: Number(row[`o${index}`]) })).filter((row) => row.submitted > 0);
    });
  });

  return { baseCounts, contactPoint, summaryCounts };
}

export type DashboardLoaders = ReturnType<typeof createDashboardLoaders>;
