/**
 * Which indexed reports a caller may find. The rule is written once, as an engine filter, and handed to
 * every report query, so hits, totals and facets are all computed over visible reports only; the one
 * place that needs a yes/no on a single document (the source of relatedReports) evaluates the very
 * same filter on it instead of restating the rule.
 */
import { Role, type Caller } from "../../platform/auth";
import { reportVisibility } from "../engine/documents";
import type { FilterClause, FilterValue, SearchDocument, SearchFilter } from "../engine/port";

/** The confidentialities a non-admin may ever find; anything else (RESTRICTED) is out whatever its audience. */
const FINDABLE = ["PUBLIC", "REGISTERED", "TARGETED"];

/**
 * The visibility filter for `caller`: empty for the national admin, who may see every indexed report
 * (RESTRICTED results are never indexed, so "every indexed" never includes them). For everyone else the
 * OR-group of documents.ts, ANDed with the findable confidentialities: the group's audience clauses
 * trust that only TARGETED documents carry audiences, and this keeps a document breaking that rule out.
 */
export function reportVisibilityFor(caller: Caller): SearchFilter {
  if (caller.role === Role.NATIONAL_ADMIN) return [];
  const signedIn = caller.role !== Role.PUBLIC;
  const group = reportVisibility({ signedIn, organizationId: caller.orgId, industryCodes: caller.industryCodes });
  return group.or.length > 1 ? [group, { field: "confidentiality", in: FINDABLE }] : [group];
}

const valuesOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function clauseHolds(clause: FilterClause, document: SearchDocument): boolean {
  const values = valuesOf(document[clause.field]);
  if ("eq" in clause) return values.includes(clause.eq);
  if ("in" in clause) return clause.in.some((wanted: FilterValue) => values.includes(wanted));
  return values.some((value) => typeof value === "number" && (clause.gte === undefined || value >= clause.gte) && (clause.lte === undefined || value <= clause.lte));
}

/** Whether `document` passes `filter`, with the port's semantics (on arrays `eq` = contains, `in` = intersects). */
export function documentMatches(filter: SearchFilter, document: SearchDocument): boolean {
  return filter.every((element) => ("or" in element ? element.or.some((clause) => clauseHolds(clause, document)) : clauseHolds(element, document)));
}
