import { randomUUID } from "node:crypto";
import { Role } from "../../platform/auth";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { ProjectStatus } from "./enums";
import { CREATE_PROJECT, CREATE_REVIEW, MISSING_ID, projectInput, reviewInput } from "./projects.fixtures";
import { NavigationProject } from "./projects/project.entity";
import { projectsSubgraph } from "./schema";

let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(projectsSubgraph);
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  __typename
  ... on NavigationProject { id title acceptanceReview { conclusion } }
  ... on AcceptanceReview { id goalsMet project { code } }
  ... on ServiceBase { id projectCount projects { title year acceptanceReview { conclusion } } }
} }`;

async function createProject(overrides: Record<string, unknown> = {}) {
  const result = await subgraph.query(CREATE_PROJECT, { input: projectInput(overrides) }, admin);
  expect(result.errors).toBeUndefined();
  return result.data.createNavigationProject as { id: string; code: string };
}

/** Test set-up: moves the project straight to SUBMITTED_FOR_ACCEPTANCE, the one state a review may be recorded in. */
const submitForReview = (projectId: string) => subgraph.dataSource.getRepository(NavigationProject).update(projectId, { status: ProjectStatus.SUBMITTED_FOR_ACCEPTANCE });

async function createReview(projectId: string, overrides: Record<string, unknown> = {}) {
  await submitForReview(projectId);
  const result = await subgraph.query(CREATE_REVIEW, { input: reviewInput(projectId, overrides) }, admin);
  expect(result.errors).toBeUndefined();
  return result.data.createAcceptanceReview as { id: string };
}

async function countRows(): Promise<number> {
  const [projects] = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM navigation_project`);
  const [reviews] = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM acceptance_review`);
  return Number(projects.n) + Number(reviews.n);
}

describe("projects subgraph on a real database", () => {
  it("applies migrations that match the entities exactly", async () => {
    const pending = await subgraph.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("creates, reads, lists and updates navigation projects", async () => {
    const input = projectInput({ regionCode: "330000", regionScope: ["330000"], year: 2022 });
    const created = await subgraph.query(CREATE_PROJECT, { input }, admin);
    expect(created.errors).toBeUndefined();
    const project = created.data.createNavigationProject;
    expect(project).toMatchObject({
      code: "ZLDH-2022-330000-0001",
      status: "PLANNING",
      phase: null,
      regionName: "浙江",
      base: { id: input.baseId },
      sponsor: { id: input.sponsorOrganizationId },
      serviceOrganizations: [{ id: input.serviceOrganizationIds[0] }],
      acceptanceReview: null,
    });
    const second = await createProject({ regionCode: "330000", year: 2022, title: "浙江省数字经济区域规划类专利导航" });
    expect(second.code).toBe("ZLDH-2022-330000-0002");
    const explicit = await createProject({ code: "ZLDH-2022-330000-0042", regionCode: "330000", year: 2022, navigationType: "RD_ACTIVITY" });
    expect(explicit.code).toBe("ZLDH-2022-330000-0042");
    expect((await createProject({ regionCode: "330000", year: 2022 })).code).toBe("ZLDH-2022-330000-0043");

    const duplicate = await subgraph.query(CREATE_PROJECT, { input: projectInput({ code: "ZLDH-2022-330000-0042", regionCode: "330000", year: 2022 }) }, admin);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const list = await subgraph.query(`{ navigationProjects(filter: { regionCode: "330000", yearFrom: 2022, yearTo: 2022, industryCode: "01", titleContains: "数字经济" }) { totalCount hasMore items { id } } }`, {}, admin);
    expect(list.data.navigationProjects).toEqual({ totalCount: 1, hasMore: false, items: [{ id: second.id }] });
    const byType = await subgraph.query(`query($baseId: ID!) { navigationProjects(filter: { baseId: $baseId, navigationType: INDUSTRIAL_PLANNING, status: PLANNING, year: 2022 }) { items { id } } }`, { baseId: input.baseId }, admin);
    expect(byType.data.navigationProjects.items).toEqual([{ id: project.id }]);

    const updated = await subgraph.query(
      `mutation($id: ID!) { updateNavigationProject(id: $id, input: { budget: 1200000, plannedEnd: "2024-06-30", title: null }) { budget plannedEnd title code status } }`,
      { id: project.id },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateNavigationProject).toEqual({ budget: 1200000, plannedEnd: "2024-06-30", title: input.title, code: "ZLDH-2022-330000-0001", status: "PLANNING" });
    const backwards = await subgraph.query(`mutation($id: ID!) { updateNavigationProject(id: $id, input: { plannedStart: "2025-01-01" }) { id } }`, { id: project.id }, admin);
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.plannedStart" });
    const missingUpdate = await subgraph.query(`mutation { updateNavigationProject(id: "${MISSING_ID}", input: { budget: 1 }) { id } }`, {}, admin);
    expect(missingUpdate.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const read = await subgraph.query(`query($id: ID!) { navigationProject(id: $id) { code budget } missing: navigationProject(id: "${MISSING_ID}") { id } }`, { id: project.id }, admin);
    expect(read.data).toEqual({ navigationProject: { code: "ZLDH-2022-330000-0001", budget: 1200000 }, missing: null });
  });

  it("creates, reads, lists and updates acceptance reviews, one per project", async () => {
    const project = await createProject({ year: 2021 });
    await submitForReview(project.id);
    const created = await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id, { conclusion: "PASS_WITH_CHANGES" }) }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data.createAcceptanceReview).toMatchObject({ conclusion: "PASS_WITH_CHANGES", reviewers: ["王研究员", "李教授"], project: { id: project.id } });
    const id = created.data.createAcceptanceReview.id;

    const again = await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }, admin);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const updated = await subgraph.query(`mutation($id: ID!) { updateAcceptanceReview(id: $id, input: { conclusion: PASS, promotion: 5 }) { conclusion promotion goalsMet } }`, { id }, admin);
    expect(updated.data.updateAcceptanceReview).toEqual({ conclusion: "PASS", promotion: 5, goalsMet: 5 });

    const list = await subgraph.query(`query($projectId: ID!) { acceptanceReviews(filter: { projectId: $projectId, conclusion: PASS }) { totalCount items { id } } }`, { projectId: project.id }, admin);
    expect(list.data.acceptanceReviews).toEqual({ totalCount: 1, items: [{ id }] });
    const read = await subgraph.query(`query($id: ID!, $projectId: ID!) { acceptanceReview(id: $id) { method } navigationProject(id: $projectId) { acceptanceReview { id } } }`, { id, projectId: project.id }, admin);
    expect(read.data).toEqual({ acceptanceReview: { method: 4 }, navigationProject: { acceptanceReview: { id } } });
  });

  it("resolves every owned entity and the extended ServiceBase through _entities", async () => {
    const baseId = randomUUID();
    const older = await createProject({ baseId, year: 2020, title: "较早的项目" });
    const newer = await createProject({ baseId, year: 2024, title: "较新的项目" });
    const review = await createReview(older.id);
    const result = await subgraph.query(ENTITIES, {
      reps: [
        { __typename: "NavigationProject", id: older.id },
        { __typename: "AcceptanceReview", id: review.id },
        { __typename: "ServiceBase", id: baseId },
        { __typename: "NavigationProject", id: MISSING_ID },
        { __typename: "ServiceBase", id: MISSING_ID },
      ],
    }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { __typename: "NavigationProject", id: older.id, title: "较早的项目", acceptanceReview: { conclusion: "PASS" } },
      { __typename: "AcceptanceReview", id: review.id, goalsMet: 5, project: { code: older.code } },
      {
        __typename: "ServiceBase",
        id: baseId,
        projectCount: 2,
        projects: [
          { title: "较新的项目", year: 2024, acceptanceReview: null },
          { title: "较早的项目", year: 2020, acceptanceReview: { conclusion: "PASS" } },
        ],
      },
      null,
      { __typename: "ServiceBase", id: MISSING_ID, projectCount: 0, projects: [] },
    ]);

    const limited = await subgraph.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceBase { newest: projects(first: 1) { id } y2020: projects(filter: { year: 2020, status: SUBMITTED_FOR_ACCEPTANCE, navigationType: INDUSTRIAL_PLANNING }) { id } none: projects(filter: { status: CLOSED }) { id } } } }`,
      { reps: [{ __typename: "ServiceBase", id: baseId }] },
      admin,
    );
    expect(limited.data._entities).toEqual([{ newest: [{ id: newer.id }], y2020: [{ id: older.id }], none: [] }]);
  });

  it("loads the projects of many bases with a number of statements that does not grow with the bases", async () => {
    const baseIds = Array.from({ length: 3 }, () => randomUUID());
    for (const [index, baseId] of baseIds.entries()) {
      for (const year of [2021, 2022, 2023]) {
        const project = await createProject({ baseId, year, regionCode: "440000" });
        if (year === 2021 + index) await createReview(project.id);
      }
    }
    const statementsFor = async (ids: string[]) => {
      subgraph.sql.reset();
      const result = await subgraph.query(ENTITIES, { reps: ids.map((id) => ({ __typename: "ServiceBase", id })) }, admin);
      expect(result.errors).toBeUndefined();
      expect(result.data._entities.slice(0, 3).map((base: { projects: unknown[] }) => base.projects.length)).toEqual([3, 3, 3]);
      return subgraph.sql.count;
    };
    const few = await statementsFor(baseIds);
    const many = await statementsFor([...baseIds, ...Array.from({ length: 27 }, () => randomUUID())]);
    expect(few).toBeLessThanOrEqual(3);
    expect(many).toBe(few);

    const projectIds = (await subgraph.query(`{ navigationProjects(filter: { regionCode: "440000" }, first: 9) { items { id } } }`, {}, admin)).data.navigationProjects.items;
    subgraph.sql.reset();
    await subgraph.query(ENTITIES, { reps: projectIds.slice(0, 1).map(({ id }: { id: string }) => ({ __typename: "NavigationProject", id })) }, admin);
    const one = subgraph.sql.count;
    subgraph.sql.reset();
    await subgraph.query(ENTITIES, { reps: projectIds.map(({ id }: { id: string }) => ({ __typename: "NavigationProject", id })) }, admin);
    expect(subgraph.sql.count).toBe(one);
  });

  describe("bad input answers BAD_USER_INPUT naming the field and writes nothing", () => {
    const base = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceBase { projects(first: 101) { id } } } }`;
    const cases: [string, string, Record<string, unknown>, string][] = [
      ["malformed id", `query($id: ID!) { navigationProject(id: $id) { id } }`, { id: "not-an-id" }, "id"],
      ["over-long string", CREATE_PROJECT, { input: projectInput({ title: "长".repeat(201) }) }, "title"],
      ["page size above the maximum", `query { navigationProjects(first: 101) { totalCount } }`, {}, "first"],
      ["base projects above the maximum", base, { reps: [{ __typename: "ServiceBase", id: MISSING_ID }] }, "first"],
      ["unknown enum value", CREATE_PROJECT, { input: projectInput({ fundingSource: "LOTTERY" }) }, "input.fundingSource"],
      ["missing required field", CREATE_PROJECT, { input: { ...projectInput(), baseId: undefined } }, "baseId"],
      ["unknown industry code", CREATE_PROJECT, { input: projectInput({ industryCodes: ["99"] }) }, "industryCodes"],
      ["malformed IPC symbol", CREATE_PROJECT, { input: projectInput({ ipcScope: ["半导体"] }) }, "ipcScope"],
      ["negative budget", CREATE_PROJECT, { input: projectInput({ budget: -1 }) }, "budget"],
      ["end before start", CREATE_PROJECT, { input: projectInput({ plannedEnd: "2023-01-01" }) }, "input.plannedEnd"],
      ["malformed code", CREATE_PROJECT, { input: projectInput({ code: "2023-0012" }) }, "code"],
      ["code of another year", CREATE_PROJECT, { input: projectInput({ code: "ZLDH-2019-320000-0001" }) }, "input.code"],
      ["score out of range", CREATE_REVIEW, { input: reviewInput(MISSING_ID, { method: 6 }) }, "method"],
      ["reference to a missing project", CREATE_REVIEW, { input: reviewInput(MISSING_ID) }, "input.projectId"],
    ];
    it.each(cases)("%s", async (_label, query, variables, field) => {
      const before = await countRows();
      const result = await subgraph.query(query, variables, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(String(result.errors?.[0]?.extensions?.field)).toContain(field);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|SELECT|INSERT|at .*\.ts/);
      expect(await countRows()).toBe(before);
    });
  });

  it("refuses writes without a token", async () => {
    const project = await createProject();
    const review = await createReview(project.id);
    const before = await countRows();
    const attempts = [
      await subgraph.query(CREATE_PROJECT, { input: projectInput() }),
      await subgraph.query(`mutation($id: ID!) { updateNavigationProject(id: $id, input: { budget: 1 }) { id } }`, { id: project.id }),
      await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }),
      await subgraph.query(`mutation($id: ID!) { updateAcceptanceReview(id: $id, input: { goalsMet: 1 }) { id } }`, { id: review.id }),
    ];
    expect(attempts.map((result) => result.errors?.[0]?.extensions?.code)).toEqual(Array(4).fill("UNAUTHENTICATED"));
    expect(await countRows()).toBe(before);
    const unchanged = await subgraph.query(`query($id: ID!, $r: ID!) { navigationProject(id: $id) { budget } acceptanceReview(id: $r) { goalsMet } }`, { id: project.id, r: review.id }, admin);
    expect(unchanged.data).toEqual({ navigationProject: { budget: 800000 }, acceptanceReview: { goalsMet: 5 } });
  });
});
