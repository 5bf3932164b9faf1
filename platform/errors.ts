/**
 * The closed vocabulary of error codes and the one formatter every server uses. Services throw
 * `DomainError`s (no GraphQL imports needed); graphql-js copies their `extensions` onto the GraphQL
 * error. Anything outside the vocabulary is logged with its request id and masked.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { GraphQLFormattedError } from "graphql";
import type { Logger } from "./logger";

export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes produced by the GraphQL machinery itself that are safe to show as they are. */
const PROTOCOL_CODES = new Set(["GRAPHQL_PARSE_FAILED", "BAD_REQUEST", "PERSISTED_QUERY_NOT_FOUND", "PERSISTED_QUERY_NOT_SUPPORTED", "OPERATION_RESOLUTION_FAILURE"]);

export interface ErrorDetails {
  /** Input path of the offending argument, e.g. `input.name`. */
  field?: string;
  /** Current state of the entity, for refused transitions. */
  state?: string;
  /** The service that failed, for SERVICE_UNAVAILABLE. */
  service?: string;
}

export class DomainError extends Error {
  readonly extensions: { code: ErrorCode } & ErrorDetails;

  constructor(readonly code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = "DomainError";
    this.extensions = { code, ...details };
  }
}

export const badInput = (field: string, message: string) => new DomainError("BAD_USER_INPUT", message, { field });
export const unauthenticated = (message = "sign in to do this") => new DomainError("UNAUTHENTICATED", message);
export const forbidden = (message = "you may not do this") => new DomainError("FORBIDDEN", message);
export const notFound = (entity: string, id: string) => new DomainError("NOT_FOUND", `${entity} ${id} not found`);
export const conflict = (message: string, state?: string) => new DomainError("CONFLICT", message, { state });

/** Request-scoped values the formatter needs but Apollo does not hand it. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

const FIELD_PATTERNS = [
  /at "([\w.[\]]+)"/, // Variable "$input" got invalid value … at "input.level"
  /Field "(\w+)" of required type/, // missing required input field
  /Argument "(\w+)" of (?:required|non-null) type/,
  /Field "\w+" argument "(\w+)"/,
  /field "(\w+)" is not defined/i,
  /Variable "\$(\w+)"/,
];

function fieldOf(message: string): string | undefined {
  for (const pattern of FIELD_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return match[1];
  }
  return undefined;
}

/** Input-shaped validation failures (wrong enum value, missing field, wrong literal type) are the caller's input errors. */
const INPUT_VALIDATION = /(Expected value of type|of required type|cannot represent|got invalid value|is not defined by type|does not exist in "|Int cannot|String cannot|Enum ")/;

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function firstViolation(errors: ValidationErrorLike[], prefix = ""): { field: string; message: string } | undefined {
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) return { field: path, message: Object.values(error.constraints)[0] ?? "is invalid" };
    const nested = error.children && firstViolation(error.children, path);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Builds Apollo's `formatError`: keeps the closed vocabulary, names the field of input errors, and
 * replaces anything else by an opaque INTERNAL_SERVER_ERROR carrying the request id that was logged.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    const requestId = requestScope.getStore()?.requestId;
    const original = (error as { originalError?: unknown })?.originalError;

    const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } } | undefined)
      ?.extensions?.validationErrors;
    if (validationErrors?.length) {
      const violation = firstViolation(validationErrors);
      return {
        message: violation ? `${violation.field}: ${violation.message}` : formatted.message,
        path: formatted.path,
        extensions: { code: "BAD_USER_INPUT", field: violation?.field },
      };
    }
    if (code === "BAD_USER_INPUT" || (code === "GRAPHQL_VALIDATION_FAILED" && INPUT_VALIDATION.test(formatted.message))) {
      const field = (formatted.extensions?.field as string | undefined) ?? fieldOf(formatted.message);
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_USER_INPUT", field } };
    }
    if (code === "GRAPHQL_VALIDATION_FAILED" || PROTOCOL_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code } };
    }
    // A subgraph already masked and logged it: keep its request id so the two logs can be joined.
    if (code === "INTERNAL_SERVER_ERROR" && formatted.extensions?.requestId && formatted.message === "Internal server error") {
      return { message: formatted.message, path: formatted.path, extensions: { code, requestId: formatted.extensions.requestId, service: formatted.extensions.serviceName } };
    }
    if ((ERROR_CODES as readonly string[]).includes(code) && code !== "INTERNAL_SERVER_ERROR") {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, path: formatted.path, extensions };
    }
    logger.error("unexpected error", { requestId, error: original instanceof Error ? original : error, path: formatted.path });
    return {
      message: "Internal server error",
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
    };
  };
}
