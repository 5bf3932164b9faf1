/**
 * The result workflow, table-driven through GraphQL on a real database: every action from every state,
 * every role, and callers outside the result's scope. The projects subgraph answers the project's state.
 */
import { Role } from "../../../platform/auth";
import { tokenFor } from "../../../test/support/subgraph";
import { Confidentiality, ResultStatus } from "../enums";
import { codeOf, createProject, historyOf, mintTokens, roleTokens, seedResult, startResultsStack, type ResultsStack, type Tokens } from "../results.test-support";
import { Result } from "./result.entity";
import { ResultWorkflow, type ResultAction } from "./result.workflow";

let stack: ResultsStack;
let tokens: Tokens;
let projectId: string;

beforeAll(async () => {
  stack = await startResultsStack();
  tokens = await mintTokens();
  projectId = await createProject(stack, { status: "ACCEPTED" });
});
afterAll(() => stack?.stop());

const MUTATION: Record<ResultAction, string> = {
  submit: "submitResult",
  resubmit: "resubmitResult",
  startReview: "startResultReview",
  admit: "admitResult",
  return: "returnResult",
  reject: "rejectResult",
  consentToRelease: "consentToResultRelease",
  release: "releaseResult",
  withdraw: "withdrawResult",
};

/** An in-scope caller of an allowed role for each action. */
const ACTOR: Record<ResultAction, keyof Tokens> = {
  submit: "operator",
  resubmit: "serviceOrg",
  startReview: "office",
  admit: "admin",
  return: "office",
  reject: "admin",
  consentToRelease: "sponsor",
  release: "operator",
  withdraw: "office",
};
const ROLE_OF: Partial<Record<keyof Tokens, Role>> = { operator: Role.BASE_OPERATOR, serviceOrg: Role.SERVICE_ORG, office: Role.PROVINCIAL_OFFICE, admin: Role.NATIONAL_ADMIN, sponsor: Role.ENTERPRISE };

const ACTIONS = Object.keys(ResultWorkflow) as ResultAction[];
const STATES = Object.values(ResultStatus);

const take = (action: ResultAction, id: string, token: string | undefined, note: string | null = "理由说明") =>
  stack.results.query(
    `mutation($id: ID!, $note: String) { ${MUTATION[action]}(id: $id, note: $note) { id status releasedAt sponsorConsentAt history { action fromState toState actor actorRole note } } }`,
    { id, note },
    token,
  );

/** A result in `status` of the accepted project; consent is recorded beforehand except to test consenting. */
const seedFor = (action: ResultAction, status: ResultStatus) =>
  seedResult(stack.results, { projectId, status, sponsorConsentAt: action === "consentToRelease" ? null : new Date("2024-12-01T00:00:00Z") });

const statusOf = async (id: string) => (await stack.results.dataSource.getRepository(Result).findOneByOrFail({ id })).status;

describe.each(ACTIONS)("%s", (action) => {
  const rule = ResultWorkflow[action];

  it.each(STATES)(`from %s: legal states move and append history, others are CONFLICT naming the state`, async (state) => {
    const result = await seedFor(action, state);
    const answer = await take(action, result.id, tokens[ACTOR[action]] as string);
    if (rule.from.includes(state)) {
      expect(answer.errors).toBeUndefined();
      const moved = answer.data[MUTATION[action]];
      expect(moved.status).toBe(rule.to);
      const entry = { action, fromState: state, toState: rule.to, actor: `test-${ROLE_OF[ACTOR[action]]!.toLowerCase()}`, actorRole: ROLE_OF[ACTOR[action]], note: "理由说明" };
      expect(moved.history).toEqual([entry]);
      expect(await historyOf(stack.results, result.id)).toEqual([entry]);
      if (action === "release") expect(moved.releasedAt).not.toBeNull();
      if (action === "consentToRelease") expect(moved.sponsorConsentAt).not.toBeNull();
    } else {
      expect(codeOf(answer)).toBe("CONFLICT");
      expect(answer.errors?.[0]?.extensions?.state).toBe(state);
      expect(await statusOf(result.id)).toBe(state);
      expect(await historyOf(stack.results, result.id)).toEqual([]);
    }
  });

  const refused = (Object.values(Role) as Role[]).filter((role) => !rule.roles.includes(role));
  if (refused.length > 0) {
    it.each(refused)("refuses role %s (FORBIDDEN; PUBLIC is UNAUTHENTICATED) and changes nothing", async (role) => {
      const result = await seedFor(action, rule.from[0]);
      const answer = await take(action, result.id, roleTokens(tokens)[role]);
      expect(codeOf(answer)).toBe(role === Role.PUBLIC ? "UNAUTHENTICATED" : "FORBIDDEN");
      expect(await statusOf(result.id)).toBe(rule.from[0]);
      expect(await historyOf(stack.results, result.id)).toEqual([]);
    });
  }
});

