/**
 * The experts subgraph's contribution to the federated dashboards: `Region.expertStats` and
 * `Industry.expertStats`. Every figure is computed by the database with GROUP BY, one statement per
 * statistic for all the regions or industries of a request (per-request DataLoaders keyed by code).
 */
import DataLoader from "dataloader";
import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from "type-graphql";
import type { DataSource, SelectQueryBuilder } from "typeorm";
import { Role, type Caller } from "../../../platform/auth";
import { isAuthorityFor, isNationalAdmin } from "../../../platform/access";
import { CountByKey, YearCount, yearSeries } from "../../../reference/statistics";
import { Industry, Region } from "../external/dashboard.entities";
import type { ExpertsContext } from "../context";
import { Enrollment } from "../enrollments/enrollment.entity";
import { EnrollmentStatus, EXPERT_CATEGORY_LABELS, EXPERT_STAGE_LABELS, ExpertCategory, ExpertStage, ExpertStatus, POOL_SCOPE_LABELS, PoolScope } from "../enums";
import { Expert } from "../experts/expert.entity";
import { PoolMembership } from "../experts/pool-membership.entity";
import { TrainingSession } from "../training-sessions/training-session.entity";

type StatisticsScope = "REGION" | "INDUSTRY";

const CATEGORIES = Object.values(ExpertCategory);
const STAGES = Object.values(ExpertStage);
const SCOPES = Object.values(PoolScope);

/** A JSON list column (simple-json) holds `value` when it contains the quoted value. */
const listPattern = (value: string) => `%${JSON.stringify(value)}%`;

interface ExpertFigures {
  total: number;
  active: number;
  byCategory: CountByKey[];
  byStage: CountByKey[];
  averageRating: number | null;
}

interface SessionFigures {
  trainingSessions: number;
  trainees: number;
  passedTrainees: number;
}

const countsOf = <K extends string>(keys: readonly K[], labels: Record<K, string>, count: (key: K) => number): CountByKey[] =>
  keys.map((key) => ({ key, label: labels[key], count: count(key) }));

/**
 * Restricts `query` (experts as `e`) to the requested codes and returns the SQL expression of the code
 * each row counts for. Regions: the expert's province. Industries: one join row per industry the expert's
 * JSON list contains (a derived table of the requested codes, so one statement for any number of them),
 * within `province` when given.
 */
function scopeExperts<T extends object>(query: SelectQueryBuilder<T>, scope: StatisticsScope, codes: string[], province: string | null): string {
  if (scope === "REGION") {
    query.andWhere(`"e"."regionCode" IN (:...statCodes)`, { statCodes: codes });
    return `"e"."regionCode"`;
  }
  const parameters: Record<string, string> = {};
  const rows = codes.map((code, index) => {
    parameters[`statCode${index}`] = code;
    parameters[`statPattern${index}`] = listPattern(code);
    return `SELECT CAST(:statCode${index} AS varchar(6)) AS "code", CAST(:statPattern${index} AS varchar(16)) AS "pattern"`;
  });
  query.innerJoin(`(${rows.join(" UNION ALL ")})`, "k", `"e"."industryCodes" LIKE "k"."pattern"`, parameters);
  if (province) query.andWhere(`"e"."regionCode" = :statProvince`, { statProvince: province });
  return `"k"."code"`;
}

function yearOf(dataSource: DataSource, column: string): string {
  return dataSource.options.type === "postgres" ? `CAST(EXTRACT(YEAR FROM ${column} AT TIME ZONE 'UTC') AS integer)` : `CAST(strftime('%Y', ${column}) AS integer)`;
}

/** Expert counts, categories, stages and average rating: one statement for all codes. */
function expertFigures(dataSource: DataSource, scope: StatisticsScope, province: string | null) {
  return async (codes: readonly string[]): Promise<ExpertFigures[]> => {
    const query = dataSource.createQueryBuilder().from(Expert, "e").where("1 = 1");
    const key = scopeExperts(query, scope, [...codes], province);
    query
      .select(key, "code")
      .addSelect("COUNT(*)", "total")
      .addSelect(`SUM(CASE WHEN "e"."status" = :statActive THEN 1 ELSE 0 END)`, "active")
      .addSelect(`AVG(CASE WHEN "e"."ratingCount" > 0 THEN "e"."rating" END)`, "averageRating")
      .setParameter("statActive", ExpertStatus.ACTIVE);
    CATEGORIES.forEach((category, index) =>
      query.addSelect(`SUM(CASE WHEN "e"."categories" LIKE :statCategory${index} THEN 1 ELSE 0 END)`, `category${index}`).setParameter(`statCategory${index}`, listPattern(category)),
    );
    STAGES.forEach((stage, index) =>
      query.addSelect(`SUM(CASE WHEN "e"."stages" LIKE :statStage${index} THEN 1 ELSE 0 END)`, `stage${index}`).setParameter(`statStage${index}`, listPattern(stage)),
    );
    query.groupBy(key);
    const rows = new Map((await query.getRawMany<Record<string, string | number | null>>()).map((row) => [String(row.code), row]));
    return codes.map((code) => {
      const row = rows.get(code);
      const number = (column: string) => Number(row?.[column] ?? 0);
      const average = row?.averageRating;
      return {
        total: number("total"),
        active: number("active"),
        byCategory: countsOf(CATEGORIES, EXPERT_CATEGORY_LABELS, (category) => number(`category${CATEGORIES.indexOf(category)}`)),
        byStage: countsOf(STAGES, EXPERT_STAGE_LABELS, (stage) => number(`stage${STAGES.indexOf(stage)}`)),
        averageRating: average === null || average === undefined ? null : Math.round(Number(average) * 100) / 100,
      };
    });
  };
}

