import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { Role } from "../../../platform/auth";
import { isAuthorityFor, isNationalAdmin } from "../../../platform/access";
import { Industry, Region } from "../external/dashboard.entities";
import type { ProjectsContext } from "../context";
import { ProjectStatistics } from "./project-statistics";

const ACCESS = "Answered for the national admin and for the region's provincial office; null for anyone else.";

@Resolver(() => Region)
export class RegionProjectStatisticsResolver {
  @FieldResolver(() => ProjectStatistics, { nullable: true, description: `Navigation projects of the region's bases. ${ACCESS}` })
  projectStats(@Root() region: Region, @Ctx() ctx: ProjectsContext): Promise<ProjectStatistics> | null {
    return isAuthorityFor(ctx.caller, region.code) ? ctx.loaders.regionProjectStats.load(region.code) : null;
  }
}

@Resolver(() => Industry)
export class IndustryProjectStatisticsResolver {
  @FieldResolver(() => ProjectStatistics, {
    nullable: true,
    description: "Navigation projects covering the industry: nationwide for the national admin, within its own province for a provincial office; null for anyone else.",
  })
  projectStats(@Root() industry: Industry, @Ctx() ctx: ProjectsContext): Promise<ProjectStatistics> | null {
    const { caller } = ctx;
    const allowed = isNationalAdmin(caller) || (caller.role === Role.PROVINCIAL_OFFICE && !!caller.province);
    return allowed ? ctx.loaders.industryProjectStats.load(industry.code) : null;
  }
}
