import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { BasesContext } from "../context";
import { ServiceBase } from "../service-bases/service-base.entity";
import { BaseEvaluation } from "./evaluation.entity";
import { BaseEvaluationFilter, CreateBaseEvaluationInput, UpdateBaseEvaluationInput } from "./evaluation.inputs";

const BaseEvaluationPage = PageOf(BaseEvaluation, "BaseEvaluation");

@Resolver(() => BaseEvaluation)
export class BaseEvaluationResolver {
  @Query(() => BaseEvaluation, { nullable: true, description: "One evaluation by id, or null." })
  baseEvaluation(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    return ctx.loaders.evaluation.load(id);
  }

  @Query(() => BaseEvaluationPage, { description: "Evaluations, newest first." })
  baseEvaluations(
    @Arg("filter", () => BaseEvaluationFilter, { nullable: true, description: "Filters; all optional." }) filter: BaseEvaluationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.evaluations.list(filter ?? {}, page);
  }

  @Mutation(() => BaseEvaluation, { description: "Records an evaluation of a base." })
  createBaseEvaluation(@Arg("input", () => CreateBaseEvaluationInput, { description: "The evaluation." }) input: CreateBaseEvaluationInput, @Ctx() ctx: BasesContext) {
    return ctx.services.evaluations.create(ctx.caller, input);
  }

  @Mutation(() => BaseEvaluation, { description: "Corrects an evaluation's comments." })
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
