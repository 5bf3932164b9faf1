/**
 * The acceptance query of the platform: a province's bases, their projects, the projects' results and
 * the bases' experts — one request through the gateway, answered from all four subgraphs with the demo
 * data, compared with the demo data set computed independently here.
 */
import { generateDemoData } from "../demo/generate";
import { Role } from "../platform/auth";
import { tokenFor } from "./support/subgraph";
import { startTestStack, type TestStack } from "./support/stack";

jest.setTimeout(120_000);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ demoData: true });
});
afterAll(() => stack?.stop());

const demo = generateDemoData(20221123);
const sorted = (ids: string[]) => [...ids].sort();

it.each(["320000", "440000", "650000"])("answers the province overview of %s from all four subgraphs", async (region) => {
  const response = await stack.query(
    `query($region: String!) {
      serviceBases(filter: { regionCode: $region }, first: 100) {
        totalCount
        items {
          id name regionName
          projects(first: 100) { id title results(first: 100) { id title } }
          experts(first: 100) { id name }
        }
      }
    }`,
    { region },
    await tokenFor(Role.NATIONAL_ADMIN),
  );
  expect(response.errors).toBeUndefined();
  const bases = demo.bases.filter((base) => base.regionCode === region);
  const page = response.data.serviceBases;
  expect(page.totalCount).toBe(bases.length);
  expect(sorted(page.items.map((item: any) => item.id))).toEqual(sorted(bases.map((base) => base.id)));

  for (const item of page.items) {
    const projects = demo.projects.filter((project) => project.baseId === item.id);
    expect(sorted(item.projects.map((project: any) => project.id))).toEqual(sorted(projects.map((project) => project.id)));
    for (const project of item.projects) {
      const results = demo.results.filter((result) => result.projectId === project.id);
      expect(sorted(project.results.map((result: any) => result.id))).toEqual(sorted(results.map((result) => result.id)));
    }
    const experts = demo.experts.filter((expert) => expert.pools.some((pool) => pool.scope === "BASE" && pool.scopeId === item.id));
    expect(sorted(item.experts.map((expert: any) => expert.id))).toEqual(sorted(experts.map((expert) => expert.id)));
  }
  // The demo data gives every province of this test something to show in each subgraph.
  expect(page.items.some((item: any) => item.projects.some((project: any) => project.results.length > 0))).toBe(true);
  expect(page.items.every((item: any) => item.experts.length >= 3)).toBe(true);
});

it("resolves every entity type the gateway can reach by key", async () => {
  const result = demo.results[0];
  const response = await stack.query(
    `query($id: ID!) { result(id: $id) { title chapters { title } project { title code base { name hostOrganization { name } trainingSessions(first: 1) { title } } } base { name } } }`,
    { id: result.id },
    await tokenFor(Role.NATIONAL_ADMIN),
  );
  expect(response.errors).toBeUndefined();
  const project = demo.projects.find((candidate) => candidate.id === result.projectId)!;
  const base = demo.bases.find((candidate) => candidate.id === result.baseId)!;
  expect(response.data.result).toMatchObject({
    title: result.title,
    chapters: result.chapters.map((chapter) => ({ title: chapter.title })),
    project: { title: project.title, code: project.code, base: { name: base.name } },
    base: { name: base.name },
  });
});
