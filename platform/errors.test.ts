import { GraphQLError } from "graphql";
import { createErrorFormatter, DomainError, requestScope } from "./errors";
import type { Logger } from "./logger";

function recordingLogger() {
  const entries: { message: string; fields?: Record<string, unknown> }[] = [];
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (message, fields) => entries.push({ message, fields }),
    child: () => logger,
  };
  return { logger, entries };
}

describe("error formatter", () => {
  it("keeps domain errors with their code and details", () => {
    const { logger } = recordingLogger();
    const error = new GraphQLError("application is SUBMITTED", { originalError: new DomainError("CONFLICT", "application is SUBMITTED", { state: "SUBMITTED" }) });
    const formatted = createErrorFormatter(logger)({ message: error.message, extensions: { code: "CONFLICT", state: "SUBMITTED" } }, error);
    expect(formatted).toEqual({ message: "application is SUBMITTED", extensions: { code: "CONFLICT", state: "SUBMITTED" } });
  });

  it("masks anything unexpected and logs it with the request id", () => {
    const { logger, entries } = recordingLogger();
    const cause = new Error('relation "service_base" does not exist at SELECT * FROM service_base');
    const error = new GraphQLError(cause.message, { originalError: cause });
    const formatted = requestScope.run({ requestId: "req-42" }, () =>
      createErrorFormatter(logger)({ message: cause.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x.ts:1"] } }, error),
    );
    expect(formatted).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: "req-42" } });
    expect(entries).toHaveLength(1);
    expect(entries[0].fields).toMatchObject({ requestId: "req-42", error: cause });
  });

  it("turns class-validator failures into BAD_USER_INPUT naming the nested field", () => {
    const { logger } = recordingLogger();
    const original = Object.assign(new Error("Argument Validation Error"), {
      extensions: { code: "BAD_USER_INPUT", validationErrors: [{ property: "input", children: [{ property: "name", constraints: { isLength: "name must be shorter than or equal to 200 characters" } }] }] },
    });
    const error = new GraphQLError(original.message, { originalError: original });
    const formatted = createErrorFormatter(logger)({ message: original.message, extensions: { code: "BAD_USER_INPUT" } }, error);
    expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.name" });
  });

  it("reports an unknown enum value in variables as BAD_USER_INPUT with its path", () => {
    const { logger } = recordingLogger();
    const message = 'Variable "$input" got invalid value "PIRATE" at "input.type"; Value "PIRATE" does not exist in "OrganizationType" enum.';
    const formatted = createErrorFormatter(logger)({ message, extensions: { code: "BAD_USER_INPUT" } }, new GraphQLError(message));
    expect(formatted.extensions).toEqual({ code: "BAD_USER_INPUT", field: "input.type" });
  });
});
