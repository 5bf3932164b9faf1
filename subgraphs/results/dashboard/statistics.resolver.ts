import { Max, Min } from "class-validator";
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { isAuthorityFor, isNationalAdmin } from "../../../platform/access";
import { Role } from "../../../platform/auth";
import { Industry, Region } from "../external/dashboard.entities";
import type { ResultsContext } from "../context";
import { BaseReleaseCount, ResultStatistics } from "./result-statistics";

const NULL_FOR_OTHERS = "Null for any caller but the national admin and the provincial office";

@ArgsType()
export class TopBasesArgs {
  @Field(() => Int, { description: "At most this many bases, 1–20.", defaultValue: 5 })
  @Min(1)
  @Max(20)
  first: number = 5;
}

@Resolver(() => Region)
export class RegionResultStatsResolver {
  @FieldResolver(() => ResultStatistics, {
    nullable: true,
    description: `成果统计 Results and typical cases of the region's bases. ${NULL_FOR_OTHERS} of this region.`,
  })
  resultStats(@Root() region: Region, @Ctx() ctx: ResultsContext): Promise<ResultStatistics> | null {
    if (!isAuthorityFor(ctx.caller, region.code)) return null;
    return ctx.loaders.statistics.regionResultStats.load(region.code);
  }
}

@Resolver(() => Industry)
export class IndustryResultStatsResolver {
  @FieldResolver(() => ResultStatistics, {
    nullable: true,
    description: `成果统计 Results and typical cases covering the industry: nationwide for the national admin, within its own province for a provincial office. ${NULL_FOR_OTHERS}.`,
  })
  resultStats(@Root() industry: Industry, @Ctx() ctx: ResultsContext): Promise<ResultStatistics> | null {
    const caller = ctx.caller;
    if (!isNationalAdmin(caller) && !(caller.role === Role.PROVINCIAL_OFFICE && caller.province)) return null;
    return ctx.loaders.statistics.industryResultStats.load(industry.code);
  }
}

@Resolver(() => ResultStatistics)
export class ResultStatisticsResolver {
  @FieldResolver(() => [BaseReleaseCount], { description: "发布成果最多的基地 The bases with the most released results in the scope, most first (ties by base id)." })
  topBasesByReleased(@Root() stats: ResultStatistics, @Args(() => TopBasesArgs) { first }: TopBasesArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.statistics.topBasesByReleased(stats.scope, first);
  }
}
