import type { TestSubgraph } from "../../test/support/subgraph";
import { ResultStatus } from "./enums";
import { BASE, createProject, MISSING, mintTokens, OTHER_BASE, SPONSOR, startResultsStack, type ResultsStack, type Tokens } from "./results.test-support";
import { Result } from "./results/result.entity";

let stack: ResultsStack;
let subgraph: TestSubgraph;
let tokens: Tokens;
let operator: string;
let admin: string;
let PROJECT: string;

beforeAll(async () => {
  stack = await startResultsStack();
  subgraph = stack.results;
  tokens = await mintTokens();
  operator = tokens.operator;
  admin = tokens.admin;
  PROJECT = await createProject(stack);
});
afterAll(() => stack?.stop());

const CREATE_RESULT = `mutation($input: CreateResultInput!) { createResult(input: $input) { id status title chapters { position title text } } }`;
const CREATE_CASE = `mutation($input: CreateTypicalCaseInput!) { createTypicalCase(input: $input) { id status base { id } project { id } result { id } outcomeFigures { label value unit } } }`;
const CREATE_DOCKING = `mutation($input: CreateDockingRequestInput!) { createDockingRequest(input: $input) { id status result { id } project { id } requester { id } } }`;

const resultInput = (overrides: Record<string, unknown> = {}) => ({
  projectId: PROJECT,
  type: "ANALYSIS_REPORT",
  title: "苏州市集成电路产业专利导航分析报告",
  abstract: "围绕集成电路设计、制造与封测环节的专利布局分析。",
  keywords: ["集成电路", "专利布局"],
  chapters: [{ title: "产业发展现状", text: "全球集成电路产业……" }, { title: "专利态势分析", text: "近十年专利申请……" }],
  industryCodes: ["01"],
  ipcClasses: ["H01L", "H01L 21/02"],
  regionCodes: ["320000"],
  dataCutoffOn: "2023-06-30",
  confidentiality: "PUBLIC",
  year: 2023,
  ...overrides,
});

const caseInput = (resultId: string, overrides: Record<string, unknown> = {}) => ({
  resultId,
  title: "专利导航助力集成电路企业突破技术封锁",
  navigationType: "INDUSTRIAL_PLANNING",
  industryCodes: ["01"],
  background: "背景",
  process: "过程",
  findings: "发现",
  application: "运用",
  outcomes: "成效",
  outcomeFigures: [{ label: "新增专利申请", value: 120, unit: "件" }],
  year: 2023,
  ...overrides,
});

async function createResult(overrides: Record<string, unknown> = {}, token = operator): Promise<string> {
  const created = await subgraph.query(CREATE_RESULT, { input: resultInput(overrides) }, token);
  expect(created.errors).toBeUndefined();
  return created.data.createResult.id;
}

/** Typical cases are written up from results in the library: moved there directly, as test set-up. */
async function admitDirectly(resultId: string): Promise<string> {
  await subgraph.dataSource.getRepository(Result).update({ id: resultId }, { status: ResultStatus.IN_LIBRARY });
  return resultId;
}

async function countAll(): Promise<number> {
  let total = 0;
  for (const table of ["result", "result_chapter", "typical_case", "docking_request"]) {
    const rows = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
    total += Number(rows[0].n);
  }
  return total;
}

