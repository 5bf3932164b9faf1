import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { PageArgs, PageOf } from "../../../platform/pagination";
import { IdArgs } from "../../../platform/validators";
import type { ResultsContext } from "../context";
import { NavigationProjectRef } from "../external/navigation-project.stub";
import { OrganizationRef } from "../external/organization.stub";
import { Result } from "../results/result.entity";
import { DockingRequest } from "./docking-request.entity";
import { CreateDockingRequestInput, DockingRequestFilter, UpdateDockingRequestInput } from "./docking-request.inputs";

const DockingRequestPage = PageOf(DockingRequest, "DockingRequest");

@Resolver(() => DockingRequest)
export class DockingRequestResolver {
  @Query(() => DockingRequest, { nullable: true, description: "One docking request by id, or null." })
  dockingRequest(@Args(() => IdArgs) { id }: IdArgs, @Ctx() ctx: ResultsContext) {
    return ctx.loaders.dockingRequest.load(id);
  }

  @Query(() => DockingRequestPage, { description: "Docking requests matching the filter, newest first." })
  dockingRequests(
    @Arg("filter", () => DockingRequestFilter, { nullable: true, description: "Filters; all optional." }) filter: DockingRequestFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.dockingRequests.list(filter ?? {}, page);
  }

  @Mutation(() => DockingRequest, { description: "Submits a docking request for a result or a project." })
  createDockingRequest(
    @Arg("input", () => CreateDockingRequestInput, { description: "The request." }) input: CreateDockingRequestInput,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.dockingRequests.create(ctx.caller, input);
  }

  @Mutation(() => DockingRequest, { description: "Changes a docking request's type, patents or description." })
  updateDockingRequest(
    @Args(() => IdArgs) { id }: IdArgs,
    @Arg("input", () => UpdateDockingRequestInput, { description: "The changes." }) input: UpdateDockingRequestInput,
    @Ctx() ctx: ResultsContext,
  ) {
    return ctx.services.dockingRequests.update(ctx.caller, id, input);
  }

  @FieldResolver(() => OrganizationRef, { nullable: true, description: "The requesting organisation." })
  requester(@Root() request: DockingRequest): OrganizationRef {
    return { id: request.requesterOrganizationId };
  }

  @FieldResolver(() => Result, { nullable: true, description: "The result the request builds on, if any." })
  result(@Root() request: DockingRequest, @Ctx() ctx: ResultsContext) {
    return request.resultId ? ctx.loaders.result.load(request.resultId) : null;
  }

  @FieldResolver(() => NavigationProjectRef, { nullable: true, description: "The project the request builds on, if any." })
  project(@Root() request: DockingRequest): NavigationProjectRef | null {
    return request.projectId ? { id: request.projectId } : null;
  }
}