/** Pool memberships of the experts counted, by pool scope: one statement for all codes. */
function poolFigures(dataSource: DataSource, scope: StatisticsScope, province: string | null) {
  return async (codes: readonly string[]): Promise<CountByKey[][]> => {
    const query = dataSource.createQueryBuilder().from(PoolMembership, "m").innerJoin(Expert, "e", `"e"."id" = "m"."expertId"`).where("1 = 1");
    const key = scopeExperts(query, scope, [...codes], province);
    query.select(key, "code").addSelect(`"m"."scope"`, "scope").addSelect("COUNT(*)", "count").groupBy(key).addGroupBy(`"m"."scope"`);
    const counts = new Map<string, number>();
    for (const row of await query.getRawMany<{ code: string; scope: string; count: string | number }>()) counts.set(`${row.code}/${row.scope}`, Number(row.count));
    return codes.map((code) => countsOf(SCOPES, POOL_SCOPE_LABELS, (poolScope) => counts.get(`${code}/${poolScope}`) ?? 0));
  };
}

/** Sessions held in each region with their enrolments: one statement for all regions. */
function sessionFigures(dataSource: DataSource) {
  return async (codes: readonly string[]): Promise<SessionFigures[]> => {
    const rows = await dataSource
      .createQueryBuilder()
      .from(TrainingSession, "s")
      .leftJoin(Enrollment, "n", `"n"."sessionId" = "s"."id"`)
      .select(`"s"."regionCode"`, "code")
      .addSelect(`COUNT(DISTINCT "s"."id")`, "sessions")
      .addSelect(`COUNT("n"."id")`, "trainees")
      .addSelect(`SUM(CASE WHEN "n"."status" = :statPassed THEN 1 ELSE 0 END)`, "passed")
      .where(`"s"."regionCode" IN (:...statCodes)`, { statCodes: [...codes], statPassed: EnrollmentStatus.PASSED })
      .groupBy(`"s"."regionCode"`)
      .getRawMany<{ code: string; sessions: string | number; trainees: string | number; passed: string | number | null }>();
    const byCode = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => {
      const row = byCode.get(code);
      return { trainingSessions: Number(row?.sessions ?? 0), trainees: Number(row?.trainees ?? 0), passedTrainees: Number(row?.passed ?? 0) };
    });
  };
}

/** Sessions held in each region by start year (UTC): one statement for all regions. */
function sessionYears(dataSource: DataSource) {
  return async (codes: readonly string[]): Promise<YearCount[][]> => {
    const year = yearOf(dataSource, `"s"."startsAt"`);
    const rows = await dataSource
      .createQueryBuilder()
      .from(TrainingSession, "s")
      .select(`"s"."regionCode"`, "code")
      .addSelect(year, "year")
      .addSelect("COUNT(*)", "count")
      .where(`"s"."regionCode" IN (:...statCodes)`, { statCodes: [...codes] })
      .groupBy(`"s"."regionCode"`)
      .addGroupBy(year)
      .getRawMany<{ code: string; year: string | number; count: string | number }>();
    const byCode = new Map<string, Map<number, number>>(codes.map((code) => [code, new Map()]));
    for (const row of rows) byCode.get(row.code)?.set(Number(row.year), Number(row.count));
    return codes.map((code) => yearSeries(byCode.get(code)!));
  };
}

/** Per-request statistics loaders, bound to the caller: a provincial office's industry figures stay within its province. */
export function createStatisticsLoaders(dataSource: DataSource, caller: Caller) {
  const province = caller.role === Role.PROVINCIAL_OFFICE ? (caller.province ?? null) : null;
  return {
    REGION: {
      experts: new DataLoader(expertFigures(dataSource, "REGION", null)),
      pools: new DataLoader(poolFigures(dataSource, "REGION", null)),
      sessions: new DataLoader(sessionFigures(dataSource)),
      sessionYears: new DataLoader(sessionYears(dataSource)),
    },
    INDUSTRY: {
      experts: new DataLoader(expertFigures(dataSource, "INDUSTRY", province)),
      pools: new DataLoader(poolFigures(dataSource, "INDUSTRY", province)),
    },
  };
}

export type StatisticsLoaders = ReturnType<typeof createStatisticsLoaders>;

@ObjectType({ description: "专家统计 The experts domain's figures for a region or an industry; each figure is computed by the database." })
export class ExpertStatistics {
  scope: StatisticsScope;
  code: string;

