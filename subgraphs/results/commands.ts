/** What every command of this subgraph receives and checks, independent of GraphQL. */
import type { Caller } from "../../platform/auth";
import { badInput } from "../../platform/errors";

/** The caller and the token they came with, forwarded when a command asks another subgraph. */
export interface Acting {
  caller: Caller;
  authorization?: string;
}

/** A reason is required for refusals and withdrawals: BAD_USER_INPUT on `note` when it is missing or blank. */
export function requireNote(note: string | null | undefined, action: string): string {
  const trimmed = note?.trim();
  if (!trimmed) throw badInput("note", `a reason (note) is required to ${action}`);
  return trimmed;
}
