import { Args, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { FirstArgs } from "../args";
import type { ExpertsContext } from "../context";
import { Expert } from "../experts/expert.entity";
import { TrainingSession } from "../training-sessions/training-session.entity";
import { ServiceBaseRef } from "./service-base.stub";

/** What this subgraph adds to the bases subgraph's ServiceBase: its expert pool and its trainings. */
@Resolver(() => ServiceBaseRef)
export class ServiceBaseRefResolver {
  @FieldResolver(() => [Expert], { description: "Members of the base's own expert pool (基地专家库), best-rated first: all of them for the national admin and the base's operator, those based in its province for a provincial office, the expert themself for an expert; empty for everyone else." })
  async experts(@Root() base: ServiceBaseRef, @Args(() => FirstArgs) { first }: FirstArgs, @Ctx() ctx: ExpertsContext): Promise<Expert[]> {
    return (await ctx.loaders.expertsByBase(base.id, { first })).map((row) => row.expert);
  }

  @FieldResolver(() => Int, { description: "Number of members of the base's own expert pool the caller may see (as for experts); 0 for anonymous callers and enterprises." })
  expertCount(@Root() base: ServiceBaseRef, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expertCountByBase.load(base.id);
  }

  @FieldResolver(() => [TrainingSession], { description: "Training sessions the base runs, latest start first; public." })
  trainingSessions(@Root() base: ServiceBaseRef, @Args(() => FirstArgs) { first }: FirstArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.trainingSessionsByBase(base.id, { first });
  }
}
