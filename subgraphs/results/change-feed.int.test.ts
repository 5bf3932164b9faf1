/**
 * The results change feed: every write a search document depends on (results and typical cases:
 * creation, edits, every workflow action, the demo seed) appends exactly one UPSERT in its own
 * transaction; a refused write appends nothing; the feed pages by sequence, is read by the national
 * admin only, and stays out of the gateway's public API.
 */
import { changeFeedProbe, expectInaccessibleFeed, upsert } from "../../test/support/change-feed";
import { Role } from "../../platform/auth";
import { ChangeLogEntry } from "../../platform/change-feed";
import { createLogger } from "../../platform/logger";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { CaseStatus, ResultStatus } from "./enums";
import { Result } from "./results/result.entity";
import { codeOf, createOrganization, createProject, mintTokens, REGION, seedCase, seedResult, startResultsStack, type ResultsStack, type Tokens } from "./results.test-support";
import { resultsSubgraph } from "./schema";
import { seedDemoData } from "./seed";
import { TypicalCase } from "./typical-cases/typical-case.entity";

let stack: ResultsStack;
let tokens: Tokens;

beforeAll(async () => {
  stack = await startResultsStack();
  tokens = await mintTokens();
});
afterAll(() => stack?.stop());

const { repository, head, appendedBy, expectAppends, expectNothingAppended } = changeFeedProbe(() => stack.results.dataSource, codeOf);


const act = (mutation: string, id: string, token: string | undefined, note?: string) => () =>
  stack.results.query(`mutation($id: ID!, $note: String) { ${mutation}(id: $id, note: $note) { id status } }`, { id, note }, token);

const CREATE_RESULT = `mutation($input: CreateResultInput!) { createResult(input: $input) { id } }`;
const UPDATE_RESULT = `mutation($id: ID!, $input: UpdateResultInput!) { updateResult(id: $id, input: $input) { id } }`;
const resultInput = (projectId: string, overrides: Record<string, unknown> = {}) => ({
  projectId, type: "ANALYSIS_REPORT", title: "苏州市集成电路产业专利导航分析报告", abstract: "摘要", industryCodes: ["01"], dataCutoffOn: "2024-06-30",
  confidentiality: "PUBLIC", year: 2024, chapters: [{ title: "产业现状", text: "……" }], ...overrides,
});

const CREATE_CASE = `mutation($input: CreateTypicalCaseInput!) { createTypicalCase(input: $input) { id } }`;
const UPDATE_CASE = `mutation($id: ID!, $input: UpdateTypicalCaseInput!) { updateTypicalCase(id: $id, input: $input) { id } }`;
const caseInput = (resultId: string, overrides: Record<string, unknown> = {}) => ({
  resultId, title: "专利导航助力集成电路企业突破技术封锁", navigationType: "INDUSTRIAL_PLANNING", industryCodes: ["01"], background: "背景", process: "过程",
  findings: "发现", application: "运用", outcomes: "成效", outcomeFigures: [{ label: "新增专利申请", value: 120, unit: "件" }], year: 2024, ...overrides,
});

const FEED = `query($after: Int, $first: Int) { resultChanges(after: $after, first: $first) { head entries { sequence entityType entityId operation at } } }`;
const readFeed = (token: string | undefined, variables: { after?: number; first?: number } = {}) => stack.results.query(FEED, variables, token);

