/**
 * The typical case workflow through GraphQL on a real database: every action from every state, every
 * role, nomination's preconditions, editing, and who sees which case.
 */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { CaseStatus, ResultStatus } from "../enums";
import { BASE, codeOf, historyOf, MISSING, mintTokens, OTHER_BASE, REGION, roleTokens, seedCase, seedResult, type Tokens } from "../results.test-support";
import { resultsSubgraph } from "../schema";
import { TypicalCase } from "./typical-case.entity";
import { TypicalCaseWorkflow, type TypicalCaseAction } from "./typical-case.workflow";

let subgraph: TestSubgraph;
let tokens: Tokens;

beforeAll(async () => {
  subgraph = await startTestSubgraph(resultsSubgraph);
  tokens = await mintTokens();
});
afterAll(() => subgraph?.stop());

const MUTATION: Record<TypicalCaseAction, string> = { shortlist: "shortlistTypicalCase", select: "selectTypicalCase", publish: "publishTypicalCase", withdraw: "withdrawTypicalCase" };
const take = (action: TypicalCaseAction, id: string, token: string | undefined, note: string | null = "理由说明") =>
  subgraph.query(`mutation($id: ID!, $note: String) { ${MUTATION[action]}(id: $id, note: $note) { id status publishedAt history { action fromState toState actorRole note } } }`, { id, note }, token);
const statusOf = async (id: string) => (await subgraph.dataSource.getRepository(TypicalCase).findOneByOrFail({ id })).status;

describe.each(Object.keys(TypicalCaseWorkflow) as TypicalCaseAction[])("%s", (action) => {
  const rule = TypicalCaseWorkflow[action];

  it.each(Object.values(CaseStatus))("from %s: legal states move and append history, others are CONFLICT naming the state", async (state) => {
    const typicalCase = await seedCase(subgraph, { status: state });
    const answer = await take(action, typicalCase.id, tokens.admin);
    if (rule.from.includes(state)) {
      expect(answer.errors).toBeUndefined();
      const entry = { action, fromState: state, toState: rule.to, actorRole: "NATIONAL_ADMIN", note: "理由说明" };
      expect(answer.data[MUTATION[action]]).toMatchObject({ status: rule.to, history: [entry] });
      expect(await historyOf(subgraph, typicalCase.id)).toEqual([{ ...entry, actor: "test-national_admin" }]);
      if (action === "publish") expect(answer.data[MUTATION[action]].publishedAt).not.toBeNull();
    } else {
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state });
      expect(await statusOf(typicalCase.id)).toBe(state);
      expect(await historyOf(subgraph, typicalCase.id)).toEqual([]);
    }
  });

  it.each((Object.values(Role) as Role[]).filter((role) => !rule.roles.includes(role)))("refuses role %s and changes nothing", async (role) => {
    const typicalCase = await seedCase(subgraph, { status: rule.from[0] });
    expect(codeOf(await take(action, typicalCase.id, roleTokens(tokens)[role]))).toBe(role === Role.PUBLIC ? "UNAUTHENTICATED" : "FORBIDDEN");
    expect(await statusOf(typicalCase.id)).toBe(rule.from[0]);
    expect(await historyOf(subgraph, typicalCase.id)).toEqual([]);
  });
});

