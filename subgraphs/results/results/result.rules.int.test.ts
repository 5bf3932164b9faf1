/**
 * The rules around the result workflow: creation from a project (asked from the projects subgraph),
 * filing only for accepted or filed projects, release respecting confidentiality and the sponsor's
 * consent (the sponsor's type asked from the bases subgraph), required reasons and editing.
 */
import { Role } from "../../../platform/auth";
import { tokenFor } from "../../../test/support/subgraph";
import { Confidentiality, ResultStatus } from "../enums";
import {
  BASE, codeOf, createOrganization, createProject, historyOf, MISSING, mintTokens, REGION, SERVICE_ORG, SPONSOR, seedResult, setProjectStatus,
  startResultsStack, type ResultsStack, type Tokens,
} from "../results.test-support";
import { Result } from "./result.entity";

const NOW = new Date("2025-03-01T08:00:00.000Z");
let stack: ResultsStack;
let tokens: Tokens;

beforeAll(async () => {
  stack = await startResultsStack({ clock: () => NOW });
  tokens = await mintTokens();
});
afterAll(() => stack?.stop());

const FIELDS = `id status baseId: base { id } regionCode navigationType sponsor { id } releasedAt sponsorConsentAt availableActions history { action fromState toState actorRole note }`;
const CREATE = `mutation($input: CreateResultInput!) { createResult(input: $input) { ${FIELDS} } }`;
const act = (mutation: string, id: string, token: string | undefined, note?: string) =>
  stack.results.query(`mutation($id: ID!, $note: String) { ${mutation}(id: $id, note: $note) { ${FIELDS} } }`, { id, note }, token);
const input = (projectId: string, overrides: Record<string, unknown> = {}) => ({
  projectId, type: "ANALYSIS_REPORT", title: "苏州市集成电路产业专利导航分析报告", abstract: "摘要", industryCodes: ["01"], dataCutoffOn: "2024-06-30",
  confidentiality: "PUBLIC", year: 2024, chapters: [{ title: "产业现状", text: "……" }], ...overrides,
});
const row = (id: string) => stack.results.dataSource.getRepository(Result).findOneByOrFail({ id });

describe("createResult takes the project's facts", () => {
  it("copies base, province, navigation type, sponsor and service organisations, and records the creation", async () => {
    const projectId = await createProject(stack, { sponsor: SPONSOR, serviceOrganizations: [SERVICE_ORG] });
    const created = await stack.results.query(CREATE, { input: input(projectId) }, tokens.serviceOrg);
    expect(created.errors).toBeUndefined();
    expect(created.data.createResult).toMatchObject({
      status: "DRAFT", baseId: { id: BASE }, regionCode: REGION, navigationType: "INDUSTRIAL_PLANNING", sponsor: { id: SPONSOR },
      availableActions: ["submit"], history: [{ action: "create", fromState: null, toState: "DRAFT", actorRole: "SERVICE_ORG", note: null }],
    });
    expect((await row(created.data.createResult.id)).serviceOrganizationIds).toEqual([SERVICE_ORG]);
  });

  it.each([
    ["the base's operator", "operator"],
    ["the province's office", "office"],
    ["the national admin", "admin"],
  ] as const)("is open to %s", async (_label, who) => {
    const projectId = await createProject(stack);
    expect((await stack.results.query(CREATE, { input: input(projectId) }, tokens[who])).errors).toBeUndefined();
  });

  it.each([
    ["ENTERPRISE (even the sponsor)", "sponsor", "FORBIDDEN"],
    ["EXPERT", "expert", "FORBIDDEN"],
    ["PUBLIC", "public", "UNAUTHENTICATED"],
  ] as const)("is refused to %s", async (_label, who, code) => {
    const projectId = await createProject(stack);
    const before = await stack.results.dataSource.getRepository(Result).count();
    expect(codeOf(await stack.results.query(CREATE, { input: input(projectId) }, tokens[who]))).toBe(code);
    expect(await stack.results.dataSource.getRepository(Result).count()).toBe(before);
  });

  it("answers BAD_USER_INPUT on input.projectId for a missing project", async () => {
    const answer = await stack.results.query(CREATE, { input: input(MISSING) }, tokens.operator);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.projectId" });
  });

  it("refuses another base's operator and a service organisation not working on the project", async () => {
    const projectId = await createProject(stack);
    for (const token of [tokens.otherOperator, tokens.otherServiceOrg]) {
      // FORBIDDEN when the projects subgraph shows them the project, BAD_USER_INPUT when it hides it: refused either way.
      expect(["FORBIDDEN", "BAD_USER_INPUT"]).toContain(codeOf(await stack.results.query(CREATE, { input: input(projectId) }, token)));
    }
  });
});

