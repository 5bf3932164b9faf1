/**
 * The dashboard query crosses all four subgraphs; the SQL statements each subgraph runs for it must not
 * grow with the number of bases, projects, results or experts (per-request DataLoaders, batched
 * reference resolvers).
 */
import { Role } from "../platform/auth";
import { addBases } from "./support/builders";
import { tokenFor } from "./support/subgraph";
import { startTestStack, type TestStack } from "./support/stack";

jest.setTimeout(180_000);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const PROVINCE_QUERY = `query($region: String!) {
  serviceBases(filter: { regionCode: $region }, first: 100) {
    totalCount
    items {
      name
      hostOrganization { name }
      projects(first: 100) { title sponsor { id } results(first: 100) { title } }
      experts(first: 100) { name }
      trainingSessions { title }
      typicalCases { title }
    }
  }
}`;

async function statementsFor(region: string): Promise<{ perSubgraph: Record<string, number>; bases: number; results: number }> {
  const token = await tokenFor(Role.NATIONAL_ADMIN);
  stack.resetStatements();
  const response = await stack.query(PROVINCE_QUERY, { region }, token);
  expect(response.errors).toBeUndefined();
  const items = response.data.serviceBases.items;
  return {
    perSubgraph: stack.statements(),
    bases: items.length,
    results: items.reduce((sum: number, base: any) => sum + base.projects.reduce((s: number, p: any) => s + p.results.length, 0), 0),
  };
}

it("runs the same number of SQL statements for N and 10×N bases", async () => {
  await addBases(stack, "320000", 2);
  await addBases(stack, "330000", 20);
  const small = await statementsFor("320000");
  const large = await statementsFor("330000");
  expect([small.bases, large.bases]).toEqual([2, 20]);
  expect([small.results, large.results]).toEqual([8, 80]);
  expect(large.perSubgraph).toEqual(small.perSubgraph);
  // One list and its count in bases, then one batched fetch per entity type and relation.
  expect(Object.values(small.perSubgraph).reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(12);
});
