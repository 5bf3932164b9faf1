/**
 * Workflows as data: each action names the states it may start from, the state it leads to and the
 * roles that may take it. Services check role, then scope (their own rule), then state, so a refused
 * command says why: FORBIDDEN for the wrong role, CONFLICT naming the current state for the wrong state.
 */
import type { Caller, Role } from "./auth";
import { requireRole } from "./access";
import { conflict } from "./errors";

export interface TransitionRule<S extends string> {
  from: readonly S[];
  to: S;
  roles: readonly Role[];
}

export type Workflow<S extends string, A extends string> = Readonly<Record<A, TransitionRule<S>>>;

/** Declares a workflow, keeping its literal action names for typing. */
export const defineWorkflow = <S extends string, A extends string>(workflow: Workflow<S, A>): Workflow<S, A> => workflow;

/** Refuses the action for a role that may never take it. */
export function authorizeAction<S extends string, A extends string>(workflow: Workflow<S, A>, action: A, caller: Caller, entity: string): void {
  requireRole(caller, workflow[action].roles, `${humanise(action)} a ${entity}`);
}

/** The state `action` leads to from `current`, or CONFLICT naming the current state. */
export function nextState<S extends string, A extends string>(workflow: Workflow<S, A>, action: A, current: S, entity: string, id: string): S {
  const rule = workflow[action];
  if (!rule.from.includes(current)) {
    throw conflict(`cannot ${humanise(action)} ${entity} ${id}: it is ${current} (allowed from ${rule.from.join(", ")})`, current);
  }
  return rule.to;
}

/** States from which `action` is possible, e.g. to list what a caller can do next. */
export function actionsFrom<S extends string, A extends string>(workflow: Workflow<S, A>, state: S, role: Role): A[] {
  return (Object.keys(workflow) as A[]).filter((action) => workflow[action].from.includes(state) && workflow[action].roles.includes(role));
}

function humanise(action: string): string {
  return action.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/_/g, " ").trim();
}
