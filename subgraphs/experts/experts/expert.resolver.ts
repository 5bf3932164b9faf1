import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { StateChange } from "../../../platform/history";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { actionsFrom } from "../../../platform/workflow";
import { TransitionArgs } from "../args";
import type { ExpertsContext } from "../context";
import { OrganizationRef } from "../external/organization.stub";
import { ConflictDeclaration } from "./conflict-declaration.entity";
import { Expert } from "./expert.entity";
import { CreateExpertInput, ExpertFilter, UpdateExpertInput } from "./expert.inputs";
import { canSeeExpertRecord, canSeeMembership } from "./expert.visibility";
import { actsOnExpert, ExpertWorkflow } from "./expert.workflow";
import { PoolMembership } from "./pool-membership.entity";

const ExpertPage = PageOf(Expert, "Expert");

const VISIBLE = "Profiles are visible to the national admin, provincial offices, base operators, service organisations and the expert themself.";

@Resolver(() => Expert)
export class ExpertResolver {
  @Query(() => Expert, { nullable: true, description: `One expert by id, or null when missing or not visible to the caller. ${VISIBLE}` })
  expert(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.loaders.expert.load(id);
  }

  @Query(() => ExpertPage, { description: `Experts matching the filter, by name. ${VISIBLE} Others get an empty page.` })
  experts(
    @Arg("filter", () => ExpertFilter, { nullable: true, description: "Filters; all optional." }) filter: ExpertFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.experts.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => Expert, {
    description: "Registers an expert, ACTIVE at once, with optional pool memberships and conflict declarations; by the national admin or the provincial office of the expert's province (each pool by whoever manages it).",
  })
  createExpert(@Arg("input", () => CreateExpertInput, { description: "The expert." }) input: CreateExpertInput, @Ctx() ctx: ExpertsContext) {
    return ctx.services.experts.create(ctx.caller, input);
  }

  @Mutation(() => Expert, { description: "Changes an expert's profile (not status or rating); by the expert themself, the national admin or the provincial office of the expert's province." })
  updateExpert(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateExpertInput, { description: "The changes." }) input: UpdateExpertInput,
    @Ctx() ctx: ExpertsContext,
  ) {
    return ctx.services.experts.update(ctx.caller, id, input);
  }

  @Mutation(() => Expert, { description: "Pauses the expert's service: ACTIVE → INACTIVE; by the expert themself or the authorities of the expert's province." })
  deactivateExpert(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.experts.transition(ctx.caller, id, "deactivate", note);
  }

  @Mutation(() => Expert, { description: "Resumes the expert's service: INACTIVE → ACTIVE; by the expert themself or the authorities of the expert's province." })
  activateExpert(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.experts.transition(ctx.caller, id, "activate", note);
  }

  @Mutation(() => Expert, { description: "Suspends the expert's qualification: ACTIVE or INACTIVE → SUSPENDED; by the authorities of the expert's province; the note (reason) is required." })
  suspendExpert(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.experts.transition(ctx.caller, id, "suspend", note);
  }

  @Mutation(() => Expert, { description: "Reinstates a suspended expert: SUSPENDED → ACTIVE; by the national admin." })
  reinstateExpert(@Args(() => TransitionArgs) { id, note }: TransitionArgs, @Ctx() ctx: ExpertsContext) {
    return ctx.services.experts.transition(ctx.caller, id, "reinstate", note);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The employer, when it is a registered organisation." })
  employerOrganization(@Root() expert: Expert): OrganizationRef | null {
    return expert.employerOrganizationId ? { id: expert.employerOrganizationId } : null;
  }

  @FieldResolver(() => [PoolMembership], {
    description:
      "Pools the expert belongs to, national first. Base pool (基地专家库) memberships are listed only to the national admin, the provincial office of the expert's province, the expert themself and, for its own base, the base's operator; others see the national and provincial ones only.",
  })
  async pools(@Root() expert: Expert, @Ctx() ctx: ExpertsContext): Promise<PoolMembership[]> {
    const memberships = await ctx.loaders.poolsByExpert.load(expert.id);
    return memberships.filter((membership) => canSeeMembership(ctx.caller, membership, expert));
  }

  @FieldResolver(() => [ConflictDeclaration], {
    description: "Declared conflicts of interest (回避), most recent first. Only the national admin, the provincial office of the expert's province and the expert themself see them; for everyone else the list is empty.",
  })
  async conflicts(@Root() expert: Expert, @Ctx() ctx: ExpertsContext): Promise<ConflictDeclaration[]> {
    return canSeeExpertRecord(ctx.caller, expert) ? ctx.loaders.conflictsByExpert.load(expert.id) : [];
  }

  @FieldResolver(() => [StateChange], {
    description: "The expert's status history, oldest first. Only the national admin, the provincial office of the expert's province and the expert themself see it (suspension reasons are personnel matters); for everyone else the list is empty.",
  })
  async history(@Root() expert: Expert, @Ctx() ctx: ExpertsContext): Promise<StateChange[]> {
    return canSeeExpertRecord(ctx.caller, expert) ? ctx.loaders.expertHistory.load(expert.id) : [];
  }

  @FieldResolver(() => [String], { description: "Status actions the caller may take next on this expert: deactivate, activate, suspend, reinstate." })
  availableActions(@Root() expert: Expert, @Ctx() ctx: ExpertsContext): string[] {
    return actsOnExpert(ctx.caller, expert) ? actionsFrom(ExpertWorkflow, expert.status, ctx.caller.role) : [];
  }
}