describe("filing needs an accepted or filed project", () => {
  it.each(["ACCEPTED", "FILED", "EVALUATED", "CLOSED"])("submits a result of a %s project", async (status) => {
    const projectId = await createProject(stack, { status });
    const result = await seedResult(stack.results, { projectId });
    expect((await act("submitResult", result.id, tokens.operator)).data.submitResult.status).toBe("SUBMITTED");
  });

  it.each(["PLANNING", "IN_EXECUTION", "SUBMITTED_FOR_ACCEPTANCE", "RECTIFYING", "SUSPENDED"])("refuses a result of a %s project with CONFLICT", async (status) => {
    const projectId = await createProject(stack, { status });
    const result = await seedResult(stack.results, { projectId });
    const answer = await act("submitResult", result.id, tokens.operator);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "DRAFT" });
    expect(answer.errors?.[0]?.message).toMatch(/only results of accepted or filed projects are filed/);
    expect((await row(result.id)).status).toBe(ResultStatus.DRAFT);
  });

  it("applies the same rule on resubmission", async () => {
    const projectId = await createProject(stack, { status: "ACCEPTED" });
    const result = await seedResult(stack.results, { projectId, status: ResultStatus.RETURNED });
    await setProjectStatus(stack, projectId, "TERMINATED");
    expect(codeOf(await act("resubmitResult", result.id, tokens.serviceOrg))).toBe("CONFLICT");
    await setProjectStatus(stack, projectId, "FILED");
    expect((await act("resubmitResult", result.id, tokens.serviceOrg)).data.resubmitResult.status).toBe("SUBMITTED");
  });
});

describe("release respects confidentiality and the sponsor's consent", () => {
  it("needs the consent of a sponsor that is not a public body, recorded by the sponsor while in the library", async () => {
    const sponsor = await createOrganization(stack, "ENTERPRISE");
    const sponsorToken = await tokenFor(Role.ENTERPRISE, { orgId: sponsor });
    const result = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY, sponsorOrganizationId: sponsor });

    const refused = await act("releaseResult", result.id, tokens.operator);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "IN_LIBRARY" });
    expect(refused.errors?.[0]?.message).toMatch(/must consent/);
    expect((await act("withdrawResult", result.id, tokens.operator, "x")).errors?.[0]?.extensions?.state).toBe("IN_LIBRARY");

    const before = await stack.results.query(`query($id: ID!) { result(id: $id) { availableActions } }`, { id: result.id }, sponsorToken);
    expect(before.data.result.availableActions).toEqual(["consentToRelease"]);
    const consented = await act("consentToResultRelease", result.id, sponsorToken);
    expect(consented.data.consentToResultRelease).toMatchObject({ status: "IN_LIBRARY", sponsorConsentAt: NOW.toISOString(), availableActions: [] });
    expect(codeOf(await act("consentToResultRelease", result.id, sponsorToken))).toBe("CONFLICT");

    const released = await act("releaseResult", result.id, tokens.operator);
    expect(released.data.releaseResult).toMatchObject({ status: "RELEASED", releasedAt: NOW.toISOString() });
    expect((await historyOf(stack.results, result.id)).map((entry) => [entry.action, entry.fromState, entry.toState, entry.actorRole])).toEqual([
      ["consentToRelease", "IN_LIBRARY", "IN_LIBRARY", "ENTERPRISE"],
      ["release", "IN_LIBRARY", "RELEASED", "BASE_OPERATOR"],
    ]);
  });

  it.each(["GOVERNMENT", "PUBLIC_INSTITUTION"])("releases without consent when the sponsor is a %s", async (type) => {
    const sponsor = await createOrganization(stack, type);
    const result = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY, sponsorOrganizationId: sponsor });
    expect((await act("releaseResult", result.id, tokens.office)).data.releaseResult.status).toBe("RELEASED");
  });

  it("treats a sponsor the bases subgraph does not know as one that must consent", async () => {
    const result = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY, sponsorOrganizationId: MISSING });
    expect(codeOf(await act("releaseResult", result.id, tokens.admin))).toBe("CONFLICT");
  });

  it("refuses a TARGETED result without an audience", async () => {
    const result = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY, confidentiality: Confidentiality.TARGETED, sponsorConsentAt: new Date() });
    const answer = await act("releaseResult", result.id, tokens.admin);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "IN_LIBRARY" });
    expect((await row(result.id)).status).toBe(ResultStatus.IN_LIBRARY);
  });
});

