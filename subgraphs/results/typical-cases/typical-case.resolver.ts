import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { StateChange } from "../../../platform/history";
import type { ResultsContext } from "../context";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { Result } from "../results/result.entity";
import { TypicalCase } from "./typical-case.entity";
import { CreateTypicalCaseInput, TypicalCaseFilter, UpdateTypicalCaseInput } from "./typical-case.inputs";
import { availableCaseActions } from "./typical-case.service";
import { isCaseInsider } from "./typical-case.visibility";

const TypicalCasePage = PageOf(TypicalCase, "TypicalCase");

@Resolver(() => TypicalCase)
export class TypicalCaseResolver {
  @Query(() => TypicalCase, { nullable: true, description: "One typical case by id, or null when it is missing or the caller may not see it (before publication only the base's operator and the authorities see a case)." })
  typicalCase(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.typicalCase.load(id);
  }

  @Query(() => TypicalCasePage, { description: "Typical cases the caller may see matching the filter, newest year first; the total counts only those." })
  typicalCases(
    @Arg("filter", () => TypicalCaseFilter, { nullable: true, description: "Filters; all optional." }) filter: TypicalCaseFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.typicalCases.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => TypicalCase, {
    description: "推荐 Nominates a typical case (→ NOMINATED) for an IN_LIBRARY or RELEASED result: the result's base operator or the authorities of its province; at least one outcome figure.",
  })
  createTypicalCase(@Arg("input", () => CreateTypicalCaseInput, { description: "The case." }) input: CreateTypicalCaseInput, @Ctx() ctx: ResultsContext) {
    return ctx.services.typicalCases.create(ctx, input);
  }

  @Mutation(() => TypicalCase, { description: "Changes a typical case's narrative while NOMINATED, SHORTLISTED or SELECTED: the base's operator or the authorities of its province." })
  async updateTypicalCase(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateTypicalCaseInput, { description: "The changes." }) input: UpdateTypicalCaseInput,
    @Ctx() ctx: ResultsContext,
  ) {
    const typicalCase = await ctx.services.typicalCases.update(ctx, id, input);
    ctx.loaders.typicalCase.clear(id);
    return typicalCase;
  }

  @FieldResolver(() => Result, { nullable: true, description: "The result the case applies; null when the caller may not see the result." })
  result(@Root() typicalCase: TypicalCase, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.result.load(typicalCase.resultId);
  }

  @FieldResolver(() => ServiceBaseRef, { nullable: true, description: "The service base that ran the project." })
  base(@Root() typicalCase: TypicalCase): ServiceBaseRef {
    return { id: typicalCase.baseId };
  }

  @FieldResolver(() => NavigationProjectRef, { nullable: true, description: "The project behind the case." })
  project(@Root() typicalCase: TypicalCase): NavigationProjectRef {
    return { id: typicalCase.projectId };
  }

  @FieldResolver(() => [StateChange], { description: "Workflow history, oldest first. Empty unless the caller is the base's operator or an authority of its province." })
  async history(@Root() typicalCase: TypicalCase, @Ctx() ctx: ResultsContext): Promise<StateChange[]> {
    return isCaseInsider(ctx.caller, typicalCase) ? ctx.loaders.typicalCaseHistory.load(typicalCase.id) : [];
  }

  @FieldResolver(() => [String], { description: "Workflow actions the caller may take next, e.g. shortlist, publish (each is a mutation)." })
  availableActions(@Root() typicalCase: TypicalCase, @Ctx() ctx: ResultsContext): string[] {
    return availableCaseActions(ctx.caller, typicalCase);
  }
}
