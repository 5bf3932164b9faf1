import { DEFAULT_SEED, generateDemoData } from "../../demo/generate";
import { Role } from "../../platform/auth";
import { createLogger } from "../../platform/logger";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { projectsSubgraph } from "./schema";

// The same records the subgraph seeds: test subgraphs start with the default demo seed.
const data = generateDemoData(DEFAULT_SEED);
let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(projectsSubgraph, { demoData: true });
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

const BASE_PROJECTS = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on ServiceBase { id projectCount projects { id title acceptanceReview { conclusion } } }
} }`;

describe("projects subgraph with the demo data set", () => {
  it("loads every project and acceptance review once", async () => {
    const counts = await subgraph.query(`{
      navigationProjects(first: 1) { totalCount }
      acceptanceReviews(first: 1) { totalCount }
      closed: navigationProjects(filter: { status: CLOSED }, first: 1) { totalCount }
    }`, {}, admin);
    expect(counts.errors).toBeUndefined();
    expect(counts.data).toEqual({
      navigationProjects: { totalCount: data.projects.length },
      acceptanceReviews: { totalCount: data.acceptanceReviews.length },
      closed: { totalCount: data.projects.filter((p) => p.status === "CLOSED").length },
    });
    expect(data.projects.length).toBeGreaterThan(0);
    expect(data.acceptanceReviews.length).toBeGreaterThan(0);
    expect(await projectsSubgraph.seedDemoData!(subgraph.dataSource, DEFAULT_SEED, createLogger("silent"))).toBe(false);
  });

  it("keeps the demo records' fields, dates and reviews", async () => {
    const review = data.acceptanceReviews[0];
    const project = data.projects.find((p) => p.id === review.projectId)!;
    const result = await subgraph.query(`query($id: ID!) { navigationProject(id: $id) {
      code title navigationType budget plannedStart plannedEnd status ipcScope base { id } sponsor { id }
      acceptanceReview { id conclusion reviewers reviewedAt }
    } }`, { id: project.id }, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data.navigationProject).toEqual({
      code: project.code,
      title: project.title,
      navigationType: project.navigationType,
      budget: project.budget,
      plannedStart: project.plannedStart,
      plannedEnd: project.plannedEnd,
      status: project.status,
      ipcScope: project.ipcScope,
      base: { id: project.baseId },
      sponsor: { id: project.sponsorOrganizationId },
      acceptanceReview: { id: review.id, conclusion: review.conclusion, reviewers: review.reviewers, reviewedAt: new Date(review.reviewedAt).toISOString() },
    });
  });

  it("answers a dashboard's projects-of-every-base query with as many statements as for one base", async () => {
    const baseIds = data.bases.map((b) => b.id);
    expect(baseIds.length).toBeGreaterThan(10);
    subgraph.sql.reset();
    await subgraph.query(BASE_PROJECTS, { reps: baseIds.slice(0, 1).map((id) => ({ __typename: "ServiceBase", id })) }, admin);
    const forOne = subgraph.sql.count;

    subgraph.sql.reset();
    const result = await subgraph.query(BASE_PROJECTS, { reps: baseIds.map((id) => ({ __typename: "ServiceBase", id })) }, admin);
    expect(result.errors).toBeUndefined();
    expect(subgraph.sql.count).toBe(forOne);
    for (const base of result.data._entities) {
      const own = data.projects.filter((p) => p.baseId === base.id);
      expect(base.projectCount).toBe(own.length);
      expect(base.projects).toHaveLength(Math.min(own.length, 20));
      expect(base.projects.every((p: { id: string }) => own.some((o) => o.id === p.id))).toBe(true);
    }
  });

  it("shows the public no project, not even in a base card's count", async () => {
    const reps = data.bases.map((b) => ({ __typename: "ServiceBase", id: b.id }));
    const result = await subgraph.query(`query($reps: [_Any!]!) {
      navigationProjects(first: 1) { totalCount }
      acceptanceReviews(first: 1) { totalCount }
      _entities(representations: $reps) { ... on ServiceBase { projectCount projects { id } } }
    }`, { reps });
    expect(result.errors).toBeUndefined();
    expect(result.data.navigationProjects.totalCount).toBe(0);
    expect(result.data.acceptanceReviews.totalCount).toBe(0);
    expect(result.data._entities.every((base: { projectCount: number; projects: unknown[] }) => base.projectCount === 0 && base.projects.length === 0)).toBe(true);
  });

  it("gives every suspended demo project a state to resume to", async () => {
    const suspended = data.projects.filter((p) => p.status === "SUSPENDED");
    expect(suspended.length).toBeGreaterThan(0);
    const result = await subgraph.query(`{ navigationProjects(filter: { status: SUSPENDED }, first: 100) { items { id suspendedFrom availableActions } } }`, {}, admin);
    const items = result.data.navigationProjects.items as { id: string; suspendedFrom: string; availableActions: string[] }[];
    expect(items).toHaveLength(suspended.length);
    for (const item of items) {
      expect(["APPLIED", "APPROVED", "PROCURING"]).toContain(item.suspendedFrom);
      expect(item.availableActions).toEqual(["resume", "terminate"]);
    }
    const resumed = await subgraph.query(`mutation($id: ID!) { resumeNavigationProject(id: $id) { status suspendedFrom } }`, { id: items[0].id }, admin);
    expect(resumed.data.resumeNavigationProject).toEqual({ status: items[0].suspendedFrom, suspendedFrom: null });
  });
});
