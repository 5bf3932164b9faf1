import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { BasesContext } from "./context";

@ObjectType("BasesPolicy", { description: "The policy numbers of the bases domain in force (58号 quota and publicity, 30号 summary deadline)." })
export class BasesPolicyType {
  @Field(() => Int, { description: "Non-exempt recommendations each province may make per batch, used when a batch does not set its own (default 3)." })
  provinceQuota: number;

  @Field(() => Int, { description: "Days of the publicity window (公示), used when a batch does not set its own (default 7)." })
  publicityDays: number;

  @Field(() => String, { description: 'When a year\'s annual summary is due: "MM-DD" of that year or "next-MM-DD" of the following year (default "12-31").' })
  annualSummaryDue: string;
}

@Resolver(() => BasesPolicyType)
export class BasesPolicyResolver {
  @Query(() => BasesPolicyType, { description: "The policy numbers in force; public." })
  basesPolicy(@Ctx() ctx: BasesContext): BasesPolicyType {
    return { ...ctx.rules.policy };
  }
}
