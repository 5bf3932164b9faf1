/**
 * Who sees which project, review and evaluation: lists and totals, lookups by id, `_entities`, and the
 * projects the subgraph adds to ServiceBase, per role.
 */
import { randomUUID } from "node:crypto";
import { Role } from "../../../platform/auth";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../../test/support/subgraph";
import { ProjectStatus } from "../enums";
import { PerformanceEvaluation } from "../performance-evaluations/performance-evaluation.entity";
import { OTHER_REGION, REGION, seedProject, seedReview } from "../projects.fixtures";
import { projectsSubgraph } from "../schema";
import type { NavigationProject } from "./project.entity";

let subgraph: TestSubgraph;
const [B1, B2, B3, S1, S2, O1, O2, O3] = Array.from({ length: 8 }, () => randomUUID());
const projects: Record<"A" | "B" | "C", NavigationProject> = {} as never;
const reviews: Record<string, string> = {};

beforeAll(async () => {
  subgraph = await startTestSubgraph(projectsSubgraph);
  const { dataSource } = subgraph;
  projects.A = await seedProject(dataSource, { baseId: B1, sponsorOrganizationId: S1, serviceOrganizationIds: [O1], status: ProjectStatus.ACCEPTED });
  projects.B = await seedProject(dataSource, { baseId: B2, sponsorOrganizationId: S2, serviceOrganizationIds: [O2, O1], status: ProjectStatus.IN_EXECUTION });
  projects.C = await seedProject(dataSource, { baseId: B3, regionCode: OTHER_REGION, sponsorOrganizationId: S1, serviceOrganizationIds: [O3], status: ProjectStatus.EVALUATED });
  reviews.A = (await seedReview(dataSource, projects.A.id)).id;
  reviews.C = (await seedReview(dataSource, projects.C.id)).id;
  await dataSource.getRepository(PerformanceEvaluation).insert({ projectId: projects.C.id, score: 80, grade: "GOOD" as never, comments: "", evaluatedAt: new Date() });
});
afterAll(() => subgraph?.stop());

type Name = "A" | "B" | "C";
const VIEWS: [string, () => Promise<string | undefined>, Name[]][] = [
  ["the national admin", () => tokenFor(Role.NATIONAL_ADMIN), ["A", "B", "C"]],
  ["the office of the province", () => tokenFor(Role.PROVINCIAL_OFFICE, { province: REGION }), ["A", "B"]],
  ["the office of another province", () => tokenFor(Role.PROVINCIAL_OFFICE, { province: OTHER_REGION }), ["C"]],
  ["the operator of a base", () => tokenFor(Role.BASE_OPERATOR, { baseId: B1 }), ["A"]],
  ["a service organisation listed on two projects", () => tokenFor(Role.SERVICE_ORG, { orgId: O1 }), ["A", "B"]],
  ["a service organisation listed on one", () => tokenFor(Role.SERVICE_ORG, { orgId: O3 }), ["C"]],
  ["the enterprise sponsoring two projects", () => tokenFor(Role.ENTERPRISE, { orgId: S1 }), ["A", "C"]],
  ["an enterprise listed as a service organisation", () => tokenFor(Role.ENTERPRISE, { orgId: O2 }), []],
  ["an unrelated enterprise", () => tokenFor(Role.ENTERPRISE, { orgId: randomUUID() }), []],
  ["an expert", () => tokenFor(Role.EXPERT, { expertId: randomUUID() }), []],
  ["the public", async () => undefined, []],
];

const ALL: Name[] = ["A", "B", "C"];
const ids = (names: Name[]) => names.map((name) => projects[name].id).sort();
const sortedIds = (items: { id: string }[]) => items.map((item) => item.id).sort();