  @Field(() => Int, { description: "Experts based in the region / whose industries include the industry (for a provincial office: those based in its province)." })
  total: number;

  @Field(() => Int, { description: "Of those, experts in status ACTIVE (在库)." })
  active: number;

  @Field(() => [CountByKey], { description: "Experts by category (专家类别), every category in declaration order, zeros included; an expert counts once per category." })
  byCategory: CountByKey[];

  @Field(() => [CountByKey], { description: "Experts by stage they advise at (服务环节), every stage, zeros included; an expert counts once per stage." })
  byStage: CountByKey[];

  @Field(() => [CountByKey], { description: "Pool memberships (专家库入库) of those experts by pool level NATIONAL/PROVINCIAL/BASE, zeros included; an expert in two base pools counts twice." })
  poolSize: CountByKey[];

  @Field(() => Float, { nullable: true, description: "Average of the ratings of the rated experts (ratingCount > 0), rounded to two decimals; null when no expert is rated." })
  averageRating: number | null;

  @Field(() => Int, { description: "Training sessions held in the region. Industry: always 0 — sessions are not tagged with industries." })
  trainingSessions: number;

  @Field(() => Int, { description: "Enrolments in those sessions, whatever their status. Industry: always 0 (sessions are not industry-tagged)." })
  trainees: number;

  @Field(() => Int, { description: "Enrolments in those sessions that passed (已结业). Industry: always 0 (sessions are not industry-tagged)." })
  passedTrainees: number;

  @Field(() => [YearCount], { description: "Sessions held in the region by start year (UTC), 2019–2026, zeros filled. Industry: all zeros (sessions are not industry-tagged)." })
  sessionsByYear: YearCount[];
}

const statistics = (scope: StatisticsScope, code: string): ExpertStatistics => Object.assign(new ExpertStatistics(), { scope, code });

@Resolver(() => ExpertStatistics)
export class ExpertStatisticsResolver {
  @FieldResolver(() => Int)
  async total(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return (await ctx.loaders.statistics[stats.scope].experts.load(stats.code)).total;
  }

  @FieldResolver(() => Int)
  async active(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return (await ctx.loaders.statistics[stats.scope].experts.load(stats.code)).active;
  }

  @FieldResolver(() => [CountByKey])
  async byCategory(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return (await ctx.loaders.statistics[stats.scope].experts.load(stats.code)).byCategory;
  }

  @FieldResolver(() => [CountByKey])
  async byStage(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return (await ctx.loaders.statistics[stats.scope].experts.load(stats.code)).byStage;
  }

  @FieldResolver(() => Float, { nullable: true })
  async averageRating(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return (await ctx.loaders.statistics[stats.scope].experts.load(stats.code)).averageRating;
  }

  @FieldResolver(() => [CountByKey])
  poolSize(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.statistics[stats.scope].pools.load(stats.code);
  }

  @FieldResolver(() => Int)
  async trainingSessions(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return stats.scope === "REGION" ? (await ctx.loaders.statistics.REGION.sessions.load(stats.code)).trainingSessions : 0;
  }

  @FieldResolver(() => Int)
  async trainees(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return stats.scope === "REGION" ? (await ctx.loaders.statistics.REGION.sessions.load(stats.code)).trainees : 0;
  }

  @FieldResolver(() => Int)
  async passedTrainees(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return stats.scope === "REGION" ? (await ctx.loaders.statistics.REGION.sessions.load(stats.code)).passedTrainees : 0;
  }

  @FieldResolver(() => [YearCount])
  sessionsByYear(@Root() stats: ExpertStatistics, @Ctx() ctx: ExpertsContext) {
    return stats.scope === "REGION" ? ctx.loaders.statistics.REGION.sessionYears.load(stats.code) : yearSeries(new Map());
  }
}

@Resolver(() => Region)
export class RegionExpertStatsResolver {
  @FieldResolver(() => ExpertStatistics, {
    nullable: true,
    description: "专家统计 The experts domain's figures for the province: for the national admin and the province's own provincial office; null for everyone else.",
  })
  expertStats(@Root() region: Region, @Ctx() ctx: ExpertsContext): ExpertStatistics | null {
    return isAuthorityFor(ctx.caller, region.code) ? statistics("REGION", region.code) : null;
  }
}

@Resolver(() => Industry)
export class IndustryExpertStatsResolver {
  @FieldResolver(() => ExpertStatistics, {
    nullable: true,
    description:
      "专家统计 The experts domain's figures for the industry: nationwide for the national admin, within its own province for a provincial office; null for everyone else. Training figures are 0: sessions are not tagged with industries.",
  })
  expertStats(@Root() industry: Industry, @Ctx() ctx: ExpertsContext): ExpertStatistics | null {
    const allowed = isNationalAdmin(ctx.caller) || (ctx.caller.role === Role.PROVINCIAL_OFFICE && !!ctx.caller.province);
    return allowed ? statistics("INDUSTRY", industry.code) : null;
  }
}
