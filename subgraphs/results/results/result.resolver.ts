import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { ResultsContext } from "../context";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { OrganizationRef } from "../external/organization.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { ResultChapter } from "./result-chapter.entity";
import { Result } from "./result.entity";
import { CreateResultInput, ResultFilter, UpdateResultInput } from "./result.inputs";

const ResultPage = PageOf(Result, "Result");

@Resolver(() => Result)
export class ResultResolver {
  @Query(() => Result, { nullable: true, description: "One result by id, or null." })
  result(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.result.load(id);
  }

  @Query(() => ResultPage, { description: "Results matching the filter, newest year first." })
  results(
    @Arg("filter", () => ResultFilter, { nullable: true, description: "Filters; all optional." }) filter: ResultFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.results.list(filter ?? {}, page);
  }

  @Mutation(() => Result, { description: "Starts a result as a draft, with its chapters." })
  createResult(@Arg("input", () => CreateResultInput, { description: "The result." }) input: CreateResultInput, @Ctx() ctx: ResultsContext) {
    return ctx.services.results.create(ctx.caller, input);
  }

  @Mutation(() => Result, { description: "Changes a result's descriptive fields; given chapters replace all chapters." })
  async updateResult(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateResultInput, { description: "The changes." }) input: UpdateResultInput,
    @Ctx() ctx: ResultsContext,
  ) {
    const result = await ctx.services.results.update(ctx.caller, id, input);
    // An earlier field of the same operation may have cached the old state.
    ctx.loaders.result.clear(id);
    ctx.loaders.chaptersByResult.clear(id);
    return result;
  }

  @FieldResolver(() => [ResultChapter], { description: "Chapters in reading order." })
  chapters(@Root() result: Result, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.chaptersByResult.load(result.id);
  }

  @FieldResolver(() => NavigationProjectRef, { nullable: true, description: "The project that produced the result." })
  project(@Root() result: Result): NavigationProjectRef {
    return { id: result.projectId };
  }

  @FieldResolver(() => ServiceBaseRef, { nullable: true, description: "The service base that ran the project." })
  base(@Root() result: Result): ServiceBaseRef {
    return { id: result.baseId };
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The sponsor (委托方) of the project." })
  sponsor(@Root() result: Result): OrganizationRef {
    return { id: result.sponsorOrganizationId };
  }

  @FieldResolver(() => [OrganizationRef], { description: "For targeted release: the organisations of the intended audience." })
  audienceOrganizations(@Root() result: Result): OrganizationRef[] {
    return result.audienceOrganizationIds.map((id) => ({ id }));
  }
}
