/**
 * The GB/T 39551 project workflow: 立项 (approval), procurement, execution in five phases, acceptance
 * (验收) or rectification, filing (备案), performance evaluation (绩效评价) and closing; authorities may
 * suspend, resume and terminate. Scope (which base, province or listed service organisation) is checked
 * by the service with `mayActOnProject`.
 */
import { Role, type Caller } from "../../../platform/auth";
import { actionsFrom, defineWorkflow } from "../../../platform/workflow";
import { ProjectPhase, ProjectStatus as S } from "../enums";
import type { NavigationProject } from "./project.entity";
import { mayActOnProject } from "./project.visibility";

export type ProjectAction =
  | "apply"
  | "approve"
  | "startProcurement"
  | "startExecution"
  | "advancePhase"
  | "submitForAcceptance"
  | "accept"
  | "requireRectification"
  | "resubmitForAcceptance"
  | "file"
  | "evaluate"
  | "close"
  | "suspend"
  | "resume"
  | "terminate";

const OPERATOR = [Role.BASE_OPERATOR] as const;
const DOERS = [Role.BASE_OPERATOR, Role.SERVICE_ORG] as const;
const AUTHORITIES = [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] as const;

export const SUSPENDABLE: readonly S[] = [S.APPLIED, S.APPROVED, S.PROCURING, S.IN_EXECUTION, S.SUBMITTED_FOR_ACCEPTANCE, S.RECTIFYING];

export const ProjectWorkflow = defineWorkflow<S, ProjectAction>({
  apply: { from: [S.PLANNING], to: S.APPLIED, roles: OPERATOR },
  approve: { from: [S.APPLIED], to: S.APPROVED, roles: AUTHORITIES },
  startProcurement: { from: [S.APPROVED], to: S.PROCURING, roles: OPERATOR },
  startExecution: { from: [S.PROCURING], to: S.IN_EXECUTION, roles: OPERATOR },
  // The state stays IN_EXECUTION; the phase moves one step (the history records the phases).
  advancePhase: { from: [S.IN_EXECUTION], to: S.IN_EXECUTION, roles: DOERS },
  submitForAcceptance: { from: [S.IN_EXECUTION], to: S.SUBMITTED_FOR_ACCEPTANCE, roles: DOERS },
  accept: { from: [S.SUBMITTED_FOR_ACCEPTANCE], to: S.ACCEPTED, roles: AUTHORITIES },
  requireRectification: { from: [S.SUBMITTED_FOR_ACCEPTANCE], to: S.RECTIFYING, roles: AUTHORITIES },
  resubmitForAcceptance: { from: [S.RECTIFYING], to: S.SUBMITTED_FOR_ACCEPTANCE, roles: DOERS },
  file: { from: [S.ACCEPTED], to: S.FILED, roles: AUTHORITIES },
  evaluate: { from: [S.FILED], to: S.EVALUATED, roles: AUTHORITIES },
  close: { from: [S.EVALUATED], to: S.CLOSED, roles: AUTHORITIES },
  suspend: { from: SUSPENDABLE, to: S.SUSPENDED, roles: AUTHORITIES },
  // A resumed project returns to the state it left (`suspendedFrom`); the rule's `to` only names the
  // usual case, the service reads the real target from the project.
  resume: { from: [S.SUSPENDED], to: S.IN_EXECUTION, roles: AUTHORITIES },
  terminate: { from: Object.values(S).filter((s) => s !== S.CLOSED && s !== S.TERMINATED), to: S.TERMINATED, roles: AUTHORITIES },
});

/** Actions that need a reason in `note`. */
export const REASON_REQUIRED: ReadonlySet<ProjectAction> = new Set(["requireRectification", "suspend", "terminate"]);

/** Execution phases of GB/T 39551, in order. */
export const PHASES: readonly ProjectPhase[] = [
  ProjectPhase.KICKOFF,
  ProjectPhase.INFO_COLLECTION,
  ProjectPhase.DATA_PROCESSING,
  ProjectPhase.ANALYSIS,
  ProjectPhase.RESULT_OUTPUT,
];

/** The phase after `phase`, or null past the last; a project in execution without a phase starts at KICKOFF. */
export function nextPhase(phase: ProjectPhase | null): ProjectPhase | null {
  if (phase === null) return ProjectPhase.KICKOFF;
  return PHASES[PHASES.indexOf(phase) + 1] ?? null;
}

/** Whether the phase allows `action`: one more step only before the last phase, submission only in it. */
export function phaseAllows(action: ProjectAction, phase: ProjectPhase | null): boolean {
  if (action === "advancePhase") return nextPhase(phase) !== null;
  if (action === "submitForAcceptance") return phase === ProjectPhase.RESULT_OUTPUT;
  return true;
}

/**
 * What `caller` may do next with `project`: the actions its role may take from the current state, on a
 * project in its scope, that the phase allows. Preconditions that need other records (a review, a
 * report) are checked when the action is taken.
 */
export function availableActions(caller: Caller, project: NavigationProject): ProjectAction[] {
  if (!mayActOnProject(caller, project)) return [];
  return actionsFrom(ProjectWorkflow, project.status, caller.role).filter((action) => phaseAllows(action, project.phase));
}
