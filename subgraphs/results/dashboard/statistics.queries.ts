/**
 * The dashboard figures, each computed by ONE grouped statement for every region or industry a request
 * reached: regions are grouped by `regionCode`; industries (stored as JSON lists) are joined to the list of
 * requested codes with a LIKE, so one statement serves any number of industries, bases or projects.
 */
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { type Caller } from "../../../platform/auth";
import { isNationalAdmin } from "../../../platform/access";
import { yearSeries } from "../../../reference/statistics";
import { RESULT_STATUS_LABELS, RESULT_TYPE_LABELS, ResultStatus, ResultType } from "../enums";
import type { BaseReleaseCount, ResultStatistics, StatisticsScope } from "./result-statistics";

export const FILED_STATUSES: readonly ResultStatus[] = [ResultStatus.IN_LIBRARY, ResultStatus.RELEASED, ResultStatus.WITHDRAWN];

type Kind = StatisticsScope["kind"];
type Row = Record<string, string | number | null>;

/** Collects bound parameters in text order, with the placeholder style of the driver. */
class Params {
  readonly values: unknown[] = [];
  constructor(private readonly postgres: boolean) {}
  add(value: unknown): string {
    this.values.push(value);
    return this.postgres ? `$${this.values.length}` : "?";
  }
  list(values: readonly unknown[]): string {
    return values.map((value) => this.add(value)).join(", ");
  }
}

/**
 * FROM and WHERE of a statement over `table` (alias t) with the column "scope" naming the region or
 * industry each row counts for. A provincial office's industry figures stay within its province.
 */
function scoped(kind: Kind, codes: readonly string[], table: string, params: Params, province: string | null, extraWhere: (params: Params) => string[] = () => []) {
  // Parameters are added in the order they appear in the text (SQLite binds `?` by position).
  const where: string[] = [];
  let from: string;
  let scope: string;
  if (kind === "region") {
    from = `"${table}" t`;
    scope = `t."regionCode"`;
    where.push(`t."regionCode" IN (${params.list(codes)})`);
  } else {
    const list = codes.map((code) => `SELECT CAST(${params.add(code)} AS varchar(2)) AS code`).join(" UNION ALL ");
    from = `"${table}" t INNER JOIN (${list}) s ON t."industryCodes" LIKE '%"' || s.code || '"%'`;
    scope = "s.code";
  }
  where.push(...extraWhere(params));
  if (province !== null) where.push(`t."regionCode" = ${params.add(province)}`);
  return { from, scope, where: where.length ? `WHERE ${where.join(" AND ")}` : "" };
}

const num = (value: unknown) => Number(value ?? 0);