describe("results", () => {
  it("logs one UPSERT per write through the whole workflow: create, edit with chapters, every action", async () => {
    const government = await createOrganization(stack, "GOVERNMENT");
    const projectId = await createProject(stack, { sponsor: government });
    const created = await appendedBy(() => stack.results.query(CREATE_RESULT, { input: resultInput(projectId) }, tokens.operator));
    expect(created.answer.errors).toBeUndefined();
    const id: string = created.answer.data.createResult.id;
    expect(created.changes).toEqual([upsert("Result", id)]);

    await expectAppends(() => stack.results.query(UPDATE_RESULT, { id, input: { title: "修订版报告", keywords: ["碳化硅"], chapters: [{ title: "新章节", text: "正文" }] } }, tokens.serviceOrg), [upsert("Result", id)]);
    const steps: [string, keyof Tokens, string?][] = [
      ["submitResult", "operator"], ["startResultReview", "office"], ["returnResult", "office", "补充数据来源"],
      ["resubmitResult", "serviceOrg"], ["startResultReview", "admin"], ["admitResult", "office"], ["releaseResult", "operator"], ["withdrawResult", "admin", "数据更新"],
    ];
    for (const [mutation, who, note] of steps) await expectAppends(act(mutation, id, tokens[who] as string, note), [upsert("Result", id)]);

    const all = await repository().find({ where: { entityId: id }, order: { sequence: "ASC" } });
    expect(all).toHaveLength(2 + steps.length);
    expect(all.every((row) => row.at instanceof Date)).toBe(true);
  });

  it("logs the sponsor's consent and a rejection", async () => {
    const sponsor = await createOrganization(stack, "ENTERPRISE");
    const inLibrary = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY, sponsorOrganizationId: sponsor });
    await expectAppends(act("consentToResultRelease", inLibrary.id, await tokenFor(Role.ENTERPRISE, { orgId: sponsor })), [upsert("Result", inLibrary.id)]);
    const inReview = await seedResult(stack.results, { status: ResultStatus.IN_REVIEW });
    await expectAppends(act("rejectResult", inReview.id, tokens.admin, "不符合要求"), [upsert("Result", inReview.id)]);
  });

  it("appends nothing when a write is refused", async () => {
    const draft = await seedResult(stack.results);
    // A refused transition (CONFLICT naming the state) …
    await expectNothingAppended(act("withdrawResult", draft.id, tokens.admin, "x"), "CONFLICT");
    // … a refused precondition, checked inside the transaction: the project is not accepted …
    const planning = await createProject(stack, { status: "PLANNING" });
    const early = await seedResult(stack.results, { projectId: planning });
    await expectNothingAppended(act("submitResult", early.id, tokens.operator), "CONFLICT");
    // … a release without the consent of a sponsor that is not a public body …
    const enterprise = await createOrganization(stack, "ENTERPRISE");
    const unconsented = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY, sponsorOrganizationId: enterprise });
    await expectNothingAppended(act("releaseResult", unconsented.id, tokens.operator), "CONFLICT");
    // … a missing reason, an edit of a submitted result, invalid input, the wrong role, a hidden result.
    await expectNothingAppended(act("returnResult", (await seedResult(stack.results, { status: ResultStatus.IN_REVIEW })).id, tokens.office), "BAD_USER_INPUT");
    const submitted = await seedResult(stack.results, { status: ResultStatus.SUBMITTED });
    await expectNothingAppended(() => stack.results.query(UPDATE_RESULT, { id: submitted.id, input: { title: "修订版报告" } }, tokens.operator), "CONFLICT");
    await expectNothingAppended(() => stack.results.query(UPDATE_RESULT, { id: draft.id, input: { confidentiality: "TARGETED" } }, tokens.operator), "BAD_USER_INPUT");
    await expectNothingAppended(() => stack.results.query(CREATE_RESULT, { input: resultInput(planning, { title: "x" }) }, tokens.operator), "BAD_USER_INPUT");
    await expectNothingAppended(() => stack.results.query(UPDATE_RESULT, { id: draft.id, input: { title: "修订版报告" } }, tokens.sponsor), "FORBIDDEN");
    await expectNothingAppended(() => stack.results.query(UPDATE_RESULT, { id: draft.id, input: { title: "修订版报告" } }, tokens.otherOperator), "NOT_FOUND");
  });

  it("does not change a result whose change cannot be logged: the entry is written in the same transaction", async () => {
    const draft = await seedResult(stack.results, { projectId: await createProject(stack, { status: "ACCEPTED" }) });
    await withChangeLogUnavailable(stack.results, async () => {
      const answer = await stack.results.query(UPDATE_RESULT, { id: draft.id, input: { title: "未能记录的修改", chapters: [{ title: "章", text: "文" }] } }, tokens.operator);
      expect(codeOf(answer)).toBe("INTERNAL_SERVER_ERROR");
      const answer2 = await act("submitResult", draft.id, tokens.operator)();
      expect(codeOf(answer2)).toBe("INTERNAL_SERVER_ERROR");
    });
    const row = await stack.results.dataSource.getRepository(Result).findOneByOrFail({ id: draft.id });
    expect({ title: row.title, status: row.status }).toEqual({ title: draft.title, status: ResultStatus.DRAFT });
  });
});

