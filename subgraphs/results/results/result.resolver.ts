import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { StateChange } from "../../../platform/history";
import type { ResultsContext } from "../context";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { OrganizationRef } from "../external/organization.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { ResultChapter } from "./result-chapter.entity";
import { Result } from "./result.entity";
import { CreateResultInput, ResultFilter, UpdateResultInput } from "./result.inputs";
import { availableResultActions } from "./result.transitions";
import { isResultInsider } from "./result.visibility";

const ResultPage = PageOf(Result, "Result");

@Resolver(() => Result)
export class ResultResolver {
  @Query(() => Result, { nullable: true, description: "One result by id, or null when it is missing or the caller may not see it." })
  result(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.result.load(id);
  }

  @Query(() => ResultPage, { description: "Results the caller may see matching the filter, newest year first; the total counts only those." })
  results(
    @Arg("filter", () => ResultFilter, { nullable: true, description: "Filters; all optional." }) filter: ResultFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.results.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => Result, {
    description: "Starts a result of a project as a draft, with its chapters: the project's base operator, one of its service organisations (SERVICE_ORG) or the authorities of its province.",
  })
  createResult(@Arg("input", () => CreateResultInput, { description: "The result." }) input: CreateResultInput, @Ctx() ctx: ResultsContext) {
    return ctx.services.results.create(ctx, input);
  }

  @Mutation(() => Result, { description: "Changes a DRAFT or RETURNED result's descriptive fields (same authors as createResult); given chapters replace all chapters." })
  async updateResult(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateResultInput, { description: "The changes." }) input: UpdateResultInput,
    @Ctx() ctx: ResultsContext,
  ) {
    const result = await ctx.services.results.update(ctx, id, input);
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

  @FieldResolver(() => [OrganizationRef], {
    description: "For targeted release: the organisations of the intended audience. Empty unless the caller is an authority, the base's operator, the sponsor or a service organisation of the project.",
  })
  audienceOrganizations(@Root() result: Result, @Ctx() ctx: ResultsContext): OrganizationRef[] {
    return isResultInsider(ctx.caller, result) ? result.audienceOrganizationIds.map((id) => ({ id })) : [];
  }

  @FieldResolver(() => [StateChange], {
    description: "Workflow history, oldest first. Empty unless the caller is an authority, the base's operator, the sponsor or a service organisation of the project.",
  })
  async history(@Root() result: Result, @Ctx() ctx: ResultsContext): Promise<StateChange[]> {
    return isResultInsider(ctx.caller, result) ? ctx.loaders.resultHistory.load(result.id) : [];
  }

  @FieldResolver(() => [String], { description: "Workflow actions the caller may take next, e.g. submit, admit, release (each is a mutation)." })
  availableActions(@Root() result: Result, @Ctx() ctx: ResultsContext): string[] {
    return availableResultActions(ctx.caller, result);
  }
}
