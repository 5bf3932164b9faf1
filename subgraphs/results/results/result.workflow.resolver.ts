import { Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { ResultsContext } from "../context";
import { TransitionArgs } from "../transition.args";
import { Result } from "./result.entity";
import type { ResultAction } from "./result.workflow";

/** One mutation per action of the result workflow; each returns the result in its new state. */
@Resolver(() => Result)
export class ResultWorkflowResolver {
  private async take(ctx: ResultsContext, { id, note }: TransitionArgs, action: ResultAction): Promise<Result> {
    const result = await ctx.services.resultWorkflow.transition(ctx, id, action, note);
    // An earlier field of the same operation may have cached the old state.
    ctx.loaders.result.clear(id);
    ctx.loaders.resultHistory.clear(id);
    return result;
  }

  @Mutation(() => Result, { description: "提交 Files a DRAFT result (→ SUBMITTED): the base's operator or a SERVICE_ORG of the project; only for an ACCEPTED, FILED, EVALUATED or CLOSED project." })
  submitResult(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "submit");
  }

  @Mutation(() => Result, { description: "重新提交 Files a RETURNED result again (→ SUBMITTED): same authors and project condition as submitResult." })
  resubmitResult(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "resubmit");
  }

  @Mutation(() => Result, { description: "开始审核 Starts reviewing a SUBMITTED result (→ IN_REVIEW): the office of its province or the national admin." })
  startResultReview(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "startReview");
  }

  @Mutation(() => Result, { description: "入库 Admits a result under review into the library (→ IN_LIBRARY): the office of its province or the national admin." })
  admitResult(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "admit");
  }

  @Mutation(() => Result, { description: "退回修改 Returns a result under review for changes (→ RETURNED): the office of its province or the national admin; note required." })
  returnResult(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "return");
  }

  @Mutation(() => Result, { description: "不予入库 Rejects a result under review (→ REJECTED): the office of its province or the national admin; note required." })
  rejectResult(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "reject");
  }

  @Mutation(() => Result, { description: "委托方同意发布 Records the sponsor's consent to release an IN_LIBRARY result (state unchanged): a caller acting for the sponsor organisation, once." })
  consentToResultRelease(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "consentToRelease");
  }

  @Mutation(() => Result, {
    description:
      "发布 Releases an IN_LIBRARY result (→ RELEASED): the authorities of its province or the base's operator. A TARGETED result must name its audience; a sponsor other than a government body or public institution must have consented.",
  })
  releaseResult(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "release");
  }

  @Mutation(() => Result, { description: "撤回 Withdraws a RELEASED result (→ WITHDRAWN): the authorities of its province or the base's operator; note required." })
  withdrawResult(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ResultsContext) {
    return this.take(ctx, args, "withdraw");
  }
}
