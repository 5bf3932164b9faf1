import { Arg, Args, Ctx, Mutation, Resolver } from "type-graphql";
import type { ProjectsContext } from "../context";
import { PerformanceEvaluationInput } from "../performance-evaluations/performance-evaluation.inputs";
import { NavigationProject } from "./project.entity";
import { TransitionArgs } from "./project.inputs";
import type { ProjectAction } from "./project.workflow";

const OPERATOR = "the operator of the project's base";
const DOERS = "the operator of the project's base or a service organisation listed on it";
const AUTHORITIES = "the provincial office of the project's province or the national admin";

/** One mutation per action of the project workflow; the rules live in ProjectWorkflowService. */
@Resolver(() => NavigationProject)
export class NavigationProjectWorkflowResolver {
  private take(ctx: ProjectsContext, action: ProjectAction, { id, note }: TransitionArgs, evaluation?: PerformanceEvaluationInput) {
    return ctx.services.workflow.take(ctx.caller, id, action, { note, evaluation });
  }

  @Mutation(() => NavigationProject, { description: `申请 PLANNING → APPLIED. By ${OPERATOR}.` })
  applyNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "apply", args);
  }

  @Mutation(() => NavigationProject, { description: `立项 APPLIED → APPROVED. By ${AUTHORITIES}.` })
  approveNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "approve", args);
  }

  @Mutation(() => NavigationProject, { description: `招投标/委托 APPROVED → PROCURING. By ${OPERATOR}.` })
  startNavigationProjectProcurement(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "startProcurement", args);
  }

  @Mutation(() => NavigationProject, { description: `实施 PROCURING → IN_EXECUTION, in phase KICKOFF. By ${OPERATOR}.` })
  startNavigationProjectExecution(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "startExecution", args);
  }

  @Mutation(() => NavigationProject, {
    description: `Moves a project in execution to its next phase (KICKOFF → INFO_COLLECTION → DATA_PROCESSING → ANALYSIS → RESULT_OUTPUT); CONFLICT past the last. By ${DOERS}.`,
  })
  advanceNavigationProjectPhase(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "advancePhase", args);
  }

  @Mutation(() => NavigationProject, {
    description: `提交验收 IN_EXECUTION → SUBMITTED_FOR_ACCEPTANCE, only in phase RESULT_OUTPUT and with at least one analysis report. By ${DOERS}.`,
  })
  submitNavigationProjectForAcceptance(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "submitForAcceptance", args);
  }

  @Mutation(() => NavigationProject, {
    description: `验收通过 SUBMITTED_FOR_ACCEPTANCE → ACCEPTED; needs an acceptance review concluding PASS or PASS_WITH_CHANGES. By ${AUTHORITIES}.`,
  })
  acceptNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "accept", args);
  }

  @Mutation(() => NavigationProject, { description: `整改 SUBMITTED_FOR_ACCEPTANCE → RECTIFYING; needs an acceptance review and a note. By ${AUTHORITIES}.` })
  requireNavigationProjectRectification(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "requireRectification", args);
  }

  @Mutation(() => NavigationProject, { description: `重新提交验收 RECTIFYING → SUBMITTED_FOR_ACCEPTANCE. By ${DOERS}.` })
  resubmitNavigationProjectForAcceptance(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "resubmitForAcceptance", args);
  }

  @Mutation(() => NavigationProject, { description: `备案 ACCEPTED → FILED. By ${AUTHORITIES}.` })
  fileNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "file", args);
  }

  @Mutation(() => NavigationProject, { description: `绩效评价 FILED → EVALUATED, recording the performance evaluation. By ${AUTHORITIES}.` })
  evaluateNavigationProject(
    @Args(() => TransitionArgs) args: TransitionArgs,
    @Arg("input", () => PerformanceEvaluationInput, { description: "The evaluation." }) input: PerformanceEvaluationInput,
    @Ctx() ctx: ProjectsContext,
  ) {
    return this.take(ctx, "evaluate", args, input);
  }

  @Mutation(() => NavigationProject, { description: `结项 EVALUATED → CLOSED. By ${AUTHORITIES}.` })
  closeNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "close", args);
  }

  @Mutation(() => NavigationProject, {
    description: `暂停 APPLIED, APPROVED, PROCURING, IN_EXECUTION, SUBMITTED_FOR_ACCEPTANCE or RECTIFYING → SUSPENDED, remembering the state left; needs a note. By ${AUTHORITIES}.`,
  })
  suspendNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "suspend", args);
  }

  @Mutation(() => NavigationProject, { description: `恢复 SUSPENDED → the state it was suspended from. By ${AUTHORITIES}.` })
  resumeNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "resume", args);
  }

  @Mutation(() => NavigationProject, { description: `终止 any state but CLOSED and TERMINATED → TERMINATED; needs a note. By ${AUTHORITIES}.` })
  terminateNavigationProject(@Args(() => TransitionArgs) args: TransitionArgs, @Ctx() ctx: ProjectsContext) {
    return this.take(ctx, "terminate", args);
  }
}
