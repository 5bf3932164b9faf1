import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { Batch } from "../batches/batch.entity";
import type { BasesContext } from "../context";
import { Organization } from "../organizations/organization.entity";
import { ServiceBase } from "../service-bases/service-base.entity";
import { BaseApplication } from "./application.entity";
import { BaseApplicationFilter, CreateBaseApplicationInput, UpdateBaseApplicationInput } from "./application.inputs";

const BaseApplicationPage = PageOf(BaseApplication, "BaseApplication");

@Resolver(() => BaseApplication)
export class BaseApplicationResolver {
  @Query(() => BaseApplication, { nullable: true, description: "One application by id, or null." })
  baseApplication(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    return ctx.loaders.application.load(id);
  }

  @Query(() => BaseApplicationPage, { description: "Applications matching the filter, newest first." })
  baseApplications(
    @Arg("filter", () => BaseApplicationFilter, { nullable: true, description: "Filters; all optional." }) filter: BaseApplicationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.applications.list(filter ?? {}, page);
  }

  @Mutation(() => BaseApplication, { description: "Starts an application as a draft." })
  createBaseApplication(
    @Arg("input", () => CreateBaseApplicationInput, { description: "The application." }) input: CreateBaseApplicationInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.applications.create(ctx.caller, input);
  }

  @Mutation(() => BaseApplication, { description: "Edits a draft or returned application." })
  updateBaseApplication(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateBaseApplicationInput, { description: "The changes." }) input: UpdateBaseApplicationInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.applications.update(ctx.caller, id, input);
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
}
