/**
 * The search engine's typed errors. Adapters translate whatever their driver throws (SQLite errors,
 * fetch failures, Meilisearch task errors) into these, keeping the original as `cause`, so callers
 * decide by class — retry later, report bad input, recreate an index — and never by parsing messages.
 */
import { DomainError } from "../../platform/errors";

export abstract class SearchEngineError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The engine cannot be reached or failed in a way a retry may cure (network, timeout, locked file). */
export class SearchEngineUnavailable extends SearchEngineError {}

/** The named index does not exist (never created, or dropped). */
export class SearchIndexMissing extends SearchEngineError {
  constructor(readonly index: string, options?: { cause?: unknown }) {
    super(`search index "${index}" does not exist`, options);
  }
}

/** The query, filter, settings or document is not acceptable; `field` names the offending part. */
export class SearchQueryInvalid extends SearchEngineError {
  constructor(message: string, readonly field?: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A write the engine accepted but then failed to apply (a failed Meilisearch task). */
export class SearchWriteFailed extends SearchEngineError {}

/**
 * Maps an engine error onto the platform's closed vocabulary of codes, for the GraphQL boundary:
 * bad queries are the caller's input errors, everything else is the service being unavailable.
 */
export function toDomainError(error: unknown, service = "search"): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof SearchQueryInvalid) return new DomainError("BAD_USER_INPUT", error.message, { field: error.field });
  return new DomainError("SERVICE_UNAVAILABLE", "search is temporarily unavailable", { service });
}
