import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { operatesBase } from "../../../platform/access";
import { LocalDate } from "../../../platform/federation";
import { StateChange } from "../../../platform/history";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { actionsFrom } from "../../../platform/workflow";
import type { BasesContext } from "../context";
import { AnnualSummaryStatus } from "../enums";
import { ServiceBase } from "../service-bases/service-base.entity";
import { ActionArgs } from "../workflow-args";
import { AnnualSummary } from "./annual-summary.entity";
import { AnnualFiguresInput, AnnualSummaryFilter, CreateAnnualSummaryInput } from "./annual-summary.inputs";
import { dueOn, isLate, statusOf } from "./annual-summary.service";
import { canSee } from "./annual-summary.visibility";
import { AnnualSummaryWorkflow } from "./annual-summary.workflow";

const AnnualSummaryPage = PageOf(AnnualSummary, "AnnualSummary");

@Resolver(() => AnnualSummary)
export class AnnualSummaryResolver {
  @Query(() => AnnualSummary, { nullable: true, description: "One annual summary by id, or null when it does not exist or the caller may not see it." })
  async annualSummary(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    const summary = await ctx.loaders.annualSummary.load(id);
    return summary && canSee(ctx.caller, summary) ? summary : null;
  }

  @Query(() => AnnualSummaryPage, { description: "Annual summaries the caller may see, newest year first." })
  annualSummaries(
    @Arg("filter", () => AnnualSummaryFilter, { nullable: true, description: "Filters; all optional." }) filter: AnnualSummaryFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.annualSummaries.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => AnnualSummary, { description: "Starts a base's summary of a year: the base's operator only." })
  createAnnualSummary(@Arg("input", () => CreateAnnualSummaryInput, { description: "The summary." }) input: CreateAnnualSummaryInput, @Ctx() ctx: BasesContext) {
    return ctx.services.annualSummaries.create(ctx.caller, input);
  }

  @Mutation(() => AnnualSummary, { description: "Changes a summary that has not been submitted: the base's operator only." })
  updateAnnualSummary(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => AnnualFiguresInput, { description: "The changes." }) input: AnnualFiguresInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.annualSummaries.update(ctx.caller, id, input);
  }

  @Mutation(() => AnnualSummary, { description: "DRAFT → SUBMITTED (报送): the base's operator; fixes the summary and its submission time." })
  submitAnnualSummary(@Args(() => ActionArgs) { id, note }: ActionArgs, @Ctx() ctx: BasesContext) {
    return ctx.services.annualSummaries.submit(ctx.caller, id, note);
  }

  @FieldResolver(() => ServiceBase, { nullable: true, description: "The base." })
  base(@Root() summary: AnnualSummary, @Ctx() ctx: BasesContext) {
    return ctx.loaders.serviceBase.load(summary.baseId);
  }

  @FieldResolver(() => AnnualSummaryStatus, { description: "Draft until submitted." })
  status(@Root() summary: AnnualSummary): AnnualSummaryStatus {
    return statusOf(summary);
  }

  @FieldResolver(() => LocalDate, { description: "The day the summary is due under the policy in force (by default 31 December of its year)." })
  dueOn(@Root() summary: AnnualSummary, @Ctx() ctx: BasesContext): string {
    return dueOn(summary, ctx.rules.policy);
  }

  @FieldResolver(() => Boolean, { description: "Submitted after its due day, or not submitted although the due day has passed (days in China)." })
  late(@Root() summary: AnnualSummary, @Ctx() ctx: BasesContext): boolean {
    return isLate(summary, ctx.rules.policy, ctx.rules.now());
  }

  @FieldResolver(() => [StateChange], { description: "The summary's history (creation, submission), oldest first." })
  history(@Root() summary: AnnualSummary, @Ctx() ctx: BasesContext) {
    return ctx.loaders.annualSummaryHistory.load(summary.id);
  }

  @FieldResolver(() => [String], { description: "Workflow actions the caller may take next (submit); the mutation is submitAnnualSummary." })
  availableActions(@Root() summary: AnnualSummary, @Ctx() ctx: BasesContext): string[] {
    return operatesBase(ctx.caller, summary.baseId) ? actionsFrom(AnnualSummaryWorkflow, statusOf(summary), ctx.caller.role) : [];
  }
}
