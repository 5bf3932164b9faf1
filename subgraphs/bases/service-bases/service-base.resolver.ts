import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { AnnualSummary } from "../annual-summaries/annual-summary.entity";
import { Batch } from "../batches/batch.entity";
import type { BasesContext } from "../context";
import { BaseEvaluation } from "../evaluations/evaluation.entity";
import { Organization } from "../organizations/organization.entity";
import { ServiceBase } from "./service-base.entity";
import { CreateServiceBaseInput, ServiceBaseFilter, UpdateServiceBaseInput } from "./service-base.inputs";

const ServiceBasePage = PageOf(ServiceBase, "ServiceBase");

@Resolver(() => ServiceBase)
export class ServiceBaseResolver {
  @Query(() => ServiceBase, { nullable: true, description: "One service base by id, or null." })
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

  @Mutation(() => ServiceBase, { description: "Registers a service base (designation itself follows the application workflow)." })
  createServiceBase(@Arg("input", () => CreateServiceBaseInput, { description: "The base." }) input: CreateServiceBaseInput, @Ctx() ctx: BasesContext) {
    return ctx.services.serviceBases.create(ctx.caller, input);
  }

  @Mutation(() => ServiceBase, { description: "Changes a service base's descriptive fields." })
  updateServiceBase(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateServiceBaseInput, { description: "The changes." }) input: UpdateServiceBaseInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.serviceBases.update(ctx.caller, id, input);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organisation hosting the base." })
  hostOrganization(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return ctx.loaders.organization.load(base.hostOrganizationId);
  }

  @FieldResolver(() => Batch, { nullable: true, description: "The batch in which the base was designated." })
  batch(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return base.batchId ? ctx.loaders.batch.load(base.batchId) : null;
  }

  @FieldResolver(() => [AnnualSummary], { description: "Annual work summaries (年度工作总结), newest year first." })
  annualSummaries(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return ctx.loaders.annualSummariesByBase.load(base.id);
  }

  @FieldResolver(() => [BaseEvaluation], { description: "Evaluations under dynamic management, newest first." })
  evaluations(@Root() base: ServiceBase, @Ctx() ctx: BasesContext) {
    return ctx.loaders.evaluationsByBase.load(base.id);
  }
}
