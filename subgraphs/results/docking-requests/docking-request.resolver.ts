import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import { StateChange } from "../../../platform/history";
import type { ResultsContext } from "../context";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { OrganizationRef } from "../external/organization.stub";
import { Result } from "../results/result.entity";
import { DockingRequest } from "./docking-request.entity";
import { CreateDockingRequestInput, DockingRequestFilter, UpdateDockingRequestInput } from "./docking-request.inputs";
import { availableDockingActions } from "./docking-request.service";

const DockingRequestPage = PageOf(DockingRequest, "DockingRequest");

@Resolver(() => DockingRequest)
export class DockingRequestResolver {
  @Query(() => DockingRequest, { nullable: true, description: "One docking request by id, or null when it is missing or the caller may not see it (the requester, the office of its province and the national admin do)." })
  dockingRequest(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.dockingRequest.load(id);
  }

  @Query(() => DockingRequestPage, { description: "Docking requests the caller may see matching the filter, newest first; the total counts only those." })
  dockingRequests(
    @Arg("filter", () => DockingRequestFilter, { nullable: true, description: "Filters; all optional." }) filter: DockingRequestFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.dockingRequests.list(ctx.caller, filter ?? {}, page);
  }

  @Mutation(() => DockingRequest, {
    description: "Submits a docking request (→ SUBMITTED) for a result or a project: an ENTERPRISE or SERVICE_ORG for its own organisation, or a provincial office for a centralised examination (集中审查) of its province.",
  })
  createDockingRequest(
    @Arg("input", () => CreateDockingRequestInput, { description: "The request." }) input: CreateDockingRequestInput,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.dockingRequests.create(ctx, input);
  }

  @Mutation(() => DockingRequest, { description: "Changes a SUBMITTED docking request's type, patents or description: its requester." })
  async updateDockingRequest(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateDockingRequestInput, { description: "The changes." }) input: UpdateDockingRequestInput,
    @Ctx() ctx: ResultsContext,
  ) {
    const request = await ctx.services.dockingRequests.update(ctx, id, input);
    ctx.loaders.dockingRequest.clear(id);
    return request;
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The requesting organisation; null for a centralised examination requested by a provincial office." })
  requester(@Root() request: DockingRequest): OrganizationRef | null {
    return request.requesterOrganizationId ? { id: request.requesterOrganizationId } : null;
  }

  @FieldResolver(() => Result, { nullable: true, description: "The result the request builds on; null when there is none or the caller may not see it." })
  result(@Root() request: DockingRequest, @Ctx() ctx: ResultsContext) {
    return request.resultId ? ctx.loaders.result.load(request.resultId) : null;
  }

  @FieldResolver(() => NavigationProjectRef, { nullable: true, description: "The project the request builds on, if any." })
  project(@Root() request: DockingRequest): NavigationProjectRef | null {
    return request.projectId ? { id: request.projectId } : null;
  }

  @FieldResolver(() => [StateChange], { description: "Workflow history, oldest first." })
  history(@Root() request: DockingRequest, @Ctx() ctx: ResultsContext): Promise<StateChange[]> {
    return ctx.loaders.dockingRequestHistory.load(request.id);
  }

  @FieldResolver(() => [String], { description: "Workflow actions the caller may take next, e.g. accept, forward (each is a mutation)." })
  availableActions(@Root() request: DockingRequest, @Ctx() ctx: ResultsContext): string[] {
    return availableDockingActions(ctx.caller, request);
  }
}