describe("reasons", () => {
  it.each([
    ["returnResult", ResultStatus.IN_REVIEW, "office"],
    ["rejectResult", ResultStatus.IN_REVIEW, "admin"],
    ["withdrawResult", ResultStatus.RELEASED, "operator"],
  ] as const)("%s needs a note: BAD_USER_INPUT on note, nothing changes", async (mutation, state, who) => {
    const result = await seedResult(stack.results, { status: state });
    for (const note of [undefined, "   "]) {
      const answer = await act(mutation, result.id, tokens[who], note);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    }
    expect((await row(result.id)).status).toBe(state);
    expect(await historyOf(stack.results, result.id)).toEqual([]);
  });
});

describe("editing", () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateResultInput!) { updateResult(id: $id, input: $input) { title status } }`;

  it.each([ResultStatus.DRAFT, ResultStatus.RETURNED])("edits a %s result", async (status) => {
    const result = await seedResult(stack.results, { status });
    const answer = await stack.results.query(UPDATE, { id: result.id, input: { title: "修订版报告" } }, tokens.serviceOrg);
    expect(answer.data.updateResult).toEqual({ title: "修订版报告", status });
  });

  it.each([ResultStatus.SUBMITTED, ResultStatus.IN_LIBRARY, ResultStatus.RELEASED])("refuses to edit a %s result with CONFLICT", async (status) => {
    const result = await seedResult(stack.results, { status });
    const answer = await stack.results.query(UPDATE, { id: result.id, input: { title: "修订版报告" } }, tokens.operator);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: status });
  });

  it.each([
    ["the sponsor", "sponsor", "FORBIDDEN"],
    ["another base's operator", "otherOperator", "NOT_FOUND"],
    ["PUBLIC", "public", "UNAUTHENTICATED"],
  ] as const)("refuses %s", async (_label, who, code) => {
    const result = await seedResult(stack.results);
    expect(codeOf(await stack.results.query(UPDATE, { id: result.id, input: { title: "修订版报告" } }, tokens[who]))).toBe(code);
    expect((await row(result.id)).title).toBe(result.title);
  });
});

it("runs the whole story: create → submit → review → return → resubmit → admit → release → withdraw", async () => {
  const government = await createOrganization(stack, "GOVERNMENT");
  const projectId = await createProject(stack, { sponsor: government });
  const id = (await stack.results.query(CREATE, { input: input(projectId) }, tokens.operator)).data.createResult.id;
  const steps: [string, keyof Tokens, string?][] = [
    ["submitResult", "operator"], ["startResultReview", "office"], ["returnResult", "office", "补充数据来源"],
    ["resubmitResult", "serviceOrg"], ["startResultReview", "admin"], ["admitResult", "office"], ["releaseResult", "operator"], ["withdrawResult", "admin", "数据更新"],
  ];
  for (const [mutation, who, note] of steps) expect((await act(mutation, id, tokens[who], note)).errors).toBeUndefined();
  const read = await stack.results.query(`query($id: ID!) { result(id: $id) { status history { action toState note } } }`, { id }, tokens.admin);
  expect(read.data.result.status).toBe("WITHDRAWN");
  expect(read.data.result.history.map((entry: { action: string }) => entry.action)).toEqual(["create", "submit", "startReview", "return", "resubmit", "startReview", "admit", "release", "withdraw"]);
  expect(read.data.result.history[3].note).toBe("补充数据来源");
});
