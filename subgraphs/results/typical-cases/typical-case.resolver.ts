import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { ResultsContext } from "../context";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { Result } from "../results/result.entity";
import { TypicalCase } from "./typical-case.entity";
import { CreateTypicalCaseInput, TypicalCaseFilter, UpdateTypicalCaseInput } from "./typical-case.inputs";

const TypicalCasePage = PageOf(TypicalCase, "TypicalCase");

@Resolver(() => TypicalCase)
export class TypicalCaseResolver {
  @Query(() => TypicalCase, { nullable: true, description: "One typical case by id, or null." })
  typicalCase(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.typicalCase.load(id);
  }

  @Query(() => TypicalCasePage, { description: "Typical cases matching the filter, newest year first." })
  typicalCases(
    @Arg("filter", () => TypicalCaseFilter, { nullable: true, description: "Filters; all optional." }) filter: TypicalCaseFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.typicalCases.list(filter ?? {}, page);
  }

  @Mutation(() => TypicalCase, { description: "Nominates a typical case for a result." })
  createTypicalCase(@Arg("input", () => CreateTypicalCaseInput, { description: "The case." }) input: CreateTypicalCaseInput, @Ctx() ctx: ResultsContext) {
    return ctx.services.typicalCases.create(ctx.caller, input);
  }

  @Mutation(() => TypicalCase, { description: "Changes a typical case's narrative." })
  updateTypicalCase(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateTypicalCaseInput, { description: "The changes." }) input: UpdateTypicalCaseInput,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.typicalCases.update(ctx.caller, id, input);
  }

  @FieldResolver(() => Result, { nullable: true, description: "The result the case applies." })
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
}
