import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { IdArgs } from "../../../platform/validators";
import type { ExpertsContext } from "../context";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { OrganizationRef } from "../external/organization.stub";
import { ServiceBaseRef } from "../external/service-base.stub";
import { PoolScope } from "../enums";
import { ConflictDeclaration } from "./conflict-declaration.entity";
import { Expert } from "./expert.entity";
import { ConflictDeclarationInput, ExpertIdArgs, PoolMembershipInput } from "./membership.inputs";
import { PoolMembership } from "./pool-membership.entity";

@Resolver(() => PoolMembership)
export class PoolMembershipResolver {
  @Mutation(() => PoolMembership, { description: "Adds an expert to a pool: the national pool by the national admin, a provincial pool by its province's office or the national admin, a base pool by the base's operator, the national admin or the provincial office of the expert's province." })
  addPoolMembership(
    @Args(() => ExpertIdArgs) { expertId }: ExpertIdArgs,
    @Arg("input", () => PoolMembershipInput, { description: "The pool." }) input: PoolMembershipInput,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.memberships.addPoolMembership(ctx.caller, expertId, input);
  }

  @Mutation(() => Expert, { description: "Removes a pool membership, by whoever may add to that pool; answers the expert without it." })
  removePoolMembership(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.memberships.removePoolMembership(ctx.caller, id);
  }

  @FieldResolver(() => Expert, { description: "The member." })
  expert(@Root() membership: PoolMembership, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expert.load(membership.expertId);
  }

  @FieldResolver(() => ServiceBaseRef, { nullable: true, description: "The base of a base pool; null for other pools." })
  base(@Root() membership: PoolMembership): ServiceBaseRef | null {
    return membership.scope === PoolScope.BASE && membership.scopeId ? { id: membership.scopeId } : null;
  }
}

@Resolver(() => ConflictDeclaration)
export class ConflictDeclarationResolver {
  @Mutation(() => ConflictDeclaration, { description: "Records a conflict of interest (回避) an expert declares; by the expert themself, the national admin or the provincial office of the expert's province." })
  declareConflict(
    @Args(() => ExpertIdArgs) { expertId }: ExpertIdArgs,
    @Arg("input", () => ConflictDeclarationInput, { description: "The declaration." }) input: ConflictDeclarationInput,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.memberships.declareConflict(ctx.caller, expertId, input);
  }

  @FieldResolver(() => Expert, { description: "The declaring expert." })
  expert(@Root() declaration: ConflictDeclaration, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expert.load(declaration.expertId);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The organisation concerned, when it is registered." })
  organization(@Root() declaration: ConflictDeclaration): OrganizationRef | null {
    return declaration.organizationId ? { id: declaration.organizationId } : null;
  }

  @FieldResolver(() => NavigationProjectRef, { nullable: true, description: "The navigation project concerned, for prior consulting." })
  project(@Root() declaration: ConflictDeclaration): NavigationProjectRef | null {
    return declaration.projectId ? { id: declaration.projectId } : null;
  }
}
