import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { ExpertsContext } from "../context";
import { OrganizationRef } from "../external/organization.stub";
import { TrainingSession } from "../training-sessions/training-session.entity";
import { Enrollment } from "./enrollment.entity";
import { CreateEnrollmentInput, EnrollmentFilter, UpdateEnrollmentInput } from "./enrollment.inputs";

const EnrollmentPage = PageOf(Enrollment, "Enrollment");

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => Enrollment, { nullable: true, description: "One enrolment by id, or null." })
  enrollment(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.enrollment.load(id);
  }

  @Query(() => EnrollmentPage, { description: "Enrolments matching the filter, earliest first." })
  enrollments(
    @Arg("filter", () => EnrollmentFilter, { nullable: true, description: "Filters; all optional." }) filter: EnrollmentFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.enrollments.list(filter ?? {}, page);
  }

  @Mutation(() => Enrollment, { description: "Enrols a trainee in a session; refused with CONFLICT when the session is full." })
  createEnrollment(@Arg("input", () => CreateEnrollmentInput, { description: "The enrolment." }) input: CreateEnrollmentInput, @Ctx() ctx: ExpertsContext) {
    return ctx.services.enrollments.create(ctx.caller, input);
  }

  @Mutation(() => Enrollment, { description: "Changes an enrolment's trainee details." })
  updateEnrollment(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateEnrollmentInput, { description: "The changes." }) input: UpdateEnrollmentInput,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.enrollments.update(ctx.caller, id, input);
  }

  @FieldResolver(() => TrainingSession, { description: "The session." })
  session(@Root() enrollment: Enrollment, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.trainingSession.load(enrollment.sessionId);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The trainee's organisation, when it is registered." })
  traineeOrganization(@Root() enrollment: Enrollment): OrganizationRef | null {
    return enrollment.traineeOrganizationId ? { id: enrollment.traineeOrganizationId } : null;
  }
}
