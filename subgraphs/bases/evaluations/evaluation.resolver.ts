import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { BasesContext } from "../context";
import { ServiceBase } from "../service-bases/service-base.entity";
import { BaseEvaluation } from "./evaluation.entity";
import { BaseEvaluationFilter, CreateBaseEvaluationInput, UpdateBaseEvaluationInput } from "./evaluation.inputs";
import { canSee } from "./evaluation.visibility";

const BaseEvaluationPage = PageOf(BaseEvaluation, "BaseEvaluation");

@Resolver(() => BaseEvaluation)
export class BaseEvaluationResolver {
  @Query(() => BaseEvaluation, { nullable: true, description: "One evaluation by id, or null when it does not exist or the caller may not see it." })
  async baseEvaluation(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    const evaluation = await ctx.loaders.evaluation.load(id);
    return evaluation && canSee(ctx.caller, evaluation) ? evaluation : null;
  }

  @Query(() => BaseEvaluationPage, { description: "Evaluations the caller may see, newest first." })
  baseEvaluations(
    @Arg("filter", () => BaseEvaluationFilter, { nullable: true, description: "Filters; all optional." }) filter: BaseEvaluationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.evaluations.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => BaseEvaluation, { description: "Records an evaluation of a base and moves the base as its conclusion says: the national admin for national bases, the province's office for provincial and municipal bases of its province." })
  createBaseEvaluation(@Arg("input", () => CreateBaseEvaluationInput, { description: "The evaluation." }) input: CreateBaseEvaluationInput, @Ctx() ctx: BasesContext) {
    return ctx.services.evaluations.create(ctx.caller, input);
  }

  @Mutation(() => BaseEvaluation, { description: "Corrects an evaluation's comments: the authority that may evaluate the base." })
  updateBaseEvaluation(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateBaseEvaluationInput, { description: "The changes." }) input: UpdateBaseEvaluationInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.evaluations.update(ctx.caller, id, input);
  }

  @FieldResolver(() => ServiceBase, { nullable: true, description: "The base evaluated." })
  base(@Root() evaluation: BaseEvaluation, @Ctx() ctx: BasesContext) {
    return ctx.loaders.serviceBase.load(evaluation.baseId);
  }
}
