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
  @Query(() => AcceptanceReview, { nullable: true, description: "One acceptance review by id, or null." })
  acceptanceReview(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ProjectsContext) {
    return ctx.loaders.acceptanceReview.load(id);
  }

  @Query(() => AcceptanceReviewPage, { description: "Acceptance reviews matching the filter, most recent first." })
  acceptanceReviews(
    @Arg("filter", () => AcceptanceReviewFilter, { nullable: true, description: "Filters; all optional." }) filter: AcceptanceReviewFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.acceptanceReviews.list(filter ?? {}, page);
  }

  @Mutation(() => AcceptanceReview, { description: "Records the acceptance review of a project; a project has at most one." })
  createAcceptanceReview(
    @Arg("input", () => CreateAcceptanceReviewInput, { description: "The review." }) input: CreateAcceptanceReviewInput,
    @Ctx() ctx: ProjectsContext,
  ) {
    return ctx.services.acceptanceReviews.create(ctx.caller, input);
  }

  @Mutation(() => AcceptanceReview, { description: "Corrects an acceptance review." })
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
