import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { ResultsContext } from "../context";
import { TransitionArgs } from "../transition.args";
import { TypicalCase } from "./typical-case.entity";
import type { TypicalCaseAction } from "./typical-case.workflow";

/** One mutation per action of the typical case workflow; each returns the case in its new state. */
@Resolver(() => TypicalCase)
export class TypicalCaseWorkflowResolver {
  private async take(ctx: ResultsContext, { id, note }: TransitionArgs, action: TypicalCaseAction): Promise<TypicalCase> {
    const typicalCase = await ctx.services.typicalCases.transition(ctx, id, action, note);
    ctx.loaders.typicalCase.clear(id);
    ctx.loaders.typicalCaseHistory.clear(id);
    return typicalCase;
  }

  @Mutation(() => TypicalCase, { description: "入围 Shortlists a NOMINATED case (→ SHORTLISTED): the national admin." })
  shortlistTypicalCase(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "shortlist");
  }

  @Mutation(() => TypicalCase, { description: "入选 Selects a SHORTLISTED case (→ SELECTED): the national admin." })
  selectTypicalCase(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "select");
  }

  @Mutation(() => TypicalCase, { description: "发布 Publishes a SELECTED case (→ PUBLISHED, visible to everyone): the national admin." })
  publishTypicalCase(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "publish");
  }

  @Mutation(() => TypicalCase, { description: "撤回 Withdraws a case from NOMINATED, SHORTLISTED, SELECTED or PUBLISHED (→ WITHDRAWN): the national admin; note required." })
  withdrawTypicalCase(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "withdraw");
  }
}
