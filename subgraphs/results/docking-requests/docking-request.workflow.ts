/**
 * 成果运用资源对接 workflow: submitted by an organisation (or, for 集中审查, by a provincial office),
 * accepted, forwarded to whoever provides the resource and completed by the province or CNIPA.
 */
import { Role } from "../../../platform/auth";
import { defineWorkflow } from "../../../platform/workflow";
import { DockingStatus as S } from "../enums";

const AUTHORITIES = [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] as const;

export type DockingRequestAction = "accept" | "forward" | "complete" | "reject";

export const DockingRequestWorkflow = defineWorkflow<S, DockingRequestAction>({
  accept: { from: [S.SUBMITTED], to: S.ACCEPTED, roles: AUTHORITIES },
  forward: { from: [S.ACCEPTED], to: S.FORWARDED, roles: AUTHORITIES },
  complete: { from: [S.FORWARDED], to: S.COMPLETED, roles: AUTHORITIES },
  reject: { from: [S.SUBMITTED, S.ACCEPTED], to: S.REJECTED, roles: AUTHORITIES },
});

/** `forward` names whom the request went to; `reject` gives the reason. */
export const DOCKING_ACTIONS_NEEDING_NOTE: readonly DockingRequestAction[] = ["forward", "reject"];

/** Organisations request for themselves; a provincial office may request a centralised examination (集中审查). */
export const DOCKING_REQUESTER_ROLES = [Role.ENTERPRISE, Role.SERVICE_ORG, Role.PROVINCIAL_OFFICE] as const;
