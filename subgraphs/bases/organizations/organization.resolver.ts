import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { BasesContext } from "../context";
import { Organization } from "./organization.entity";
import { CreateOrganizationInput, OrganizationFilter, UpdateOrganizationInput } from "./organization.inputs";

const OrganizationPage = PageOf(Organization, "Organization");

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: "One organisation by id, or null; organisation cards are public." })
  organization(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: BasesContext) {
    return ctx.loaders.organization.load(id);
  }

  @Query(() => OrganizationPage, { description: "Organisations matching the filter, by name." })
  organizations(
    @Arg("filter", () => OrganizationFilter, { nullable: true, description: "Filters; all optional." }) filter: OrganizationFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.organizations.list(filter ?? {}, page);
  }

  @Mutation(() => Organization, { description: "Registers an organisation: the national admin, or a provincial office in its own province." })
  createOrganization(@Arg("input", () => CreateOrganizationInput, { description: "The organisation." }) input: CreateOrganizationInput, @Ctx() ctx: BasesContext) {
    return ctx.services.organizations.create(ctx.caller, input);
  }

  @Mutation(() => Organization, { description: "Changes an organisation: the organisation itself, or an authority for its province." })
  updateOrganization(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateOrganizationInput, { description: "The changes." }) input: UpdateOrganizationInput,
    @Ctx() ctx: BasesContext,
  ) {
    return ctx.services.organizations.update(ctx.caller, id, input);
  }
}