/** Per-request loaders of the dashboard figures, bound to the caller's scope. */
export function createStatisticsLoaders(dataSource: DataSource, caller: Caller) {
  const postgres = dataSource.options.type === "postgres";
  // The national admin counts everywhere; a provincial office's industry figures count within its province.
  const province = isNationalAdmin(caller) ? null : (caller.province ?? null);
  const releaseYear = postgres ? `CAST(EXTRACT(YEAR FROM t."releasedAt" AT TIME ZONE 'UTC') AS integer)` : `CAST(substr(t."releasedAt", 1, 4) AS integer)`;
  const run = (sql: string, params: Params): Promise<Row[]> => dataSource.query(sql, params.values);

  async function statistics(kind: Kind, codes: readonly string[]): Promise<ResultStatistics[]> {
    // 1. results per type and state
    let p = new Params(postgres);
    let q = scoped(kind, codes, "result", p, province);
    const byTypeStatus = await run(`SELECT ${q.scope} AS "scope", t."type" AS "type", t."status" AS "status", COUNT(*) AS "n" FROM ${q.from} ${q.where} GROUP BY ${q.scope}, t."type", t."status"`, p);
    // 2. released results per release year
    p = new Params(postgres);
    q = scoped(kind, codes, "result", p, province, (params) => [`t."status" = ${params.add(ResultStatus.RELEASED)}`, `t."releasedAt" IS NOT NULL`]);
    const releasedByYear = await run(`SELECT ${q.scope} AS "scope", ${releaseYear} AS "year", COUNT(*) AS "n" FROM ${q.from} ${q.where} GROUP BY ${q.scope}, ${releaseYear}`, p);
    // 3. filed results per year of the result
    p = new Params(postgres);
    q = scoped(kind, codes, "result", p, province, (params) => [`t."status" IN (${params.list(FILED_STATUSES)})`]);
    const filedByYear = await run(`SELECT ${q.scope} AS "scope", t."year" AS "year", COUNT(*) AS "n" FROM ${q.from} ${q.where} GROUP BY ${q.scope}, t."year"`, p);
    // 4. typical cases per state
    p = new Params(postgres);
    q = scoped(kind, codes, "typical_case", p, province);
    const cases = await run(`SELECT ${q.scope} AS "scope", t."status" AS "status", COUNT(*) AS "n" FROM ${q.from} ${q.where} GROUP BY ${q.scope}, t."status"`, p);

    return codes.map((code) => {
      const mine = (rows: Row[]) => rows.filter((row) => row.scope === code);
      const typeCounts = new Map<string, number>();
      const statusCounts = new Map<string, number>();
      for (const row of mine(byTypeStatus)) {
        typeCounts.set(String(row.type), (typeCounts.get(String(row.type)) ?? 0) + num(row.n));
        statusCounts.set(String(row.status), (statusCounts.get(String(row.status)) ?? 0) + num(row.n));
      }
      const countOf = (status: ResultStatus) => statusCounts.get(status) ?? 0;
      const years = (rows: Row[]) => yearSeries(new Map(mine(rows).map((row) => [num(row.year), num(row.n)])));
      const caseRows = mine(cases);
      return {
        scope: { kind, code },
        total: [...statusCounts.values()].reduce((sum, n) => sum + n, 0),
        filed: FILED_STATUSES.reduce((sum, status) => sum + countOf(status), 0),
        inLibrary: countOf(ResultStatus.IN_LIBRARY),
        released: countOf(ResultStatus.RELEASED),
        byType: Object.values(ResultType).map((key) => ({ key, label: RESULT_TYPE_LABELS[key], count: typeCounts.get(key) ?? 0 })),
        byStatus: Object.values(ResultStatus).map((key) => ({ key, label: RESULT_STATUS_LABELS[key], count: countOf(key) })),
        releasedByYear: years(releasedByYear),
        filedByYear: years(filedByYear),
        typicalCases: caseRows.reduce((sum, row) => sum + num(row.n), 0),
        publishedTypicalCases: caseRows.filter((row) => row.status === "PUBLISHED").reduce((sum, row) => sum + num(row.n), 0),
      };
    });
  }

  /** The `first` bases with the most released results per scope, in one statement ranking within each scope. */
  async function topBases(kind: Kind, codes: readonly string[], first: number): Promise<BaseReleaseCount[][]> {
    const p = new Params(postgres);
    const q = scoped(kind, codes, "result", p, province, (params) => [`t."status" = ${params.add(ResultStatus.RELEASED)}`]);
    const limit = p.add(first);
    const rows = await run(
      `SELECT "scope", "baseId", "n" FROM (
         SELECT "scope", "baseId", "n", ROW_NUMBER() OVER (PARTITION BY "scope" ORDER BY "n" DESC, "baseId" ASC) AS "rn"
         FROM (SELECT ${q.scope} AS "scope", t."baseId" AS "baseId", COUNT(*) AS "n" FROM ${q.from} ${q.where} GROUP BY ${q.scope}, t."baseId") grouped
       ) ranked WHERE "rn" <= ${limit} ORDER BY "scope", "n" DESC, "baseId" ASC`,
      p,
    );
    return codes.map((code) => rows.filter((row) => row.scope === code).map((row) => ({ base: { id: String(row.baseId) }, released: num(row.n) })));
  }

  const statsLoader = (kind: Kind) => new DataLoader((codes: readonly string[]) => statistics(kind, codes));
  const topLoaders = new Map<string, DataLoader<string, BaseReleaseCount[]>>();
  return {
    regionResultStats: statsLoader("region"),
    industryResultStats: statsLoader("industry"),
    /** One loader per (kind, first): every scope asking for the same list length shares one statement. */
    topBasesByReleased(scope: StatisticsScope, first: number): Promise<BaseReleaseCount[]> {
      const key = `${scope.kind}:${first}`;
      let loader = topLoaders.get(key);
      if (!loader) {
        loader = new DataLoader((codes: readonly string[]) => topBases(scope.kind, codes, first));
        topLoaders.set(key, loader);
      }
      return loader.load(scope.code);
    },
  };
}
