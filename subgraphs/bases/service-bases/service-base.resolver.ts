import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { StateChange } from "../../../platform/history";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { actionsFrom } from "../../../platform/workflow";
import { AnnualSummary } from "../annual-summaries/annual-summary.entity";
import { canSee as canSeeSummary } from "../annual-summaries/annual-summary.visibility";
import { Batch } from "../batches/batch.entity";
import type { BasesContext } from "../context";
import { BaseEvaluation } from "../evaluations/evaluation.entity";
import { canSee as canSeeEvaluation } from "../evaluations/evaluation.visibility";
import { Organization } from "../organizations/organization.entity";
import { ServiceBase } from "./service-base.entity";
import { ContactPointArgs, CreateServiceBaseInput, ServiceBaseFilter, UpdateServiceBaseInput } from "./service-base.inputs";
import { canSeeHistory } from "./service-base.visibility";
import { BaseStatusWorkflow, mayEvaluate } from "./service-base.workflow";

const ServiceBasePage = PageOf(ServiceBase, "ServiceBase");

@Resolver(() => ServiceBase)
export class ServiceBaseResolver {
  @Query(() => ServiceBase, { nullable: true, description: "One service base by id, or null; base cards are public." })
  serviceBase(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    return ctx.loaders.serviceBase.load(id);
  }

  @Query(() => ServiceBasePage, { description: "Service bases matching the filter, by province and name." })
  serviceBases(
    @Arg("filter", () => ServiceBaseFilter, { nullable: true, description: "Filters; all optional." }) filter: ServiceBaseFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.serviceBases.list(filter ?? {}, page);
  }

  @Mutation(() => ServiceBase, { description: "Registers a service base: the national admin (any level) or a provincial office (provincial and municipal bases of its province). National designation normally follows the application workflow." })
  createServiceBase(@Arg("input", () => CreateServiceBaseInput, { description: "The base." }) input: CreateServiceBaseInput, @Ctx() ctx: BasesContext) {
    return ctx.services.serviceBases.create(ctx.caller, input);
  }

  @Mutation(() => ServiceBase, { description: "Changes a service base's descriptive fields: its operator, its province's office or the national admin." })
  updateServiceBase(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateServiceBaseInput, { description: "The changes." }) input: UpdateServiceBaseInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.serviceBases.update(ctx.caller, id, input);
  }

  @Mutation(() => ServiceBase, { description: "Makes the base its province's contact point (联系点), taking the flag from the previous one: the province's office or the national admin." })
  designateContactPoint(@Args(() => ContactPointArgs) { baseId }: ContactPointArgs, @Ctx() ctx: BasesContext) {
    return ctx.services.serviceBases.designateContactPoint(ctx.caller, baseId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organisation hosting the base." })
  hostOrganization(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return ctx.loaders.organization.load(base.hostOrganizationId);
  }

  @FieldResolver(() => Batch, { nullable: true, description: "The batch in which the base was designated." })
  batch(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return base.batchId ? ctx.loaders.batch.load(base.batchId) : null;
  }

  @FieldResolver(() => [AnnualSummary], { description: "Annual work summaries (年度工作总结), newest year first; empty unless the caller is the base's operator, its province's office or the national admin." })
  async annualSummaries(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return (await ctx.loaders.annualSummariesByBase.load(base.id)).filter((summary) => canSeeSummary(ctx.caller, summary));
  }

  @FieldResolver(() => [BaseEvaluation], { description: "Evaluations under dynamic management, newest first; empty unless the caller is the base's operator, its province's office or the national admin." })
  async evaluations(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return (await ctx.loaders.evaluationsByBase.load(base.id)).filter((evaluation) => canSeeEvaluation(ctx.caller, evaluation));
  }

  @FieldResolver(() => [StateChange], { description: "The base's history (creation, status moves by evaluations, contact point changes), oldest first; empty unless the caller is the base's operator, its province's office or the national admin." })
  async history(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return canSeeHistory(ctx.caller, base) ? ctx.loaders.serviceBaseHistory.load(base.id) : [];
  }

  @FieldResolver(() => [String], { description: "Status moves the caller's next evaluation of this base may make (continue, rectify, suspend, revoke); empty for callers who may not evaluate it." })
  availableActions(@Root() base: ServiceBase, @Ctx() ctx: BasesContext): string[] {
    return mayEvaluate(ctx.caller, base) ? actionsFrom(BaseStatusWorkflow, base.status, ctx.caller.role) : [];
  }
}