describe("typical cases", () => {
  it("logs one UPSERT per write: nomination, edit and every action", async () => {
    const result = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY });
    const created = await appendedBy(() => stack.results.query(CREATE_CASE, { input: caseInput(result.id) }, tokens.operator));
    expect(created.answer.errors).toBeUndefined();
    const id: string = created.answer.data.createTypicalCase.id;
    expect(created.changes).toEqual([upsert("TypicalCase", id)]);
    await expectAppends(() => stack.results.query(UPDATE_CASE, { id, input: { lessons: "数据先行" } }, tokens.office), [upsert("TypicalCase", id)]);
    for (const mutation of ["shortlistTypicalCase", "selectTypicalCase", "publishTypicalCase"]) {
      await expectAppends(act(mutation, id, tokens.admin), [upsert("TypicalCase", id)]);
    }
    await expectAppends(act("withdrawTypicalCase", id, tokens.admin, "案例数据有误"), [upsert("TypicalCase", id)]);
  });

  it("appends nothing when a write is refused", async () => {
    const nominated = await seedCase(stack.results, { status: CaseStatus.NOMINATED });
    await expectNothingAppended(act("publishTypicalCase", nominated.id, tokens.admin), "CONFLICT");
    await expectNothingAppended(act("withdrawTypicalCase", nominated.id, tokens.admin), "BAD_USER_INPUT");
    await expectNothingAppended(act("shortlistTypicalCase", nominated.id, tokens.office), "FORBIDDEN");
    const withdrawn = await seedCase(stack.results, { status: CaseStatus.WITHDRAWN });
    await expectNothingAppended(() => stack.results.query(UPDATE_CASE, { id: withdrawn.id, input: { lessons: "x" } }, tokens.operator), "CONFLICT");
    const draft = await seedResult(stack.results);
    await expectNothingAppended(() => stack.results.query(CREATE_CASE, { input: caseInput(draft.id) }, tokens.operator), "CONFLICT");
    const inLibrary = await seedResult(stack.results, { status: ResultStatus.IN_LIBRARY });
    await expectNothingAppended(() => stack.results.query(CREATE_CASE, { input: caseInput(inLibrary.id, { outcomeFigures: [] }) }, tokens.operator), "BAD_USER_INPUT");
  });

  it("does not change a case whose change cannot be logged", async () => {
    const selected = await seedCase(stack.results, { status: CaseStatus.SELECTED });
    await withChangeLogUnavailable(stack.results, async () => {
      expect(codeOf(await act("publishTypicalCase", selected.id, tokens.admin)())).toBe("INTERNAL_SERVER_ERROR");
    });
    expect((await stack.results.dataSource.getRepository(TypicalCase).findOneByOrFail({ id: selected.id })).status).toBe(CaseStatus.SELECTED);
  });
});

it("leaves writes no search document depends on out of the feed: docking requests", async () => {
  const { answer, changes } = await appendedBy(() =>
    stack.results.query(
      `mutation($input: CreateDockingRequestInput!) { createDockingRequest(input: $input) { id } }`,
      { input: { regionCode: REGION, projectId: crypto.randomUUID(), type: "PRIORITY_EXAMINATION", patentNumbers: ["CN202310123456.7"], description: "申请优先审查" } },
      tokens.enterprise,
    ),
  );
  expect(changes).toEqual([]);
  expect(answer.errors).toBeUndefined();
});

