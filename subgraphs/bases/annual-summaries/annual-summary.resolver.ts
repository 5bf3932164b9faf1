import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { BasesContext } from "../context";
import { ServiceBase } from "../service-bases/service-base.entity";
import { AnnualSummary } from "./annual-summary.entity";
import { AnnualFiguresInput, AnnualSummaryFilter, CreateAnnualSummaryInput } from "./annual-summary.inputs";

const AnnualSummaryPage = PageOf(AnnualSummary, "AnnualSummary");

@Resolver(() => AnnualSummary)
export class AnnualSummaryResolver {
  @Query(() => AnnualSummary, { nullable: true, description: "One annual summary by id, or null." })
  annualSummary(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    return ctx.loaders.annualSummary.load(id);
  }

  @Query(() => AnnualSummaryPage, { description: "Annual summaries, newest year first." })
  annualSummaries(
    @Arg("filter", () => AnnualSummaryFilter, { nullable: true, description: "Filters; all optional." }) filter: AnnualSummaryFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.annualSummaries.list(filter ?? {}, page);
  }

  @Mutation(() => AnnualSummary, { description: "Starts a base's summary of a year." })
  createAnnualSummary(@Arg("input", () => CreateAnnualSummaryInput, { description: "The summary." }) input: CreateAnnualSummaryInput, @Ctx() ctx: BasesContext) {
    return ctx.services.annualSummaries.create(ctx.caller, input);
  }

  @Mutation(() => AnnualSummary, { description: "Changes a summary that has not been submitted." })
  updateAnnualSummary(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => AnnualFiguresInput, { description: "The changes." }) input: AnnualFiguresInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.annualSummaries.update(ctx.caller, id, input);
  }

  @FieldResolver(() => ServiceBase, { nullable: true, description: "The base." })
  base(@Root() summary: AnnualSummary, @Ctx() ctx: BasesContext) {
    return ctx.loaders.serviceBase.load(summary.baseId);
  }
}
