import { generateDemoData } from "../../demo/generate";
import { createLogger } from "../../platform/logger";
import { Role } from "../../platform/auth";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { ResultStatus } from "./enums";
import { ResultChapter } from "./results/result-chapter.entity";
import { Result } from "./results/result.entity";
import { resultsSubgraph } from "./schema";
import { TypicalCase } from "./typical-cases/typical-case.entity";

let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(resultsSubgraph);
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

const MISSING = "00000000-0000-4000-8000-000000000000";
const uuid = (prefix: number, n: number) => `${String(prefix).padStart(8, "0")}-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Inserts `count` results (oldest year first) with two chapters and one typical case each, for one project and base. */
async function seedProject(projectId: string, baseId: string, count: number, status = ResultStatus.RELEASED): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = crypto.randomUUID();
    ids.push(id);
    await subgraph.dataSource.getRepository(Result).insert({
      id, projectId, baseId, regionCode: "320000", navigationType: "INDUSTRIAL_PLANNING" as never, type: "ANALYSIS_REPORT" as never,
      title: `报告 ${i}`, abstract: "摘要", keywords: [], industryCodes: ["01"], ipcClasses: [], regionCodes: [], dataCutoffOn: "2023-01-01",
      confidentiality: "PUBLIC" as never, audienceIndustryCodes: [], audienceOrganizationIds: [], sponsorOrganizationId: MISSING,
      serviceOrganizationIds: [], status, year: 2018 + i, releasedAt: null, sponsorConsentAt: null,
    });
    await subgraph.dataSource.getRepository(ResultChapter).insert([1, 2].map((position) => ({ id: crypto.randomUUID(), resultId: id, position, title: `第${position}章`, text: "正文" })));
    await subgraph.dataSource.getRepository(TypicalCase).insert({
      id: crypto.randomUUID(), title: `案例 ${i}`, navigationType: "INDUSTRIAL_PLANNING" as never, industryCodes: ["01"], regionCode: "320000",
      baseId, projectId, resultId: id, background: "背景", process: "过程", findings: "发现", application: "运用", outcomes: "成效",
      outcomeFigures: [{ label: "新增专利申请", value: 10 + i, unit: "件" }], lessons: "", status: "PUBLISHED" as never, year: 2018 + i, publishedAt: null,
    });
  }
  return ids;
}

const entities = (selection: string) => `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ${selection} } }`;

describe("results subgraph in the federation", () => {
  it("resolves every owned entity through _entities, null for a missing one", async () => {
    const [resultId] = await seedProject(uuid(1, 1), uuid(2, 1), 1);
    const operator = await tokenFor(Role.SERVICE_ORG, { orgId: uuid(3, 1) });
    const docking = await subgraph.query(
      `mutation($input: CreateDockingRequestInput!) { createDockingRequest(input: $input) { id } }`,
      { input: { regionCode: "320000", type: "FAST_PRE_EXAMINATION", patentNumbers: [], description: "预审", resultId } },
      operator,
    );
    const dockingId = docking.data.createDockingRequest.id;
    const caseId = (await subgraph.query(`{ typicalCases(filter: { baseId: "${uuid(2, 1)}" }) { items { id } } }`)).data.typicalCases.items[0].id;

    const answer = await subgraph.query(
      entities(`... on Result { title chapters { title } } ... on TypicalCase { title result { id } } ... on DockingRequest { type result { title } }`),
      {
        reps: [
          { __typename: "Result", id: resultId },
          { __typename: "TypicalCase", id: caseId },
          { __typename: "DockingRequest", id: dockingId },
          { __typename: "Result", id: MISSING },
          { __typename: "TypicalCase", id: MISSING },
          { __typename: "DockingRequest", id: MISSING },
        ],
      },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities).toEqual([
      { __typename: "Result", title: "报告 0", chapters: [{ title: "第1章" }, { title: "第2章" }] },
      { __typename: "TypicalCase", title: "案例 0", result: { id: resultId } },
      { __typename: "DockingRequest", type: "FAST_PRE_EXAMINATION", result: { title: "报告 0" } },
      null,
      null,
      null,
    ]);
  });

  it("adds results and a result count to NavigationProject, newest first, filtered and cut per project", async () => {
    const project = uuid(4, 1);
    await seedProject(project, uuid(5, 1), 3);
    await seedProject(project, uuid(5, 1), 1, ResultStatus.DRAFT);
    const answer = await subgraph.query(
      entities(`... on NavigationProject { id resultCount results(first: 2, filter: { status: RELEASED, type: ANALYSIS_REPORT }) { year status } all: results { id } }`),
      { reps: [{ __typename: "NavigationProject", id: project }, { __typename: "NavigationProject", id: MISSING }] },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data._entities[0]).toMatchObject({ __typename: "NavigationProject", id: project, resultCount: 4, results: [{ year: 2020, status: "RELEASED" }, { year: 2019, status: "RELEASED" }] });
    expect(answer.data._entities[0].all).toHaveLength(4);
    expect(answer.data._entities[1]).toEqual({ __typename: "NavigationProject", id: MISSING, resultCount: 0, results: [], all: [] });
  });

  it("adds typical cases and a released-result count to ServiceBase", async () => {
    const base = uuid(6, 1);
    await seedProject(uuid(7, 1), base, 2);
    await seedProject(uuid(7, 2), base, 1, ResultStatus.IN_LIBRARY);
    const answer = await subgraph.query(entities(`... on ServiceBase { id releasedResultCount typicalCases(first: 2) { title year result { project { id } } } all: typicalCases { id } }`), {
      reps: [{ __typename: "ServiceBase", id: base }, { __typename: "ServiceBase", id: MISSING }],
    });
    expect(answer.errors).toBeUndefined();
    const [found, missing] = answer.data._entities;
    expect(found).toMatchObject({ __typename: "ServiceBase", id: base, releasedResultCount: 2 });
    expect(found.typicalCases).toHaveLength(2);
    expect(found.typicalCases[0]).toEqual({ title: "案例 1", year: 2019, result: { project: { id: uuid(7, 1) } } });
    expect(found.typicalCases[1]).toMatchObject({ title: "案例 0", year: 2018 });
    expect(found.all).toHaveLength(3);
    expect(missing).toEqual({ __typename: "ServiceBase", id: MISSING, releasedResultCount: 0, typicalCases: [], all: [] });
  });

  describe("statements per operation do not grow with the number of rows", () => {
    const N = 3;
    beforeAll(async () => {
      for (let i = 1; i <= 10 * N; i++) await seedProject(uuid(8, i), uuid(9, i), 2);
    });

    async function countStatements(query: string, reps: { __typename: string; id: string }[]): Promise<number> {
      subgraph.sql.reset();
      const answer = await subgraph.query(query, { reps });
      expect(answer.errors).toBeUndefined();
      expect(answer.data._entities.every((entity: unknown) => entity !== null)).toBe(true);
      return subgraph.sql.count;
    }

    it.each([
      ["NavigationProject", 8, `... on NavigationProject { resultCount results { id chapters { title } } }`],
      ["ServiceBase", 9, `... on ServiceBase { releasedResultCount typicalCases { id result { id chapters { title } } } }`],
    ] as const)("%s with its children", async (typename, prefix, selection) => {
      const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: typename, id: uuid(prefix, i + 1) }));
      const few = await countStatements(entities(selection), reps(N));
      const many = await countStatements(entities(selection), reps(10 * N));
      expect(few).toBeGreaterThan(0);
      expect(many).toBe(few);
    });

    it("Result with chapters and foreign stubs", async () => {
      const ids: string[] = (await subgraph.query(`{ results(first: 100) { items { id } } }`)).data.results.items.map((r: { id: string }) => r.id);
      const selection = `... on Result { chapters { title } project { id } base { id } sponsor { id } audienceOrganizations { id } }`;
      const reps = (n: number) => ids.slice(0, n).map((id) => ({ __typename: "Result", id }));
      expect(await countStatements(entities(selection), reps(10 * N))).toBe(await countStatements(entities(selection), reps(N)));
    });
  });

  it("loads the demo data set once, with chapters in order and counts that match the generator", async () => {
    const demo = await startTestSubgraph(resultsSubgraph, { demoData: true });
    try {
      const data = generateDemoData(20221123);
      const counts = await demo.query(`{ results(first: 1) { totalCount } typicalCases(first: 1) { totalCount } dockingRequests(first: 1) { totalCount } }`, {}, admin);
      expect(counts.data).toEqual({
        results: { totalCount: data.results.length },
        typicalCases: { totalCount: data.typicalCases.length },
        dockingRequests: { totalCount: data.dockingRequests.length },
      });
      expect(data.results.length).toBeGreaterThan(0);
      const chapterRows = await demo.dataSource.query(`SELECT COUNT(*) AS n FROM result_chapter`);
      expect(Number(chapterRows[0].n)).toBe(data.results.reduce((sum, r) => sum + r.chapters.length, 0));

      const sample = data.results.find((r) => r.status === "RELEASED" && r.releasedAt)!;
      const read = await demo.query(`{ result(id: "${sample.id}") { title releasedAt chapters { title } } }`, {}, admin);
      expect(read.data.result).toEqual({ title: sample.title, releasedAt: new Date(sample.releasedAt!).toISOString(), chapters: sample.chapters.map(({ title }) => ({ title })) });

      const base = sample.baseId;
      const released = data.results.filter((r) => r.baseId === base && r.status === "RELEASED").length;
      const extended = await demo.query(entities(`... on ServiceBase { releasedResultCount } ... on NavigationProject { resultCount }`), {
        reps: [{ __typename: "ServiceBase", id: base }, { __typename: "NavigationProject", id: sample.projectId }],
      }, admin);
      expect(extended.data._entities).toEqual([
        { __typename: "ServiceBase", releasedResultCount: released },
        { __typename: "NavigationProject", resultCount: data.results.filter((r) => r.projectId === sample.projectId).length },
      ]);

      // Derived columns: the project's service organisations, and consent before release for non-public sponsors.
      const rows = await demo.dataSource.getRepository(Result).find();
      const projects = new Map(data.projects.map((project) => [project.id, project]));
      const types = new Map(data.organizations.map((organization) => [organization.id, organization.type as string]));
      for (const row of rows) {
        expect(row.serviceOrganizationIds).toEqual(projects.get(row.projectId)?.serviceOrganizationIds);
        const needsConsent = row.releasedAt !== null && !["GOVERNMENT", "PUBLIC_INSTITUTION"].includes(types.get(row.sponsorOrganizationId) ?? "");
        expect(row.sponsorConsentAt !== null).toBe(needsConsent);
        if (row.sponsorConsentAt && row.releasedAt) expect(row.sponsorConsentAt.getTime()).toBeLessThan(row.releasedAt.getTime());
      }
      expect(rows.some((row) => row.sponsorConsentAt !== null)).toBe(true);

      // The public sees released PUBLIC results only.
      const publicCount = (await demo.query(`{ results(first: 1) { totalCount } }`)).data.results.totalCount;
      expect(publicCount).toBe(data.results.filter((r) => r.status === "RELEASED" && r.confidentiality === "PUBLIC").length);

      expect(await resultsSubgraph.seedDemoData!(demo.dataSource, 20221123, createLogger("silent"))).toBe(false);
    } finally {
      await demo.stop();
    }
  });
});
