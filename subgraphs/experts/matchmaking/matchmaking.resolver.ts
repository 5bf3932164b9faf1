import { Arg, Args, Ctx, Field, FieldResolver, Float, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { IdArgs } from "../../../platform/validators";
import type { ExpertsContext } from "../context";
import { ConflictType } from "../enums";
import { Expert } from "../experts/expert.entity";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { DrawExclusion, DrawRecord, DrawSelection, ScoreComponents } from "./draw-record.entity";
import { MatchRequestInput } from "./match.inputs";

@ObjectType({ description: "An expert a matching run selected." })
class MatchedExpert {
  @Field(() => Expert, { description: "The expert." })
  expert: Expert;

  @Field(() => Float, { description: "Weighted score, 0–1." })
  score: number;

  @Field(() => ScoreComponents, { description: "The components of the score." })
  components: ScoreComponents;
}

@ObjectType({ description: "A candidate excluded for a conflict of interest (回避); one entry per reason." })
class ExcludedExpert {
  @Field(() => Expert, { description: "The expert." })
  expert: Expert;

  @Field(() => ConflictType, { description: "Kind of conflict." })
  reason: ConflictType;

  @Field(() => String, { description: "What the conflict is with, in words." })
  detail: string;
}

@ObjectType({ description: "The outcome of a matching run." })
class MatchResult {
  @Field(() => DrawRecord, { description: "The immutable record of this run." })
  drawRecord: DrawRecord;

  @Field(() => [MatchedExpert], { description: "Selected experts: by score descending (ties by id) for RANKED, in draw order for RANDOM_DRAW." })
  selected: MatchedExpert[];

  @Field(() => [ExcludedExpert], { description: "Candidates excluded for a conflict of interest, each reason listed." })
  excluded: ExcludedExpert[];

  @Field(() => Int, { description: "Number of candidates that passed the hard filters (status, stage, window, load, pool)." })
  consideredCount: number;
}

const DRAW_VISIBLE = "Visible to the requesting base's operator, the national admin and the provincial office of the request's province.";

@Resolver(() => DrawRecord)
export class MatchmakingResolver {
  @Mutation(() => MatchResult, {
    description:
      "Matches experts to a consultation request and writes its DrawRecord. Hard filters: ACTIVE, the stage, available throughout the window, load below the expert's maximum, in the national pool, the request province's pool or the requesting base's pool. Conflicts of interest exclude with reasons. By a base operator for its own base, or the national admin / provincial office of the request's province.",
  })
  matchExperts(@Arg("request", () => MatchRequestInput, { description: "The request." }) request: MatchRequestInput, @Ctx() ctx: ExpertsContext) {
    return ctx.services.matchmaking.match(ctx.caller, request);
  }

  @Query(() => DrawRecord, { nullable: true, description: `One draw record by id, or null when missing or not visible. ${DRAW_VISIBLE}` })
  drawRecord(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.drawRecords.load(id);
  }

  @FieldResolver(() => ServiceBaseRef, { description: "The requesting base." })
  requesterBase(@Root() record: DrawRecord): ServiceBaseRef {
    return { id: record.requesterBaseId };
  }

  @FieldResolver(() => NavigationProjectRef, { description: "The project the experts were matched for." })
  project(@Root() record: DrawRecord): NavigationProjectRef {
    return { id: record.request.projectId };
  }
}

@Resolver(() => DrawSelection)
export class DrawSelectionResolver {
  @FieldResolver(() => Expert, { nullable: true, description: "The selected expert, when visible to the caller." })
  expert(@Root() selection: DrawSelection, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expert.load(selection.expertId);
  }
}

@Resolver(() => DrawExclusion)
export class DrawExclusionResolver {
  @FieldResolver(() => Expert, { nullable: true, description: "The excluded expert, when visible to the caller." })
  expert(@Root() exclusion: DrawExclusion, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expert.load(exclusion.expertId);
  }
}


