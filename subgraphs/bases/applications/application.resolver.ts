import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { StateChange } from "../../../platform/history";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { actionsFrom } from "../../../platform/workflow";
import { Batch } from "../batches/batch.entity";
import type { BasesContext } from "../context";
import { Organization } from "../organizations/organization.entity";
import { ServiceBase } from "../service-bases/service-base.entity";
import { ActionArgs } from "../workflow-args";
import { BaseApplication } from "./application.entity";
import { BaseApplicationFilter, CreateBaseApplicationInput, UpdateBaseApplicationInput } from "./application.inputs";
import { canSee } from "./application.visibility";
import { BaseApplicationWorkflow, mayTakeAction, type ApplicationAction } from "./application.workflow";

const BaseApplicationPage = PageOf(BaseApplication, "BaseApplication");

@Resolver(() => BaseApplication)
export class BaseApplicationResolver {
  @Query(() => BaseApplication, { nullable: true, description: "One application by id, or null when it does not exist or the caller may not see it." })
  async baseApplication(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    const application = await ctx.loaders.application.load(id);
    return application && canSee(ctx.caller, application) ? application : null;
  }

  @Query(() => BaseApplicationPage, { description: "Applications the caller may see that match the filter, newest first." })
  baseApplications(
    @Arg("filter", () => BaseApplicationFilter, { nullable: true, description: "Filters; all optional." }) filter: BaseApplicationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.applications.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => BaseApplication, { description: "Starts an application as a draft: the applicant organisation itself (its orgId) or the national admin." })
  createBaseApplication(
    @Arg("input", () => CreateBaseApplicationInput, { description: "The application." }) input: CreateBaseApplicationInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.applications.create(ctx.caller, input);
  }

  @Mutation(() => BaseApplication, { description: "Edits a draft or returned application: the applicant only." })
  updateBaseApplication(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateBaseApplicationInput, { description: "The changes." }) input: UpdateBaseApplicationInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.applications.update(ctx.caller, id, input);
  }

  @Mutation(() => BaseApplication, { description: "提交 DRAFT → SUBMITTED, by the applicant, within the batch's submission window; checks the eligibility facts of 58号." })
  submitBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "submit");
  }

  @Mutation(() => BaseApplication, { description: "省局审核 SUBMITTED → PROVINCE_REVIEWING, by the provincial office (the national admin for ministry-route applications)." })
  startReviewBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "startReview");
  }

  @Mutation(() => BaseApplication, { description: "退回修改 PROVINCE_REVIEWING → RETURNED for changes, by the reviewer; a reason is required." })
  returnBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "return");
  }

  @Mutation(() => BaseApplication, { description: "重新提交 RETURNED → SUBMITTED, by the applicant, until the provincial review closes; checks the eligibility facts again." })
  resubmitBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "resubmit");
  }

  @Mutation(() => BaseApplication, { description: "推荐 PROVINCE_REVIEWING → RECOMMENDED, by the reviewer, within the province's quota of non-exempt recommendations per batch." })
  recommendBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "recommend");
  }

  @Mutation(() => BaseApplication, { description: "不予推荐 PROVINCE_REVIEWING → NOT_RECOMMENDED, by the reviewer; a reason is required." })
  declineBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "decline");
  }

  @Mutation(() => BaseApplication, { description: "国家局复核 RECOMMENDED → NATIONAL_RECHECK, by the national admin." })
  startRecheckBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "startRecheck");
  }

  @Mutation(() => BaseApplication, { description: "公示 NATIONAL_RECHECK → IN_PUBLICITY, by the national admin; opens the batch's publicity window (公示)." })
  publiciseBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "publicise");
  }

  @Mutation(() => BaseApplication, { description: "复核未通过 NATIONAL_RECHECK → RECHECK_FAILED, by the national admin; a reason is required." })
  failRecheckBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "failRecheck");
  }

  @Mutation(() => BaseApplication, { description: "确定 IN_PUBLICITY → CONFIRMED, by the national admin once the publicity window has closed; creates the national service base." })
  confirmBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "confirm");
  }

  @Mutation(() => BaseApplication, { description: "撤回 Any state before CONFIRMED (except NOT_RECOMMENDED and RECHECK_FAILED) → WITHDRAWN, by the applicant; a reason is required." })
  withdrawBaseApplication(@Args(() => ActionArgs) args: ActionArgs, @Ctx() ctx: BasesContext) {
    return act(ctx, args, "withdraw");
  }

  @FieldResolver(() => Batch, { nullable: true, description: "The batch applied to." })
  batch(@Root() application: BaseApplication, @Ctx() ctx: BasesContext) {
    return ctx.loaders.batch.load(application.batchId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The applicant organisation." })
  applicant(@Root() application: BaseApplication, @Ctx() ctx: BasesContext) {
    return ctx.loaders.organization.load(application.applicantOrganizationId);
  }

  @FieldResolver(() => ServiceBase, { nullable: true, description: "The base created on confirmation." })
  serviceBase(@Root() application: BaseApplication, @Ctx() ctx: BasesContext) {
    return application.serviceBaseId ? ctx.loaders.serviceBase.load(application.serviceBaseId) : null;
  }

  @FieldResolver(() => [StateChange], { description: "The application's workflow history, oldest first." })
  history(@Root() application: BaseApplication, @Ctx() ctx: BasesContext) {
    return ctx.loaders.applicationHistory.load(application.id);
  }

  @FieldResolver(() => [String], { description: "Workflow actions the caller may take next (e.g. submit, recommend); the mutation of each is <action>BaseApplication." })
  availableActions(@Root() application: BaseApplication, @Ctx() ctx: BasesContext): string[] {
    return actionsFrom(BaseApplicationWorkflow, application.status, ctx.caller.role).filter((action) => mayTakeAction(ctx.caller, application, action));
  }
}

function act(ctx: BasesContext, { id, note }: ActionArgs, action: ApplicationAction) {
  return ctx.services.applications.transition(ctx.caller, id, action, note);
}
