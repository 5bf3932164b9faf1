import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { ResultsContext } from "../context";
import { TransitionArgs } from "../transition.args";
import { DockingRequest } from "./docking-request.entity";
import type { DockingRequestAction } from "./docking-request.workflow";

/** One mutation per action of the docking workflow; each returns the request in its new state. */
@Resolver(() => DockingRequest)
export class DockingRequestWorkflowResolver {
  private async take(ctx: ResultsContext, { id, note }: TransitionArgs, action: DockingRequestAction): Promise<DockingRequest> {
    const request = await ctx.services.dockingRequests.transition(ctx, id, action, note);
    ctx.loaders.dockingRequest.clear(id);
    ctx.loaders.dockingRequestHistory.clear(id);
    return request;
  }

  @Mutation(() => DockingRequest, { description: "受理 Accepts a SUBMITTED request (→ ACCEPTED): the office of its province or the national admin." })
  acceptDockingRequest(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "accept");
  }

  @Mutation(() => DockingRequest, { description: "转办 Forwards an ACCEPTED request (→ FORWARDED): the office of its province or the national admin; note (to whom) required." })
  forwardDockingRequest(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "forward");
  }

  @Mutation(() => DockingRequest, { description: "办结 Completes a FORWARDED request (→ COMPLETED): the office of its province or the national admin." })
  completeDockingRequest(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "complete");
  }

  @Mutation(() => DockingRequest, { description: "不予受理 Rejects a SUBMITTED or ACCEPTED request (→ REJECTED): the office of its province or the national admin; note required." })
  rejectDockingRequest(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "reject");
  }
}
