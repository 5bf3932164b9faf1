import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { FirstArgs } from "../args";
import type { ExpertsContext } from "../context";
import { Enrollment } from "../enrollments/enrollment.entity";
import { Expert } from "../experts/expert.entity";
import { ServiceBaseRef } from "../external/service-base.stub";
import { TrainingSession } from "./training-session.entity";
import { CreateTrainingSessionInput, TrainingSessionFilter, UpdateTrainingSessionInput } from "./training-session.inputs";

const TrainingSessionPage = PageOf(TrainingSession, "TrainingSession");

@Resolver(() => TrainingSession)
export class TrainingSessionResolver {
  @Query(() => TrainingSession, { nullable: true, description: "One training session by id, or null. Sessions are public announcements: everyone sees them." })
  trainingSession(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.trainingSession.load(id);
  }

  @Query(() => TrainingSessionPage, { description: "Training sessions matching the filter, latest start first; public." })
  trainingSessions(
    @Arg("filter", () => TrainingSessionFilter, { nullable: true, description: "Filters; all optional." }) filter: TrainingSessionFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.trainingSessions.list(filter ?? {}, page);
  }

  @Mutation(() => TrainingSession, { description: "Schedules a training session; by the operator of its base or the authorities of the province where it is held." })
  createTrainingSession(@Arg("input", () => CreateTrainingSessionInput, { description: "The session." }) input: CreateTrainingSessionInput, @Ctx() ctx: ExpertsContext) {
    return ctx.services.trainingSessions.create(ctx.caller, input);
  }

  @Mutation(() => TrainingSession, { description: "Changes a training session; by the operator of its base or the authorities of its province. The capacity cannot drop below the enrolments." })
  updateTrainingSession(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateTrainingSessionInput, { description: "The changes." }) input: UpdateTrainingSessionInput,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.trainingSessions.update(ctx.caller, id, input);
  }

  @FieldResolver(() => ServiceBaseRef, { description: "The base running the session." })
  base(@Root() session: TrainingSession): ServiceBaseRef {
    return { id: session.baseId };
  }

  @FieldResolver(() => [Expert], { description: "The lecturing experts, in the order listed; only those whose profile the caller may see (none for anonymous callers and enterprises)." })
  async lecturers(@Root() session: TrainingSession, @Ctx() ctx: ExpertsContext): Promise<Expert[]> {
    const experts = await ctx.loaders.expert.loadMany(session.lecturerExpertIds);
    return experts.filter((expert): expert is Expert => expert instanceof Expert);
  }

  @FieldResolver(() => Int, { description: "Seats taken: trainees enrolled, in any state (a no-show keeps its seat). Public: it names nobody." })
  enrolledCount(@Root() session: TrainingSession, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.enrolledCountBySession.load(session.id);
  }

  @FieldResolver(() => [Enrollment], { description: "Enrolments, earliest first: all of them for those who run the session, the caller's own organisation's otherwise (none for anonymous callers)." })
  enrollments(@Root() session: TrainingSession, @Args(() => FirstArgs) { first }: FirstArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.enrollmentsBySession(session.id, { first });
  }
}
