/**
 * The transitions of the project workflow. Each runs in one transaction: lock and load the project
 * (missing or invisible → NOT_FOUND), role (FORBIDDEN; PUBLIC → UNAUTHENTICATED), scope (FORBIDDEN),
 * state (CONFLICT naming it), preconditions, then the new state and its history entry.
 */
import type { DataSource, EntityManager } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { requireScope } from "../../../platform/access";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import { authorizeAction, nextState } from "../../../platform/workflow";
import { AcceptanceReview } from "../acceptance-reviews/acceptance-review.entity";
import { AcceptanceConclusion, ProjectPhase, ProjectStatus } from "../enums";
import type { AnalysisReports } from "../external/results.peer";
import { PROJECT_HISTORY } from "../history";
import { PerformanceEvaluation } from "../performance-evaluations/performance-evaluation.entity";
import type { PerformanceEvaluationInput } from "../performance-evaluations/performance-evaluation.inputs";
import { NavigationProject } from "./project.entity";
import { canSeeProject, mayActOnProject } from "./project.visibility";
import { nextPhase, ProjectWorkflow, REASON_REQUIRED, type ProjectAction } from "./project.workflow";

const ENTITY = "navigation project";
const PASSING: readonly AcceptanceConclusion[] = [AcceptanceConclusion.PASS, AcceptanceConclusion.PASS_WITH_CHANGES];
const SCORES = ["goalsMet", "method", "dataQuality", "reportQuality", "resultApplication", "promotion"] as const;

export interface TransitionCommand {
  /** Reason or remark; required for requireRectification, suspend and terminate. */
  note?: string | null;
  /** The evaluation `evaluate` records. */
  evaluation?: PerformanceEvaluationInput;
}

/** What a transition writes to the history: states, or phases for advancePhase. */
interface Step {
  from: string | null;
  to: string;
}

export class ProjectWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date,
    private readonly analysisReports: AnalysisReports,
  ) {}

  async take(caller: Caller, id: string, action: ProjectAction, command: TransitionCommand = {}): Promise<NavigationProject> {
    requireSignedIn(caller);
    const note = command.note?.trim() || null;
    if (action === "submitForAcceptance") {
      // Asked before the transaction, so no lock is held while the results subgraph answers; the
      // transaction checks everything local again.
      const project = this.check(caller, id, action, note, await this.dataSource.getRepository(NavigationProject).findOneBy({ id }));
      if (!(await this.analysisReports.exist(project.id))) throw conflict("acceptance needs at least one analysis report", project.status);
    }
    return this.dataSource.transaction(async (manager) => {
      await lockRows(manager, NavigationProject, [id]);
      const project = this.check(caller, id, action, note, await manager.findOneBy(NavigationProject, { id }));
      const step = await this.apply(manager, project, action, command);
      await manager.save(project);
      await recordStateChange(manager, { entityType: PROJECT_HISTORY, entityId: project.id, action, from: step.from, to: step.to, caller, note });
      return project;
    });
  }

  /** The local checks, in the order that tells the caller what is wrong; returns the project. */
  private check(caller: Caller, id: string, action: ProjectAction, note: string | null, project: NavigationProject | null): NavigationProject {
    if (!project || !canSeeProject(caller, project)) throw notFound("NavigationProject", id);
    authorizeAction(ProjectWorkflow, action, caller, ENTITY);
    requireScope(mayActOnProject(caller, project), `${action} project ${project.code}`);
    nextState(ProjectWorkflow, action, project.status, ENTITY, id);
    if (REASON_REQUIRED.has(action) && !note) throw badInput("note", `a reason is required to ${action} project ${project.code}`);
    if (action === "advancePhase" && nextPhase(project.phase) === null) {
      throw conflict(`project ${project.code} is in its last phase ${project.phase}; submit it for acceptance`, project.status);
    }
    if (action === "submitForAcceptance" && project.phase !== ProjectPhase.RESULT_OUTPUT) {
      throw conflict(`project ${project.code} can be submitted for acceptance only in phase RESULT_OUTPUT (it is in ${project.phase ?? "no phase"})`, project.status);
    }
    return project;
  }

  /** Checks the remaining preconditions and changes the project (not yet saved). */
  private async apply(manager: EntityManager, project: NavigationProject, action: ProjectAction, command: TransitionCommand): Promise<Step> {
    const from = project.status;
    let to = nextState(ProjectWorkflow, action, from, ENTITY, project.id);
    switch (action) {
      case "startExecution":
        project.phase = ProjectPhase.KICKOFF;
        break;
      case "advancePhase": {
        const step = { from: project.phase, to: nextPhase(project.phase)! };
        project.phase = step.to;
        return step;
      }
      case "submitForAcceptance":
        project.phase = null;
        break;
      case "accept":
        requirePassingReview(project, await manager.findOneBy(AcceptanceReview, { projectId: project.id }));
        break;
      case "requireRectification":
        if (!(await manager.existsBy(AcceptanceReview, { projectId: project.id }))) {
          throw conflict(`project ${project.code} needs an acceptance review before rectification can be required`, from);
        }
        break;
      case "evaluate":
        await this.recordEvaluation(manager, project, command.evaluation);
        break;
      case "suspend":
        project.suspendedFrom = from;
        break;
      case "resume":
        if (!project.suspendedFrom) throw conflict(`project ${project.code} does not record the state it was suspended from`, from);
        to = project.suspendedFrom;
        project.suspendedFrom = null;
        break;
      case "terminate":
        project.phase = null;
        project.suspendedFrom = null;
        break;
      default:
        break;
    }
    project.status = to;
    return { from, to };
  }

  private async recordEvaluation(manager: EntityManager, project: NavigationProject, input: PerformanceEvaluationInput | undefined): Promise<void> {
    if (!input) throw badInput("input", "an evaluation (score, grade) is required to evaluate a project");
    if (await manager.existsBy(PerformanceEvaluation, { projectId: project.id })) {
      throw conflict(`project ${project.code} already has a performance evaluation`, project.status);
    }
    await manager.insert(PerformanceEvaluation, {
      projectId: project.id,
      score: input.score,
      grade: input.grade,
      comments: input.comments ?? "",
      evaluatedAt: this.clock(),
    });
  }
}

function requirePassingReview(project: NavigationProject, review: AcceptanceReview | null): void {
  if (!review) throw conflict(`acceptance needs an acceptance review of project ${project.code}`, project.status);
  const unscored = SCORES.filter((dimension) => !Number.isInteger(review[dimension]) || review[dimension] < 1 || review[dimension] > 5);
  if (unscored.length > 0) throw conflict(`the acceptance review does not score ${unscored.join(", ")}`, project.status);
  if (!PASSING.includes(review.conclusion)) {
    throw conflict(`acceptance needs a review concluding PASS or PASS_WITH_CHANGES (it concludes ${review.conclusion})`, project.status);
  }
}