describe("results subgraph on a real database", () => {
  it("applies migrations that match the entities exactly", async () => {
    const pending = await subgraph.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("creates, reads, lists and updates results with their chapters", async () => {
    const created = await subgraph.query(CREATE_RESULT, { input: resultInput() }, operator);
    expect(created.errors).toBeUndefined();
    expect(created.data.createResult).toMatchObject({
      status: "DRAFT",
      chapters: [{ position: 1, title: "产业发展现状" }, { position: 2, title: "专利态势分析" }],
    });
    const id = created.data.createResult.id;

    const read = await subgraph.query(`query($id: ID!) { result(id: $id) { title regionCode navigationType dataCutoffOn keywords ipcClasses project { id } base { id } sponsor { id } audienceOrganizations { id } } }`, { id }, operator);
    expect(read.data.result).toEqual({
      title: "苏州市集成电路产业专利导航分析报告",
      regionCode: "320000",
      navigationType: "INDUSTRIAL_PLANNING",
      dataCutoffOn: "2023-06-30",
      keywords: ["集成电路", "专利布局"],
      ipcClasses: ["H01L", "H01L 21/02"],
      project: { id: PROJECT },
      base: { id: BASE },
      sponsor: { id: SPONSOR },
      audienceOrganizations: [],
    });

    const zhejiang = await createProject(stack, { baseId: OTHER_BASE, regionCode: "330000" });
    await createResult({ projectId: zhejiang, title: "浙江省新能源汽车专利导航简报", type: "BRIEF", industryCodes: ["05"], year: 2021 }, tokens.otherOperator);
    const list = await subgraph.query(`{ results(filter: { regionCode: "320000", type: ANALYSIS_REPORT, industryCode: "01", yearFrom: 2022, titleContains: "集成电路" }, first: 10) { totalCount hasMore items { id } } }`, {}, admin);
    expect(list.data.results).toEqual({ totalCount: 1, hasMore: false, items: [{ id }] });
    const byYear = await subgraph.query(`{ results(filter: { yearTo: 2021, status: DRAFT }) { items { title } } }`, {}, admin);
    expect(byYear.data.results.items).toEqual([{ title: "浙江省新能源汽车专利导航简报" }]);

    const updated = await subgraph.query(
      `mutation($id: ID!, $input: UpdateResultInput!) { updateResult(id: $id, input: $input) { title confidentiality audienceIndustryCodes chapters { position title } } }`,
      { id, input: { title: "苏州市集成电路产业专利导航分析报告（修订版）", confidentiality: "TARGETED", audienceIndustryCodes: ["01"], chapters: [{ title: "结论与建议", text: "……" }] } },
      operator,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateResult).toEqual({
      title: "苏州市集成电路产业专利导航分析报告（修订版）",
      confidentiality: "TARGETED",
      audienceIndustryCodes: ["01"],
      chapters: [{ position: 1, title: "结论与建议" }],
    });
    const chapterRows = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM result_chapter WHERE "resultId" = '${id}'`);
    expect(Number(chapterRows[0].n)).toBe(1);

    const missing = await subgraph.query(`{ result(id: "${MISSING}") { id } }`, {}, admin);
    expect(missing.data.result).toBeNull();
  });

  it("creates, reads, lists and updates typical cases, which take their base and project from their result", async () => {
    const resultId = await admitDirectly(await createResult());
    const created = await subgraph.query(CREATE_CASE, { input: caseInput(resultId) }, operator);
    expect(created.errors).toBeUndefined();
    expect(created.data.createTypicalCase).toMatchObject({
      status: "NOMINATED",
      base: { id: BASE },
      project: { id: PROJECT },
      result: { id: resultId },
      outcomeFigures: [{ label: "新增专利申请", value: 120, unit: "件" }],
    });
    const id = created.data.createTypicalCase.id;

    const list = await subgraph.query(`{ typicalCases(filter: { baseId: "${BASE}", regionCode: "320000", status: NOMINATED, industryCode: "01", year: 2023 }) { totalCount items { id title } } }`, {}, operator);
    expect(list.data.typicalCases.items).toContainEqual({ id, title: "专利导航助力集成电路企业突破技术封锁" });
    const none = await subgraph.query(`{ typicalCases(filter: { navigationType: TALENT_MANAGEMENT }) { totalCount } }`, {}, admin);
    expect(none.data.typicalCases.totalCount).toBe(0);

    const updated = await subgraph.query(
      `mutation($id: ID!) { updateTypicalCase(id: $id, input: { lessons: "数据先行", outcomeFigures: [{ label: "专利许可收入", value: 350.5, unit: "万元" }] }) { lessons outcomeFigures { value } } }`,
      { id },
      operator,
    );
    expect(updated.data.updateTypicalCase).toEqual({ lessons: "数据先行", outcomeFigures: [{ value: 350.5 }] });
    const read = await subgraph.query(`{ typicalCase(id: "${id}") { title lessons } }`, {}, operator);
    expect(read.data.typicalCase).toEqual({ title: "专利导航助力集成电路企业突破技术封锁", lessons: "数据先行" });
  });

  it("creates, reads, lists and updates docking requests for a result or a project, the caller's organisation requesting", async () => {
    const resultId = await createResult();
    const requester = tokens.sponsor;
    const base = { regionCode: "320000", type: "PRIORITY_EXAMINATION", patentNumbers: ["CN202310123456.7"], description: "申请优先审查" };
    const forResult = await subgraph.query(CREATE_DOCKING, { input: { ...base, resultId } }, requester);
    expect(forResult.errors).toBeUndefined();
    expect(forResult.data.createDockingRequest).toMatchObject({ status: "SUBMITTED", result: { id: resultId }, project: null, requester: { id: SPONSOR } });
    const forProject = await subgraph.query(CREATE_DOCKING, { input: { ...base, projectId: PROJECT, type: "TRANSFER_TRANSFORMATION", patentNumbers: ["ZL202110234567.8"] } }, requester);
    expect(forProject.data.createDockingRequest).toMatchObject({ result: null, project: { id: PROJECT } });
    const id = forProject.data.createDockingRequest.id;

    const list = await subgraph.query(`{ dockingRequests(filter: { requesterOrganizationId: "${SPONSOR}", type: TRANSFER_TRANSFORMATION, status: SUBMITTED, regionCode: "320000" }) { totalCount items { id } } }`, {}, tokens.office);
    expect(list.data.dockingRequests).toEqual({ totalCount: 1, items: [{ id }] });
    const byResult = await subgraph.query(`{ dockingRequests(filter: { resultId: "${resultId}" }) { items { id } } }`, {}, requester);
    expect(byResult.data.dockingRequests.items).toEqual([{ id: forResult.data.createDockingRequest.id }]);

    const updated = await subgraph.query(`mutation($id: ID!) { updateDockingRequest(id: $id, input: { patentNumbers: ["ZL98123456.X"], description: "许可转让" }) { patentNumbers description type } }`, { id }, requester);
    expect(updated.data.updateDockingRequest).toEqual({ patentNumbers: ["ZL98123456.X"], description: "许可转让", type: "TRANSFER_TRANSFORMATION" });
    expect((await subgraph.query(`{ dockingRequest(id: "${id}") { description } }`, {}, requester)).data.dockingRequest).toEqual({ description: "许可转让" });
  });

  it("answers NOT_FOUND for an update of a missing entity", async () => {
    const result = await subgraph.query(`mutation { updateResult(id: "${MISSING}", input: { title: "某报告" }) { id } }`, {}, operator);
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  describe("bad input answers BAD_USER_INPUT naming the field and writes nothing", () => {
    const UPDATE_RESULT = `mutation($id: ID!, $input: UpdateResultInput!) { updateResult(id: $id, input: $input) { id } }`;
    const docking = { regionCode: "320000", type: "PRIORITY_EXAMINATION", patentNumbers: [], description: "需求" };
    const chapter = { title: "章", text: "文" };
    const cases: [string, string, Record<string, unknown> | (() => Record<string, unknown> | Promise<Record<string, unknown>>), string][] = [
      ["malformed id", `query($id: ID!) { result(id: $id) { id } }`, { id: "not-an-id" }, "id"],
      ["over-long title", CREATE_RESULT, () => ({ input: resultInput({ title: "长".repeat(201) }) }), "title"],
      ["page size above the maximum", `query { results(first: 101) { totalCount } }`, {}, "first"],
      ["project result count above the maximum", `query { _entities(representations: [{ __typename: "NavigationProject", id: "${MISSING}" }]) { ... on NavigationProject { results(first: 101) { id } } } }`, {}, "first"],
      ["unknown enum value", CREATE_RESULT, () => ({ input: resultInput({ type: "NOVEL" }) }), "input.type"],
      ["missing required field", CREATE_RESULT, () => ({ input: resultInput({ title: undefined }) }), "title"],
      ["too many chapters", CREATE_RESULT, () => ({ input: resultInput({ chapters: Array.from({ length: 31 }, () => chapter) }) }), "chapters"],
      ["over-long chapter text", CREATE_RESULT, () => ({ input: resultInput({ chapters: [{ title: "章", text: "字".repeat(50_001) }] }) }), "chapters.0.text"],
      ["malformed IPC symbol", CREATE_RESULT, () => ({ input: resultInput({ ipcClasses: ["集成电路"] }) }), "ipcClasses"],
      ["targeted result without an audience", CREATE_RESULT, () => ({ input: resultInput({ confidentiality: "TARGETED" }) }), "input.audienceIndustryCodes"],
      ["null for a kept field on update", UPDATE_RESULT, async () => ({ id: await createResult(), input: { title: null } }), "title"],
      ["too many chapters on update", UPDATE_RESULT, async () => ({ id: await createResult(), input: { chapters: Array.from({ length: 31 }, () => chapter) } }), "chapters"],
      ["case for a missing result", CREATE_CASE, { input: caseInput(MISSING) }, "input.resultId"],
      ["case without outcome figures", CREATE_CASE, async () => ({ input: caseInput(await admitDirectly(await createResult()), { outcomeFigures: [] }) }), "outcomeFigures"],
      ["malformed patent number", CREATE_DOCKING, { input: { ...docking, projectId: PROJECT, patentNumbers: ["CN2023101234567"] } }, "patentNumbers"],
      ["docking request naming neither result nor project", CREATE_DOCKING, { input: docking }, "input.resultId"],
      ["docking request for a missing result", CREATE_DOCKING, { input: { ...docking, resultId: MISSING } }, "input.resultId"],
      ["docking request whose project is not the result's", CREATE_DOCKING, async () => ({ input: { ...docking, resultId: await createResult(), projectId: MISSING } }), "input.projectId"],
    ];
    it.each(cases)("%s", async (_label, query, variables, field) => {
      const resolved = typeof variables === "function" ? await variables() : variables;
      const before = await countAll();
      // Docking requests are made by an organisation for itself: the sponsor's enterprise token.
      const result = await subgraph.query(query, resolved, query === CREATE_DOCKING ? tokens.sponsor : operator);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(String(result.errors?.[0]?.extensions?.field)).toContain(field);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|SELECT|INSERT|at .*\.ts/);
      expect(await countAll()).toBe(before);
    });
  });

  it("refuses anonymous writes", async () => {
    const resultId = await createResult();
    const before = await countAll();
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_RESULT, { input: resultInput() }],
      [`mutation($id: ID!) { updateResult(id: $id, input: { title: "匿名修改" }) { id } }`, { id: resultId }],
      [CREATE_CASE, { input: caseInput(resultId) }],
      [CREATE_DOCKING, { input: { regionCode: "320000", type: "FAST_RIGHTS_PROTECTION", patentNumbers: [], description: "维权", resultId } }],
    ];
    for (const [query, variables] of attempts) {
      const answer = await subgraph.query(query, variables);
      expect(answer.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    }
    expect(await countAll()).toBe(before);
    expect((await subgraph.query(`{ result(id: "${resultId}") { title } }`, {}, operator)).data.result.title).toBe("苏州市集成电路产业专利导航分析报告");
  });
});