it("needs a reason to withdraw", async () => {
  const typicalCase = await seedCase(subgraph, { status: CaseStatus.PUBLISHED });
  expect((await take("withdraw", typicalCase.id, tokens.admin, null)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
  expect(await statusOf(typicalCase.id)).toBe(CaseStatus.PUBLISHED);
});

describe("nomination", () => {
  const CREATE = `mutation($input: CreateTypicalCaseInput!) { createTypicalCase(input: $input) { status regionCode base { id } project { id } result { id } history { action toState actorRole } availableActions } }`;
  const input = (resultId: string, overrides: Record<string, unknown> = {}) => ({
    resultId, title: "专利导航助力集成电路企业突破技术封锁", navigationType: "INDUSTRIAL_PLANNING", industryCodes: ["01"], background: "背景", process: "过程",
    findings: "发现", application: "运用", outcomes: "成效", outcomeFigures: [{ label: "新增专利申请", value: 120, unit: "件" }], year: 2024, ...overrides,
  });
  const count = () => subgraph.dataSource.getRepository(TypicalCase).count();

  it.each([
    ["the base's operator", "operator", ResultStatus.IN_LIBRARY],
    ["the province's office", "office", ResultStatus.RELEASED],
    ["the national admin", "admin", ResultStatus.IN_LIBRARY],
  ] as const)("is open to %s for an in-library or released result, and inherits base, project and province", async (_label, who, status) => {
    const result = await seedResult(subgraph, { status });
    const answer = await subgraph.query(CREATE, { input: input(result.id) }, tokens[who]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.createTypicalCase).toMatchObject({
      status: "NOMINATED", regionCode: REGION, base: { id: BASE }, project: { id: result.projectId }, result: { id: result.id },
      history: [{ action: "create", toState: "NOMINATED" }],
    });
    expect(answer.data.createTypicalCase.availableActions).toEqual(who === "admin" ? ["shortlist", "withdraw"] : []);
  });

  it.each([ResultStatus.DRAFT, ResultStatus.SUBMITTED, ResultStatus.IN_REVIEW, ResultStatus.RETURNED, ResultStatus.REJECTED, ResultStatus.WITHDRAWN])(
    "refuses a %s result with CONFLICT naming the result's state",
    async (status) => {
      const result = await seedResult(subgraph, { status });
      const before = await count();
      expect((await subgraph.query(CREATE, { input: input(result.id) }, tokens.operator)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: status });
      expect(await count()).toBe(before);
    },
  );

  it("needs at least one outcome figure and an existing result", async () => {
    const result = await seedResult(subgraph, { status: ResultStatus.IN_LIBRARY });
    expect((await subgraph.query(CREATE, { input: input(result.id, { outcomeFigures: [] }) }, tokens.operator)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect((await subgraph.query(CREATE, { input: input(MISSING) }, tokens.operator)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.resultId" });
  });

  it.each([
    ["ENTERPRISE", "sponsor", ResultStatus.IN_LIBRARY, "FORBIDDEN"],
    ["SERVICE_ORG", "serviceOrg", ResultStatus.IN_LIBRARY, "FORBIDDEN"],
    ["EXPERT", "expert", ResultStatus.RELEASED, "FORBIDDEN"],
    ["PUBLIC", "public", ResultStatus.RELEASED, "UNAUTHENTICATED"],
    ["another base's operator, for a released result", "otherOperator", ResultStatus.RELEASED, "FORBIDDEN"],
    ["another province's office, for a released result", "otherOffice", ResultStatus.RELEASED, "FORBIDDEN"],
    ["another base's operator, for a result it cannot see", "otherOperator", ResultStatus.IN_LIBRARY, "BAD_USER_INPUT"],
  ] as const)("is refused to %s", async (_label, who, status, code) => {
    const result = await seedResult(subgraph, { status });
    const before = await count();
    expect(codeOf(await subgraph.query(CREATE, { input: input(result.id) }, tokens[who]))).toBe(code);
    expect(await count()).toBe(before);
  });
});

describe("editing", () => {
  const UPDATE = `mutation($id: ID!) { updateTypicalCase(id: $id, input: { lessons: "数据先行" }) { lessons } }`;

  it.each([CaseStatus.NOMINATED, CaseStatus.SHORTLISTED, CaseStatus.SELECTED])("edits a %s case", async (status) => {
    const typicalCase = await seedCase(subgraph, { status });
    expect((await subgraph.query(UPDATE, { id: typicalCase.id }, tokens.operator)).data.updateTypicalCase).toEqual({ lessons: "数据先行" });
  });

  it.each([
    [CaseStatus.PUBLISHED, "operator", "CONFLICT"],
    [CaseStatus.WITHDRAWN, "office", "CONFLICT"],
    [CaseStatus.PUBLISHED, "otherOperator", "FORBIDDEN"],
    [CaseStatus.NOMINATED, "otherOperator", "NOT_FOUND"],
    [CaseStatus.NOMINATED, "sponsor", "FORBIDDEN"],
  ] as const)("refuses a %s case to %s with %s", async (status, who, code) => {
    const typicalCase = await seedCase(subgraph, { status });
    expect(codeOf(await subgraph.query(UPDATE, { id: typicalCase.id }, tokens[who]))).toBe(code);
  });
});

describe("visibility", () => {
  const cases: Record<string, string> = {};
  beforeAll(async () => {
    await subgraph.dataSource.getRepository(TypicalCase).clear();
    for (const status of Object.values(CaseStatus)) cases[status] = (await seedCase(subgraph, { status, baseId: BASE })).id;
    cases.otherPublished = (await seedCase(subgraph, { status: CaseStatus.PUBLISHED, baseId: OTHER_BASE, regionCode: "330000" })).id;
    cases.otherNominated = (await seedCase(subgraph, { status: CaseStatus.NOMINATED, baseId: OTHER_BASE, regionCode: "330000" })).id;
  });
  const published = () => [cases.PUBLISHED, cases.otherPublished];
  const ours = () => [...Object.values(CaseStatus).map((status) => cases[status]), cases.otherPublished];
  const expected: [keyof Tokens, () => string[]][] = [
    ["public", published], ["expert", published], ["enterprise", published], ["serviceOrg", published],
    ["operator", ours], ["office", ours], ["otherOffice", () => [...published(), cases.otherNominated]], ["admin", () => Object.values(cases)],
  ];

  it.each(expected)("as %s: lists, totals, by id, _entities and ServiceBase.typicalCases agree", async (who, visible) => {
    const token = tokens[who];
    const list = await subgraph.query(`{ typicalCases(first: 100) { totalCount items { id } } }`, {}, token);
    expect(list.data.typicalCases.items.map((item: { id: string }) => item.id).sort()).toEqual(visible().sort());
    expect(list.data.typicalCases.totalCount).toBe(visible().length);
    for (const id of Object.values(cases)) {
      const read = await subgraph.query(`query($id: ID!) { typicalCase(id: $id) { id } }`, { id }, token);
      expect(read.data.typicalCase).toEqual(visible().includes(id) ? { id } : null);
    }
    const entities = await subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on TypicalCase { id } ... on ServiceBase { typicalCases(first: 100) { id } } } }`, {
      reps: [...Object.values(cases).map((id) => ({ __typename: "TypicalCase", id })), { __typename: "ServiceBase", id: BASE }],
    }, token);
    const [base, ...rest] = [entities.data._entities.at(-1), ...entities.data._entities.slice(0, -1)];
    expect(rest).toEqual(Object.values(cases).map((id) => (visible().includes(id) ? { id } : null)));
    const ofBase = Object.values(CaseStatus).map((status) => cases[status]).filter((id) => visible().includes(id));
    expect(base.typicalCases.map((item: { id: string }) => item.id).sort()).toEqual(ofBase.sort());
  });

  it("shows history only to the base's operator and the authorities", async () => {
    const HISTORY = `query($id: ID!) { typicalCase(id: $id) { history { action } } }`;
    const published = (await seedCase(subgraph, { status: CaseStatus.SELECTED })).id;
    await take("publish", published, tokens.admin);
    expect((await subgraph.query(HISTORY, { id: published }, tokens.operator)).data.typicalCase.history).toEqual([{ action: "publish" }]);
    expect((await subgraph.query(HISTORY, { id: published })).data.typicalCase.history).toEqual([]);
  });
});
