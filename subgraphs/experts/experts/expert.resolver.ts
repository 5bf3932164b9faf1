import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { ExpertsContext } from "../context";
import { OrganizationRef } from "../external/organization.stub";
import { ConflictDeclaration } from "./conflict-declaration.entity";
import { Expert } from "./expert.entity";
import { CreateExpertInput, ExpertFilter, UpdateExpertInput } from "./expert.inputs";
import { PoolMembership } from "./pool-membership.entity";

const ExpertPage = PageOf(Expert, "Expert");

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => Expert, { nullable: true, description: "One expert by id, or null." })
  expert(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expert.load(id);
  }

  @Query(() => ExpertPage, { description: "Experts matching the filter, by name." })
  experts(
    @Arg("filter", () => ExpertFilter, { nullable: true, description: "Filters; all optional." }) filter: ExpertFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.experts.list(filter ?? {}, page);
  }

  @Mutation(() => Expert, { description: "Registers an expert, active at once, with optional pool memberships and conflict declarations." })
  createExpert(@Arg("input", () => CreateExpertInput, { description: "The expert." }) input: CreateExpertInput, @Ctx() ctx: ExpertsContext) {
    return ctx.services.experts.create(ctx.caller, input);
  }

  @Mutation(() => Expert, { description: "Changes an expert's profile." })
  updateExpert(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateExpertInput, { description: "The changes." }) input: UpdateExpertInput,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.experts.update(ctx.caller, id, input);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The employer, when it is a registered organisation." })
  employerOrganization(@Root() expert: Expert): OrganizationRef | null {
    return expert.employerOrganizationId ? { id: expert.employerOrganizationId } : null;
  }

  @FieldResolver(() => [PoolMembership], { description: "Pools the expert belongs to, national first." })
  pools(@Root() expert: Expert, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.poolsByExpert.load(expert.id);
  }

  @FieldResolver(() => [ConflictDeclaration], { description: "Declared conflicts of interest (回避), most recent first." })
  conflicts(@Root() expert: Expert, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.conflictsByExpert.load(expert.id);
  }
}
