/**
 * The bases subgraph's share of the dashboards: the root queries of the federated `Region` and `Industry`
 * entities, their names, and `baseStats` — service-base figures for the national admin (any region or
 * industry) and a provincial office (its own region; an industry counted within its province).
 */
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { isNationalAdmin, isProvincialOfficeOf } from "../../../platform/access";
import { Role } from "../../../platform/auth";
import { INDUSTRIES, industryName, isIndustryCode } from "../../../reference/industries";
import { REGIONS, isRegionCode, regionName } from "../../../reference/regions";
import { SERIES_YEARS, yearSeries, type CountByKey } from "../../../reference/statistics";
import { Industry, Region } from "../external/dashboard.entities";
import type { BasesContext } from "../context";
import { BASE_LEVEL_LABELS, BASE_STATUS_LABELS, CARRIER_TYPE_LABELS } from "../enums";
import { ServiceBase } from "../service-bases/service-base.entity";
import { createDashboardLoaders, type BaseCountRow, type DashboardKind, type DashboardLoaders } from "./dashboard.loaders";
import { AnnualSummaryYear, BaseStatistics } from "./dashboard.types";

/** What a `BaseStatistics` resolves from: which region or industry, through which loaders. */
interface StatisticsSource {
  code: string;
  loaders: DashboardLoaders;
}

const loadersByContext = new WeakMap<object, Map<DashboardKind, DashboardLoaders>>();

/** Per-request loaders; an industry is counted within the provincial office's province. */
function dashboardLoaders(ctx: BasesContext, kind: DashboardKind): DashboardLoaders {
  let byKind = loadersByContext.get(ctx);
  if (!byKind) loadersByContext.set(ctx, (byKind = new Map()));
  let loaders = byKind.get(kind);
  if (!loaders) {
    const province = kind === "industry" && ctx.caller.role === Role.PROVINCIAL_OFFICE ? ctx.caller.province ?? null : null;
    loaders = createDashboardLoaders(ctx.dataSource, kind, province, ctx.rules.policy);
    byKind.set(kind, loaders);
  }
  return loaders;
}

function countsBy<K extends string>(rows: BaseCountRow[], labels: Record<K, string>, keyOf: (row: BaseCountRow) => string): CountByKey[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(keyOf(row), (counts.get(keyOf(row)) ?? 0) + row.count);
  return (Object.keys(labels) as K[]).map((key) => ({ key, label: labels[key], count: counts.get(key) ?? 0 }));
}

@Resolver(() => Region)
export class BasesRegionResolver {
  @Query(() => Region, { nullable: true, description: "A province-level region by GB/T 2260 code; null for an unknown code." })
  region(@Arg("code", () => ID) code: string): Region | null {
    return isRegionCode(code) ? { code } : null;
  }

  @Query(() => [Region], { description: "All 32 province-level regions, in code order: the national overview." })
  regions(): Region[] {
    return REGIONS.map(({ code }) => ({ code }));
  }

  @FieldResolver(() => String, { description: "Short Chinese name of the region, e.g. 江苏." })
  name(@Root() region: Region): string {
    return regionName(region.code) ?? region.code;
  }

  @FieldResolver(() => BaseStatistics, {
    nullable: true,
    description: "Service-base figures of the region: for the national admin and the region's own provincial office; null for anyone else.",
  })
  baseStats(@Root() region: Region, @Ctx() ctx: BasesContext): StatisticsSource | null {
    if (!isNationalAdmin(ctx.caller) && !isProvincialOfficeOf(ctx.caller, region.code)) return null;
    return { code: region.code, loaders: dashboardLoaders(ctx, "region") };
  }
}

@Resolver(() => Industry)
export class BasesIndustryResolver {
  @Query(() => Industry, { nullable: true, description: "A strategic emerging industry by two-digit code; null for an unknown code." })
  industry(@Arg("code", () => ID) code: string): Industry | null {
    return isIndustryCode(code) ? { code } : null;
  }

  @Query(() => [Industry], { description: "The nine strategic emerging industries, in code order." })
  industries(): Industry[] {
    return INDUSTRIES.map(({ code }) => ({ code }));
  }

  @FieldResolver(() => String, { description: "Chinese name of the industry, e.g. 新一代信息技术产业." })
  name(@Root() industry: Industry): string {
    return industryName(industry.code) ?? industry.code;
  }

  @FieldResolver(() => BaseStatistics, {
    nullable: true,
    description: "Service-base figures of the industry (bases listing it among their key industries): every province for the national admin, its own province for a provincial office; null for anyone else.",
  })
  baseStats(@Root() industry: Industry, @Ctx() ctx: BasesContext): StatisticsSource | null {
    if (!isNationalAdmin(ctx.caller) && !(ctx.caller.role === Role.PROVINCIAL_OFFICE && ctx.caller.province)) return null;
    return { code: industry.code, loaders: dashboardLoaders(ctx, "industry") };
  }
}

@Resolver(() => BaseStatistics)
export class BaseStatisticsResolver {
  @FieldResolver()
  async total(@Root() source: StatisticsSource): Promise<number> {
    return (await source.loaders.baseCounts.load(source.code)).reduce((sum, row) => sum + row.count, 0);
  }

  @FieldResolver()
  async byLevel(@Root() source: StatisticsSource): Promise<CountByKey[]> {
    return countsBy(await source.loaders.baseCounts.load(source.code), BASE_LEVEL_LABELS, (row) => row.level);
  }

  @FieldResolver()
  async byStatus(@Root() source: StatisticsSource): Promise<CountByKey[]> {
    return countsBy(await source.loaders.baseCounts.load(source.code), BASE_STATUS_LABELS, (row) => row.status);
  }

  @FieldResolver()
  async byCarrierType(@Root() source: StatisticsSource): Promise<CountByKey[]> {
    return countsBy(await source.loaders.baseCounts.load(source.code), CARRIER_TYPE_LABELS, (row) => row.carrierType);
  }

  @FieldResolver()
  async designatedByYear(@Root() source: StatisticsSource) {
    const counts = new Map<number, number>();
    for (const row of await source.loaders.baseCounts.load(source.code)) if (row.year !== null) counts.set(row.year, (counts.get(row.year) ?? 0) + row.count);
    return yearSeries(counts);
  }

  @FieldResolver()
  contactPoint(@Root() source: StatisticsSource): Promise<ServiceBase | null> {
    return source.loaders.contactPoint.load(source.code);
  }

  @FieldResolver()
  async annualSummaries(@Root() source: StatisticsSource): Promise<AnnualSummaryYear[]> {
    const [bases, summaries] = await Promise.all([source.loaders.baseCounts.load(source.code), source.loaders.summaryCounts.load(source.code)]);
    const byYear = new Map(summaries.map((row) => [row.year, row]));
    return SERIES_YEARS.map((year) => {
      const due = bases.reduce((sum, row) => sum + (row.year !== null && row.year <= year ? row.count : 0), 0);
      const submitted = byYear.get(year)?.submitted ?? 0;
      const onTime = byYear.get(year)?.onTime ?? 0;
      return { year, due, submitted, onTime, late: submitted - onTime };
    });
  }
}