describe("resultChanges", () => {
  it("pages by sequence: entries after `after`, at most `first`, oldest first, with the head", async () => {
    const ids = [];
    for (let n = 0; n < 3; n++) ids.push((await seedResult(stack.results, { status: ResultStatus.IN_REVIEW })).id);
    const start = await head();
    for (const id of ids) await expectAppends(act("admitResult", id, tokens.admin), [upsert("Result", id)]);

    const firstPage = await readFeed(tokens.admin, { after: start, first: 2 });
    expect(firstPage.errors).toBeUndefined();
    expect(firstPage.data.resultChanges.head).toBe(start + 3);
    expect(firstPage.data.resultChanges.entries).toEqual([
      { sequence: start + 1, entityType: "Result", entityId: ids[0], operation: "UPSERT", at: expect.any(String) },
      { sequence: start + 2, entityType: "Result", entityId: ids[1], operation: "UPSERT", at: expect.any(String) },
    ]);
    const secondPage = await readFeed(tokens.admin, { after: start + 2, first: 2 });
    expect(secondPage.data.resultChanges.entries.map((entry: ChangeLogEntry) => [entry.sequence, entry.entityId])).toEqual([[start + 3, ids[2]]]);
    expect((await readFeed(tokens.admin, { after: start + 3 })).data.resultChanges).toEqual({ head: start + 3, entries: [] });
  });

  it("reads from the start with 100 entries by default", async () => {
    const all = await readFeed(tokens.admin);
    expect(all.errors).toBeUndefined();
    const sequences: number[] = all.data.resultChanges.entries.map((entry: ChangeLogEntry) => entry.sequence);
    expect(sequences.length).toBe(Math.min(100, await repository().count()));
    expect(sequences[0]).toBe(1);
    sequences.slice(1).forEach((sequence, index) => expect(sequence).toBeGreaterThan(sequences[index]));
  });

  it.each([
    [{ after: -1 }, "after"],
    [{ first: 0 }, "first"],
    [{ first: 1001 }, "first"],
  ])("refuses %j with BAD_USER_INPUT", async (variables, field) => {
    expect((await readFeed(tokens.admin, variables)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it.each([
    ["a provincial office", "office", "FORBIDDEN"],
    ["a base operator", "operator", "FORBIDDEN"],
    ["a service organisation", "serviceOrg", "FORBIDDEN"],
    ["an enterprise", "enterprise", "FORBIDDEN"],
    ["an expert", "expert", "FORBIDDEN"],
    ["an anonymous caller", "public", "UNAUTHENTICATED"],
  ] as const)("is refused to %s", async (_label, who, code) => {
    const answer = await readFeed(tokens[who]);
    expect(codeOf(answer)).toBe(code);
    expect(answer.data?.resultChanges ?? null).toBeNull();
  });

  it("is @inaccessible: printed so in the subgraph SDL, absent from the composed public API", async () => {
    await expectInaccessibleFeed("results", resultsSubgraph.schema, "resultChanges", "result");
  });
});

describe("demo data", () => {
  let demo: TestSubgraph;
  beforeAll(async () => {
    demo = await startTestSubgraph(resultsSubgraph, { demoData: true });
  });
  afterAll(() => demo?.stop());

  it("logs one UPSERT per seeded result and typical case, and none for other rows", async () => {
    const rows = await demo.dataSource.getRepository(ChangeLogEntry).find({ order: { sequence: "ASC" } });
    const results = (await demo.dataSource.getRepository(Result).find({ select: { id: true } })).map((row) => row.id);
    const cases = (await demo.dataSource.getRepository(TypicalCase).find({ select: { id: true } })).map((row) => row.id);
    expect(results.length).toBeGreaterThan(0);
    expect(cases.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(results.length + cases.length);
    expect(rows.every((row) => row.operation === "UPSERT")).toBe(true);
    const ofType = (type: string) => rows.filter((row) => row.entityType === type).map((row) => row.entityId).sort();
    expect(ofType("Result")).toEqual([...results].sort());
    expect(ofType("TypicalCase")).toEqual([...cases].sort());
    expect(rows.map((row) => row.sequence)).toEqual(rows.map((_row, index) => index + 1));

    const feed = await demo.query(FEED, { after: 0, first: 1000 }, tokens.admin);
    expect(feed.data.resultChanges.head).toBe(rows.length);
    expect(feed.data.resultChanges.entries).toHaveLength(rows.length);
  });

  it("logs nothing when the seed finds data already there", async () => {
    const before = await demo.dataSource.getRepository(ChangeLogEntry).count();
    expect(await seedDemoData(demo.dataSource, 20221123, createLogger("silent"))).toBe(false);
    expect(await demo.dataSource.getRepository(ChangeLogEntry).count()).toBe(before);
  });
});

/**
 * Fault injection: with the change_log table renamed away, logging a change fails, and with it the
 * transaction that made the change.
 */
async function withChangeLogUnavailable(subgraph: TestSubgraph, body: () => Promise<void>): Promise<void> {
  await subgraph.dataSource.query(`ALTER TABLE "change_log" RENAME TO "change_log_unavailable"`);
  try {
    await body();
  } finally {
    await subgraph.dataSource.query(`ALTER TABLE "change_log_unavailable" RENAME TO "change_log"`);
  }
}
