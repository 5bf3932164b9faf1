import { IsOptional, Max, MaxLength, Min } from "class-validator";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { StateChange } from "../../../platform/history";
import { IdArgs, IsEntityId } from "../../../platform/validators";
import { actionsFrom } from "../../../platform/workflow";
import { TransitionArgs } from "../args";
import type { ExpertsContext } from "../context";
import { Expert } from "../experts/expert.entity";
import { DrawRecord } from "../matchmaking/draw-record.entity";
import { Engagement } from "./engagement.entity";
import { actsOnEngagement, EngagementWorkflow } from "./engagement.workflow";

@ArgsType()
class AcceptEngagementArgs extends TransitionArgs {
  @Field(() => Boolean, { description: "The expert declares no conflict of interest with the project; must be true." })
  noConflictDeclared: boolean;
}

@ArgsType()
class RateEngagementArgs {
  @Field(() => ID, { description: "Id of the engagement." })
  @IsEntityId()
  id: string;

  @Field(() => Int, { description: "Rating, 1–5." })
  @Min(1)
  @Max(5)
  rating: number;

  @Field(() => String, { nullable: true, description: "Comment, at most 1,000 characters." })
  @IsOptional()
  @MaxLength(1000)
  comment?: string;
}

const BASE_WHO = "By the requesting base's operator, the provincial office of the request's province or the national admin.";

@Resolver(() => Engagement)
export class EngagementResolver {
  @Query(() => Engagement, { nullable: true, description: "One engagement by id, or null when missing or not visible (the expert, the requesting base's operator, the authorities of the request's province)." })
  engagement(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.engagements.load(id);
  }

  @Mutation(() => [Engagement], { description: `Proposes one engagement (PROPOSED) per expert the draw selected, in selection order; CONFLICT when the draw's engagements were already proposed. ${BASE_WHO}` })
  proposeEngagements(@Arg("drawRecordId", () => ID, { description: "The draw record." }) drawRecordId: string, @Ctx() ctx: ExpertsContext) {
    return ctx.services.engagements.propose(ctx.caller, drawRecordId);
  }

  @Mutation(() => Engagement, { description: `Invites the expert: PROPOSED → INVITED. ${BASE_WHO}` })
  inviteEngagement(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.engagements.transition(ctx.caller, id, "invite", { note });
  }

  @Mutation(() => Engagement, { description: "Accepts the invitation: INVITED → ACCEPTED, by the expert, who must declare no conflict of interest (noConflictDeclared: true)." })
  acceptEngagement(@Args(() => AcceptEngagementArgs) { id, note, noConflictDeclared }: AcceptEngagementArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.engagements.transition(ctx.caller, id, "accept", { note, noConflictDeclared });
  }

  @Mutation(() => Engagement, { description: "Declines the invitation: INVITED → DECLINED, by the expert; the note (the reason) is required." })
  declineEngagement(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.engagements.transition(ctx.caller, id, "decline", { note });
  }

  @Mutation(() => Engagement, { description: `Records the work done: ACCEPTED → COMPLETED. ${BASE_WHO}` })
  completeEngagement(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.engagements.transition(ctx.caller, id, "complete", { note });
  }

  @Mutation(() => Engagement, { description: `Rates the expert's work: COMPLETED → RATED; the expert's rating becomes the new average. ${BASE_WHO}` })
  rateEngagement(@Args(() => RateEngagementArgs) { id, rating, comment }: RateEngagementArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.engagements.transition(ctx.caller, id, "rate", { rating, comment });
  }

  @Mutation(() => Engagement, { description: "Recuses the expert: PROPOSED, INVITED or ACCEPTED → RECUSED, by the expert or the base side; the note (the reason) is required." })
  recuseEngagement(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.engagements.transition(ctx.caller, id, "recuse", { note });
  }

  @FieldResolver(() => Expert, { nullable: true, description: "The expert, when visible to the caller." })
  expert(@Root() engagement: Engagement, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expert.load(engagement.expertId);
  }

  @FieldResolver(() => DrawRecord, { nullable: true, description: "The draw record, when visible to the caller." })
  drawRecord(@Root() engagement: Engagement, @Ctx() ctx: ExpertsContext) {
    return ctx.drawRecords.load(engagement.drawRecordId);
  }

  @FieldResolver(() => [StateChange], { description: "The engagement's workflow history, oldest first." })
  history(@Root() engagement: Engagement, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.engagementHistory.load(engagement.id);
  }

  @FieldResolver(() => [String], { description: "Workflow actions the caller may take next: invite, accept, decline, complete, rate, recuse." })
  availableActions(@Root() engagement: Engagement, @Ctx() ctx: ExpertsContext): string[] {
    return actsOnEngagement(ctx.caller, engagement) ? actionsFrom(EngagementWorkflow, engagement.status, ctx.caller.role) : [];
  }
}