/**
 * Callers of an allowed role outside the result's scope. A caller who can see the result is FORBIDDEN;
 * one who cannot see it (another province's office or another base's operator before release) is
 * NOT_FOUND, exactly as for a missing result, so that nothing leaks about its existence.
 */
const OUT_OF_SCOPE: [ResultAction, ResultStatus, Confidentiality, keyof Tokens | "sponsorAsServiceOrg", "FORBIDDEN" | "NOT_FOUND"][] = [
  ["submit", ResultStatus.DRAFT, Confidentiality.PUBLIC, "otherOperator", "NOT_FOUND"],
  ["submit", ResultStatus.DRAFT, Confidentiality.PUBLIC, "otherServiceOrg", "NOT_FOUND"],
  ["submit", ResultStatus.DRAFT, Confidentiality.PUBLIC, "sponsorAsServiceOrg", "FORBIDDEN"],
  ["resubmit", ResultStatus.RETURNED, Confidentiality.PUBLIC, "otherServiceOrg", "NOT_FOUND"],
  ["resubmit", ResultStatus.RETURNED, Confidentiality.PUBLIC, "sponsorAsServiceOrg", "FORBIDDEN"],
  ["startReview", ResultStatus.SUBMITTED, Confidentiality.PUBLIC, "otherOffice", "NOT_FOUND"],
  ["admit", ResultStatus.IN_REVIEW, Confidentiality.PUBLIC, "otherOffice", "NOT_FOUND"],
  ["return", ResultStatus.IN_REVIEW, Confidentiality.PUBLIC, "otherOffice", "NOT_FOUND"],
  ["reject", ResultStatus.IN_REVIEW, Confidentiality.PUBLIC, "otherOffice", "NOT_FOUND"],
  ["consentToRelease", ResultStatus.IN_LIBRARY, Confidentiality.PUBLIC, "office", "FORBIDDEN"],
  ["consentToRelease", ResultStatus.IN_LIBRARY, Confidentiality.PUBLIC, "enterprise", "NOT_FOUND"],
  ["release", ResultStatus.IN_LIBRARY, Confidentiality.PUBLIC, "otherOffice", "NOT_FOUND"],
  ["release", ResultStatus.IN_LIBRARY, Confidentiality.PUBLIC, "otherOperator", "NOT_FOUND"],
  ["withdraw", ResultStatus.RELEASED, Confidentiality.PUBLIC, "otherOffice", "FORBIDDEN"],
  ["withdraw", ResultStatus.RELEASED, Confidentiality.REGISTERED, "otherOperator", "FORBIDDEN"],
  ["withdraw", ResultStatus.RELEASED, Confidentiality.RESTRICTED, "otherOperator", "NOT_FOUND"],
];

describe("callers outside the result's scope", () => {
  it.each(OUT_OF_SCOPE)("%s from %s (%s) by %s → %s, nothing changes", async (action, state, confidentiality, who, code) => {
    const result = await seedResult(stack.results, { projectId, status: state, confidentiality, sponsorConsentAt: action === "consentToRelease" ? null : new Date() });
    const token = who === "sponsorAsServiceOrg" ? await tokenFor(Role.SERVICE_ORG, { orgId: result.sponsorOrganizationId }) : tokens[who];
    const answer = await take(action, result.id, token);
    expect(codeOf(answer)).toBe(code);
    expect(await statusOf(result.id)).toBe(state);
    expect(await historyOf(stack.results, result.id)).toEqual([]);
  });

  it("answers a missing result NOT_FOUND with the same message shape as an invisible one", async () => {
    const hidden = await seedResult(stack.results, { projectId, status: ResultStatus.SUBMITTED });
    const missing = "00000000-0000-4000-8000-00000000abcd";
    const [a, b] = [await take("startReview", hidden.id, tokens.otherOffice), await take("startReview", missing, tokens.otherOffice)];
    expect(codeOf(a)).toBe("NOT_FOUND");
    expect(a.errors?.[0]?.message.replace(hidden.id, "ID")).toBe(b.errors?.[0]?.message.replace(missing, "ID"));
  });
});
