import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { ProjectsContext } from "../context";
import { NavigationProject } from "../projects/project.entity";
import { AcceptanceReview } from "./acceptance-review.entity";
import { AcceptanceReviewFilter, CreateAcceptanceReviewInput, UpdateAcceptanceReviewInput } from "./acceptance-review.inputs";

const AcceptanceReviewPage = PageOf(AcceptanceReview, "AcceptanceReview");

@Resolver(() => AcceptanceReview)
export class AcceptanceReviewResolver {
  @Query(() => AcceptanceReview, { nullable: true, description: "One acceptance review by id, or null when it does not exist or the caller may not see its project." })
  acceptanceReview(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.acceptanceReview.load(id);
  }

  @Query(() => AcceptanceReviewPage, { description: "Acceptance reviews of projects the caller may see, matching the filter, most recent first." })
  acceptanceReviews(
    @Arg("filter", () => AcceptanceReviewFilter, { nullable: true, description: "Filters; all optional." }) filter: AcceptanceReviewFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.acceptanceReviews.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => AcceptanceReview, {
    description:
      "Records the six-dimension acceptance review of a project SUBMITTED_FOR_ACCEPTANCE; a project has one review, updated for later rounds. By the provincial office of the project's province or the national admin.",
  })
  createAcceptanceReview(
    @Arg("input", () => CreateAcceptanceReviewInput, { description: "The review." }) input: CreateAcceptanceReviewInput,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.acceptanceReviews.create(ctx.caller, input);
  }

  @Mutation(() => AcceptanceReview, {
    description: "Updates an acceptance review while its project is SUBMITTED_FOR_ACCEPTANCE or RECTIFYING. By the provincial office of the project's province or the national admin.",
  })
  updateAcceptanceReview(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateAcceptanceReviewInput, { description: "The changes." }) input: UpdateAcceptanceReviewInput,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.acceptanceReviews.update(ctx.caller, id, input);
  }

  @FieldResolver(() => NavigationProject, { nullable: true, description: "The project reviewed." })
  project(@Root() review: AcceptanceReview, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.project.load(review.projectId);
  }
}
