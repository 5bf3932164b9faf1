/** The gateway in front of the real subgraphs: identity forwarding, coded errors, IDE, health. */
import { Role } from "../platform/auth";
import { tokenFor } from "./support/subgraph";
import { startTestStack, type TestStack } from "./support/stack";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.stop());

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name } }`;
const org = (creditCode: string) => ({ input: { name: "无锡芯途微电子有限公司", creditCode, type: "ENTERPRISE", regionCode: "320000" } });

describe("gateway", () => {
  it("forwards the caller's token to the subgraph, which verifies it again", async () => {
    const created = await stack.query(CREATE_ORG, org("91320200MA1XYW0001"), await tokenFor(Role.NATIONAL_ADMIN));
    expect(created.errors).toBeUndefined();
    expect(created.data.createOrganization.name).toBe("无锡芯途微电子有限公司");
  });

  it("answers UNAUTHENTICATED for a write without a token, a bad token or an expired one", async () => {
    const anonymous = await stack.query(CREATE_ORG, org("91320200MA1XYW0002"));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const forged = await stack.query(CREATE_ORG, org("91320200MA1XYW0002"), "eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiTkFUSU9OQUxfQURNSU4ifQ.x");
    expect(forged.status).toBe(401);
    expect(forged.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const expired = await stack.query(CREATE_ORG, org("91320200MA1XYW0002"), await tokenFor(Role.NATIONAL_ADMIN, {}, "-5m"));
    expect(expired.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const found = await stack.query(`{ organizations(filter: { nameContains: "芯途" }) { totalCount } }`);
    expect(found.data.organizations.totalCount).toBe(1);
  });

  it("names the field of bad input and shows no internals", async () => {
    const tooLong = await stack.query(CREATE_ORG, { input: { ...org("91320200MA1XYW0003").input, name: "名".repeat(300) } }, await tokenFor(Role.NATIONAL_ADMIN));
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    const badEnum = await stack.query(`{ serviceBases(filter: { level: GALACTIC }) { totalCount } }`);
    expect(badEnum.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const badPage = await stack.query(`{ navigationProjects(first: 1000) { totalCount } }`);
    expect(badPage.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
    for (const response of [tooLong, badEnum, badPage]) expect(JSON.stringify(response)).not.toMatch(/stacktrace|SELECT |\.ts:\d+/);
  });

  it("serves its own GraphQL IDE without any CDN", async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, "");
    const page = await fetch(stack.gatewayUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("GraphiQL");
    expect(html.match(/(?:src|href)="([^"]+)"/g)?.every((attribute) => attribute.includes('"/ide/'))).toBe(true);
    for (const asset of ["/ide/graphiql.js", "/ide/graphiql.css", "/ide/react.js", "/ide/react-dom.js"]) {
      const response = await fetch(base + asset);
      expect([asset, response.status]).toEqual([asset, 200]);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it("reports health and readiness", async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    for (const subgraph of Object.values(stack.subgraphs)) {
      expect((await fetch(subgraph.url.replace(/\/graphql$/, "/ready"))).status).toBe(200);
    }
  });

  it("answers SERVICE_UNAVAILABLE naming the subgraph that is down, and is no longer ready", async () => {
    const admin = await tokenFor(Role.NATIONAL_ADMIN);
    const host = await stack.query(CREATE_ORG, { input: { name: "常州科教城管理委员会", creditCode: "11320400MB0000001X", type: "INDUSTRIAL_PARK", regionCode: "320000" } }, admin);
    const base = await stack.query(
      `mutation($input: CreateServiceBaseInput!) { createServiceBase(input: $input) { id } }`,
      { input: { name: "常州科教城专利导航服务基地", level: "PROVINCIAL", carrierType: "INDUSTRIAL_PARK", hostOrganizationId: host.data.createOrganization.id, regionCode: "320000", industryCodes: ["02"] } },
      admin,
    );
    expect(base.errors).toBeUndefined();
    await stack.subgraphs.experts.stop();
    const response = await stack.query(`{ serviceBases(first: 1) { totalCount items { name experts { name } } } }`);
    expect(response.errors?.some((error) => error.extensions?.code === "SERVICE_UNAVAILABLE" && error.extensions?.service === "experts")).toBe(true);
    const gatewayBase = stack.gatewayUrl.replace(/\/graphql$/, "");
    expect((await fetch(`${gatewayBase}/ready`)).status).toBe(503);
  });
});
