import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { StateChange } from "../../../platform/history";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { actionsFrom } from "../../../platform/workflow";
import { TransitionArgs } from "../args";
import type { ExpertsContext } from "../context";
import { OrganizationRef } from "../external/organization.stub";
import { TrainingSession } from "../training-sessions/training-session.entity";
import { runsSession } from "../training-sessions/training-session.visibility";
import { Enrollment } from "./enrollment.entity";
import { CreateEnrollmentInput, EnrollmentFilter, UpdateEnrollmentInput } from "./enrollment.inputs";
import { EnrollmentWorkflow } from "./enrollment.workflow";

const EnrollmentPage = PageOf(Enrollment, "Enrollment");

const WHO = "By the session's base operator, the provincial office of the session's province or the national admin.";

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => Enrollment, { nullable: true, description: "One enrolment by id, or null when missing or not visible to the caller." })
  enrollment(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.enrollment.load(id);
  }

  @Query(() => EnrollmentPage, {
    description: "Enrolments matching the filter, earliest first: those of sessions the caller runs (base operator, provincial office of the session's province, national admin) and those of the caller's own organisation.",
  })
  enrollments(
    @Arg("filter", () => EnrollmentFilter, { nullable: true, description: "Filters; all optional." }) filter: EnrollmentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.enrollments.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => Enrollment, {
    description:
      "Enrols a trainee (APPLIED). The session's base operator and the authorities of its province enrol anyone; an enterprise or service organisation only its own staff (traineeOrganizationId = its organisation). CONFLICT \"session is full\" when every seat is taken (every enrolment, a no-show included, holds its seat).",
  })
  createEnrollment(@Arg("input", () => CreateEnrollmentInput, { description: "The enrolment." }) input: CreateEnrollmentInput, @Ctx() ctx: ExpertsContext) {
    return ctx.services.enrollments.create(ctx.caller, input);
  }

  @Mutation(() => Enrollment, { description: "Changes an enrolment's trainee details while it is APPLIED or CONFIRMED; by those who may enrol the trainee." })
  updateEnrollment(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateEnrollmentInput, { description: "The changes." }) input: UpdateEnrollmentInput,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.enrollments.update(ctx.caller, id, input);
  }

  @Mutation(() => Enrollment, { description: `Confirms an enrolment: APPLIED → CONFIRMED. ${WHO}` })
  confirmEnrollment(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.enrollments.transition(ctx.caller, id, "confirm", note);
  }

  @Mutation(() => Enrollment, { description: `Records that the trainee attended: CONFIRMED → ATTENDED, once the session has started. ${WHO}` })
  markEnrollmentAttended(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.enrollments.transition(ctx.caller, id, "markAttended", note);
  }

  @Mutation(() => Enrollment, { description: `Records that the trainee did not come: CONFIRMED → NO_SHOW, once the session has started; the seat stays taken. ${WHO}` })
  markEnrollmentNoShow(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.enrollments.transition(ctx.caller, id, "markNoShow", note);
  }

  @Mutation(() => Enrollment, { description: `Passes the trainee: ATTENDED → PASSED, issuing the certificate number ZLDH-PX-<year of the session's start>-<6-digit serial>. ${WHO}` })
  passEnrollment(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.enrollments.transition(ctx.caller, id, "pass", note);
  }

  @FieldResolver(() => TrainingSession, { description: "The session." })
  session(@Root() enrollment: Enrollment, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.trainingSession.load(enrollment.sessionId);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The trainee's organisation, when it is registered." })
  traineeOrganization(@Root() enrollment: Enrollment): OrganizationRef | null {
    return enrollment.traineeOrganizationId ? { id: enrollment.traineeOrganizationId } : null;
  }

  @FieldResolver(() => [StateChange], { description: "The enrolment's workflow history, oldest first." })
  history(@Root() enrollment: Enrollment, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.enrollmentHistory.load(enrollment.id);
  }

  @FieldResolver(() => [String], { description: "Workflow actions the caller may take next on this enrolment: confirm, markAttended, markNoShow, pass." })
  async availableActions(@Root() enrollment: Enrollment, @Ctx() ctx: ExpertsContext): Promise<string[]> {
    const session = await ctx.loaders.trainingSession.load(enrollment.sessionId);
    if (!session || !runsSession(ctx.caller, session)) return [];
    const started = session.startsAt.getTime() <= ctx.clock().getTime();
    return actionsFrom(EnrollmentWorkflow, enrollment.status, ctx.caller.role).filter((action) => started || (action !== "markAttended" && action !== "markNoShow"));
  }
}