describe.each(VIEWS)("%s", (_label, token, visible) => {
  it("lists and counts only the projects, reviews and evaluations it may see", async () => {
    const result = await subgraph.query(`{
      navigationProjects(first: 100) { totalCount items { id performanceEvaluation { score } } }
      acceptanceReviews(first: 100) { totalCount items { id } }
    }`, {}, await token());
    expect(result.errors).toBeUndefined();
    expect(result.data.navigationProjects.totalCount).toBe(visible.length);
    expect(sortedIds(result.data.navigationProjects.items)).toEqual(ids(visible));
    const reviewed = visible.filter((name) => name !== "B");
    expect(result.data.acceptanceReviews.totalCount).toBe(reviewed.length);
    expect(sortedIds(result.data.acceptanceReviews.items)).toEqual(reviewed.map((name) => reviews[name]).sort());
    const evaluated = result.data.navigationProjects.items.filter((item: { performanceEvaluation: unknown }) => item.performanceEvaluation);
    expect(evaluated.map((item: { id: string }) => item.id)).toEqual(visible.includes("C") ? [projects.C.id] : []);
  });

  it("answers null by id and through _entities for what it may not see", async () => {
    const caller = await token();
    for (const name of ALL) {
      const seen = visible.includes(name);
      const byId = await subgraph.query(`query($id: ID!) { navigationProject(id: $id) { id acceptanceReview { id } } }`, { id: projects[name].id }, caller);
      expect(byId.data.navigationProject?.id ?? null).toBe(seen ? projects[name].id : null);
    }
    const reps = [
      ...ALL.map((name) => ({ __typename: "NavigationProject", id: projects[name].id })),
      { __typename: "AcceptanceReview", id: reviews.A },
      { __typename: "AcceptanceReview", id: reviews.C },
      { __typename: "PerformanceEvaluation", projectId: projects.C.id },
    ];
    const entities = await subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on NavigationProject { id } ... on AcceptanceReview { id } ... on PerformanceEvaluation { projectId }
    } }`, { reps }, caller);
    expect(entities.errors).toBeUndefined();
    expect(entities.data._entities).toEqual([
      ...ALL.map((name) => (visible.includes(name) ? { id: projects[name].id } : null)),
      visible.includes("A") ? { id: reviews.A } : null,
      visible.includes("C") ? { id: reviews.C } : null,
      visible.includes("C") ? { projectId: projects.C.id } : null,
    ]);
    const review = await subgraph.query(`query($id: ID!) { acceptanceReview(id: $id) { id } }`, { id: reviews.A }, caller);
    expect(review.data.acceptanceReview).toEqual(visible.includes("A") ? { id: reviews.A } : null);
  });

  it("sees on each base card only its own projects, and counts only those", async () => {
    const bases: [string, Name][] = [[B1, "A"], [B2, "B"], [B3, "C"]];
    const result = await subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceBase { id projectCount projects { id } } } }`, {
      reps: bases.map(([id]) => ({ __typename: "ServiceBase", id })),
    }, await token());
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual(bases.map(([id, name]) => {
      const seen = visible.includes(name);
      return { id, projectCount: seen ? 1 : 0, projects: seen ? [{ id: projects[name].id }] : [] };
    }));
  });
});

it("filters the projects of many bases inside the one batched statement", async () => {
  const baseIds = Array.from({ length: 12 }, () => randomUUID());
  for (const [index, baseId] of baseIds.entries()) {
    await seedProject(subgraph.dataSource, { baseId, regionCode: index % 2 === 0 ? REGION : OTHER_REGION });
    await seedProject(subgraph.dataSource, { baseId, regionCode: REGION });
  }
  const token = await tokenFor(Role.PROVINCIAL_OFFICE, { province: OTHER_REGION });
  const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceBase { projectCount projects(first: 5) { regionCode } } } }`;
  const statementsFor = async (someIds: string[]) => {
    subgraph.sql.reset();
    const result = await subgraph.query(query, { reps: someIds.map((id) => ({ __typename: "ServiceBase", id })) }, token);
    expect(result.errors).toBeUndefined();
    return { count: subgraph.sql.count, bases: result.data._entities };
  };
  const one = await statementsFor(baseIds.slice(1, 2));
  const all = await statementsFor(baseIds);
  expect(all.count).toBe(one.count);
  expect(all.bases).toEqual(baseIds.map((_, index) => (index % 2 === 0 ? { projectCount: 0, projects: [] } : { projectCount: 1, projects: [{ regionCode: OTHER_REGION }] })));
});
