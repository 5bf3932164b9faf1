import { Role } from "../../platform/auth";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { basesSubgraph } from "./schema";
import { seedApplication, seedBase, seedEvaluation, seedSummary } from "./testing";

let subgraph: TestSubgraph;
let admin: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(basesSubgraph);
  admin = await tokenFor(Role.NATIONAL_ADMIN);
});
afterAll(() => subgraph?.stop());

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name type regionCode } }`;
const CREATE_BASE = `mutation($input: CreateServiceBaseInput!) { createServiceBase(input: $input) { id name level regionName status hostOrganization { name } } }`;

async function createOrganization(name: string, creditCode: string, type = "INDUSTRIAL_PARK") {
  const result = await subgraph.query(CREATE_ORG, { input: { name, creditCode, type, regionCode: "320000" } }, admin);
  expect(result.errors).toBeUndefined();
  return result.data.createOrganization.id as string;
}

async function countRows(table: string): Promise<number> {
  const rows = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

describe("bases subgraph on a real database", () => {
  it("applies migrations that match the entities exactly", async () => {
    const pending = await subgraph.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("creates, reads, lists and updates service bases", async () => {
    const hostId = await createOrganization("苏州工业园区管理委员会", "11320000MB1234567X");
    const created = await subgraph.query(
      CREATE_BASE,
      { input: { name: "苏州工业园区集成电路专利导航服务基地", level: "NATIONAL", carrierType: "INDUSTRIAL_PARK", hostOrganizationId: hostId, regionCode: "320000", industryCodes: ["01"] } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createServiceBase).toMatchObject({ level: "NATIONAL", regionName: "江苏", status: "ACTIVE", hostOrganization: { name: "苏州工业园区管理委员会" } });
    const id = created.data.createServiceBase.id;

    const list = await subgraph.query(`{ serviceBases(filter: { regionCode: "320000", industryCode: "01" }, first: 10) { totalCount hasMore items { id } } }`);
    expect(list.data.serviceBases).toEqual({ totalCount: 1, hasMore: false, items: [{ id }] });

    const updated = await subgraph.query(`mutation($id: ID!) { updateServiceBase(id: $id, input: { introduction: "面向集成电路产业" }) { introduction name } }`, { id }, admin);
    expect(updated.data.updateServiceBase).toEqual({ introduction: "面向集成电路产业", name: "苏州工业园区集成电路专利导航服务基地" });

    const missing = await subgraph.query(`{ serviceBase(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(missing.data.serviceBase).toBeNull();
  });

  it("resolves every owned entity through _entities in one batch", async () => {
    const orgId = await createOrganization("江苏省知识产权保护中心", "12320000MB7654321Y", "PUBLIC_INSTITUTION");
    const now = new Date();
    const base = await seedBase(subgraph.dataSource, { hostOrganizationId: orgId });
    const application = await seedApplication(subgraph.dataSource, now, { applicantOrganizationId: orgId });
    const summary = await seedSummary(subgraph.dataSource, base);
    const evaluation = await seedEvaluation(subgraph.dataSource, base);
    const missing = "00000000-0000-4000-8000-000000000000";
    const result = await subgraph.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename
        ... on Organization { name } ... on ServiceBase { name } ... on Batch { id } ... on BaseApplication { baseName }
        ... on AnnualSummary { year } ... on BaseEvaluation { grade } } }`,
      {
        reps: [
          { __typename: "Organization", id: orgId }, { __typename: "Organization", id: missing },
          { __typename: "ServiceBase", id: base.id }, { __typename: "Batch", id: application.batchId },
          { __typename: "BaseApplication", id: application.id }, { __typename: "AnnualSummary", id: summary.id },
          { __typename: "BaseEvaluation", id: evaluation.id }, { __typename: "BaseApplication", id: missing },
        ],
      },
      admin,
    );
    expect(result.data._entities).toEqual([
      { __typename: "Organization", name: "江苏省知识产权保护中心" }, null,
      { __typename: "ServiceBase", name: base.name }, { __typename: "Batch", id: application.batchId },
      { __typename: "BaseApplication", baseName: application.baseName }, { __typename: "AnnualSummary", year: 2025 },
      { __typename: "BaseEvaluation", grade: "GOOD" }, null,
    ]);
  });

  describe("bad input answers BAD_USER_INPUT naming the field and writes nothing", () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ["malformed id", `query($id: ID!) { serviceBase(id: $id) { id } }`, { id: "not-an-id" }, "id"],
      ["over-long string", CREATE_ORG, { input: { name: "长".repeat(201), creditCode: "91320000MA1ABCDE0X", type: "ENTERPRISE", regionCode: "320000" } }, "name"],
      ["page size above the maximum", `query { serviceBases(first: 101) { totalCount } }`, {}, "first"],
      ["unknown enum value", CREATE_ORG, { input: { name: "某公司", creditCode: "91320000MA1ABCDE0X", type: "PIRATE", regionCode: "320000" } }, "input.type"],
      ["missing required field", CREATE_ORG, { input: { name: "某公司", type: "ENTERPRISE", regionCode: "320000" } }, "creditCode"],
      ["unknown region code", CREATE_ORG, { input: { name: "某公司", creditCode: "91320000MA1ABCDE0X", type: "ENTERPRISE", regionCode: "999999" } }, "regionCode"],
      ["reference to a missing organisation", CREATE_BASE, { input: { name: "某基地", level: "PROVINCIAL", carrierType: "INDUSTRIAL_PARK", hostOrganizationId: "00000000-0000-4000-8000-000000000000", regionCode: "320000", industryCodes: ["01"] } }, "input.hostOrganizationId"],
    ];
    it.each(cases)("%s", async (_label, query, variables, field) => {
      const before = (await countRows("organization")) + (await countRows("service_base"));
      const result = await subgraph.query(query, variables, admin);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(String(result.errors?.[0]?.extensions?.field)).toContain(field);
      expect(JSON.stringify(result)).not.toMatch(/stacktrace|SELECT|INSERT|at .*\.ts/);
      expect((await countRows("organization")) + (await countRows("service_base"))).toBe(before);
    });
  });

  it("refuses writes without a token and with a bad or expired token", async () => {
    const input = { name: "某公司", creditCode: "91320000MA1ABCDE1X", type: "ENTERPRISE", regionCode: "320000" };
    const anonymous = await subgraph.query(CREATE_ORG, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await subgraph.query(CREATE_ORG, { input }, `${admin.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const expired = await subgraph.query(CREATE_ORG, { input }, await tokenFor(Role.NATIONAL_ADMIN, {}, "-1m"));
    expect(expired.errors?.[0]).toMatchObject({ message: "the token has expired", extensions: { code: "UNAUTHENTICATED" } });
    expect(await subgraph.dataSource.query(`SELECT id FROM organization WHERE "creditCode" = '91320000MA1ABCDE1X'`)).toEqual([]);
  });

  it("is healthy, and ready only while its database answers", async () => {
    const base = subgraph.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    await subgraph.dataSource.destroy();
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });
});
