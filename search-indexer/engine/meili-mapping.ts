/**
 * Pure translations between the port and Meilisearch: index settings, the filter syntax, highlight
 * marks and errors. Kept apart from the adapter so they are tested without a server.
 */
import type { MeilisearchErrorResponse, Settings, Task } from "meilisearch" with { "resolution-mode": "import" };
import { escapeHtml, MARK_CLOSE, MARK_OPEN } from "./highlight";
import type { Condition, NormalFilter } from "./query";
import { SearchEngineError, SearchEngineUnavailable, SearchIndexMissing, SearchQueryInvalid, SearchWriteFailed, type IndexSettings } from "./port";
import { meilisearchSynonyms } from "./synonyms";

/** Control characters as highlight tags: they cannot occur in documents, so escaping cannot touch them. */
export const PRE_TAG = "\u0002";
export const POST_TAG = "\u0003";
/** Words Meilisearch keeps around a match in a snippet; about a sentence of Chinese. */
export const CROP_WORDS = 30;

export function meiliSettings(settings: IndexSettings): Settings {
  return {
    searchableAttributes: [...settings.searchableAttributes],
    filterableAttributes: Object.keys(settings.filterableAttributes),
    sortableAttributes: [...settings.sortableAttributes],
    displayedAttributes: ["*"],
    faceting: { maxValuesPerFacet: settings.maxValuesPerFacet, sortFacetValuesBy: { "*": "count" } },
    pagination: { maxTotalHits: settings.maxTotalHits },
    synonyms: meilisearchSynonyms(),
    // Kanji-only text may otherwise be detected as Japanese and segmented with the wrong dictionary.
    localizedAttributes: [{ attributePatterns: [...settings.searchableAttributes], locales: ["cmn"] }],
  };
}

/** A filter value as Meilisearch reads it: numbers bare, strings double-quoted with \ and " escaped. */
export function filterValue(value: string | number): string {
  if (typeof value === "number") return String(value);
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function conditionString(condition: Condition): string {
  if ("values" in condition) {
    const [only] = condition.values;
    return condition.values.length === 1 ? `${condition.field} = ${filterValue(only as string | number)}` : `${condition.field} IN [${condition.values.map(filterValue).join(", ")}]`;
  }
  const parts: string[] = [];
  if (condition.gte !== undefined) parts.push(`${condition.field} >= ${filterValue(condition.gte)}`);
  if (condition.lte !== undefined) parts.push(`${condition.field} <= ${filterValue(condition.lte)}`);
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join(" AND ")})`;
}

/** AND of OR-groups → Meilisearch's array form: outer elements are ANDed, inner arrays ORed. */
export function meiliFilter(filter: Exclude<NormalFilter, null>): (string | string[])[] {
  return filter.map((group) => (group.length === 1 ? conditionString(group[0] as Condition) : group.map(conditionString)));
}

/** Turns Meilisearch's tagged text into the port's HTML-safe text with `<mark>`. */
export function marked(value: unknown): string {
  const text = Array.isArray(value) ? value.map(String).join("、") : value === undefined || value === null ? "" : String(value);
  return escapeHtml(text).split(PRE_TAG).join(MARK_OPEN).split(POST_TAG).join(MARK_CLOSE);
}

export const hasMark = (value: unknown): boolean => (Array.isArray(value) ? value.some(hasMark) : typeof value === "string" && value.includes(PRE_TAG));

const QUERY_CODES = /^(invalid_search_|invalid_document_|missing_document_id|invalid_index_uid|invalid_settings_|invalid_facet|primary_key_|index_primary_key)/;

function fromResponse(code: string | undefined, message: string, index: string | undefined, cause: unknown, status?: number): SearchEngineError {
  if (code === "index_not_found") return new SearchIndexMissing(index ?? "?", { cause });
  if (code && QUERY_CODES.test(code)) return new SearchQueryInvalid(`meilisearch: ${message}`, undefined, { cause });
  if (status !== undefined && status >= 500) return new SearchEngineUnavailable(`meilisearch answered ${status}: ${message}`, { cause });
  if (code === "invalid_api_key" || code === "missing_authorization_header") return new SearchEngineUnavailable("meilisearch refused the API key", { cause });
  return new SearchWriteFailed(`meilisearch: ${message}`, { cause });
}

/**
 * Translates anything the client throws. Classes are recognised by name: the client is loaded by a
 * dynamic import, and a network failure must read "unavailable" whatever module instance threw it.
 */
export function translateError(error: unknown, index?: string): SearchEngineError {
  if (error instanceof SearchEngineError) return error;
  const name = (error as Error | undefined)?.name ?? "";
  if (name === "MeilisearchApiError") {
    const api = error as Error & { cause?: MeilisearchErrorResponse; response?: { status: number } };
    return fromResponse(api.cause?.code, api.message, index, error, api.response?.status);
  }
  if (name === "MeilisearchRequestError" || name === "MeilisearchRequestTimeOutError" || name === "MeilisearchTaskTimeOutError" || name === "TypeError" || name === "AbortError") {
    return new SearchEngineUnavailable(`meilisearch is unreachable: ${(error as Error).message}`, { cause: error });
  }
  return new SearchEngineUnavailable(`meilisearch failed: ${String((error as Error)?.message ?? error)}`, { cause: error });
}

/** The client resolves for failed tasks too: a task only counts once its status says it succeeded. */
export function checkTask(task: Task, index?: string): void {
  if (task.status === "succeeded") return;
  const error = task.error;
  if (task.status === "failed" && error) throw fromResponse(error.code, error.message, index ?? task.indexUid ?? undefined, error);
  throw new SearchWriteFailed(`meilisearch task ${task.uid} ended ${task.status}`, { cause: task });
}
