/**
 * Through a real gateway: the search subgraph composed with the committed subgraph SDLs, next to the
 * results subgraph on its demo data. Hits reference Result and TypicalCase, and the client selects
 * their fields from their owner, which agrees with the index on who may see what.
 */
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "graphql";
import { createGateway } from "../../gateway/gateway";
import { Role } from "../../platform/auth";
import { buildFederatedSchema } from "../../platform/federation";
import { createLogger } from "../../platform/logger";
import type { Service } from "../../platform/server";
import { resultsSubgraph } from "../../subgraphs/results/schema";
import { graphql, startTestSubgraph, TEST_AUTH, tokenFor, type TestSubgraph } from "../../test/support/subgraph";
import { searchSubgraph } from "./schema";
import { isFixture, startSearchFixture, type SearchFixture } from "./testing";

let search: SearchFixture;
let results: TestSubgraph;
let gateway: Service;
let gatewayUrl: string;

beforeAll(async () => {
  search = await startSearchFixture();
  results = await startTestSubgraph(resultsSubgraph, { demoData: true });
  const committed = ["bases", "projects", "results", "experts"].map((name) => ({
    name,
    url: `http://127.0.0.1:9/${name}`,
    typeDefs: parse(readFileSync(join(__dirname, "..", "..", "schema", `${name}.graphql`), "utf8")),
  }));
  const own = printSubgraphSchema(await buildFederatedSchema(searchSubgraph.schema));
  const composed = composeServices([...committed, { name: "search", url: search.url, typeDefs: parse(own) }]);
  if (composed.errors) throw composed.errors[0];
  gateway = await createGateway(
    { http: { host: "127.0.0.1", port: 0 }, auth: TEST_AUTH, logLevel: "silent", supergraphPath: "", subgraphUrls: { results: results.url, search: search.url }, subgraphTimeoutMs: 10_000 },
    createLogger("silent"),
    composed.supergraphSdl,
  );
  gatewayUrl = await gateway.listen(0, "127.0.0.1");
});
afterAll(async () => {
  await gateway?.stop();
  await results?.stop();
  await search?.stop();
});

const stripMarks = (html: string) => html.replace(/<\/?mark>/g, "");

it("an anonymous search resolves every hit's Result from the results subgraph", async () => {
  const response = await graphql(gatewayUrl, `{
    searchReports(query: "芯片", hitsPerPage: 20) {
      totalCount
      hits { id snippet highlights { title } result { id title confidentiality status } }
    }
  }`);
  expect(response.errors).toBeUndefined();
  const { hits, totalCount } = response.data.searchReports;
  expect(totalCount).toBeGreaterThan(0);
  expect(hits.length).toBe(Math.min(20, totalCount));
  for (const hit of hits) {
    expect(hit.result).toMatchObject({ id: hit.id, confidentiality: "PUBLIC", status: "RELEASED" });
    expect(stripMarks(hit.highlights.title)).toBe(hit.result.title);
  }
});

it("a targeted enterprise finds its report and may read it through the gateway", async () => {
  const targeted = search.reports.find((d) => d.confidentiality === "TARGETED" && d.audienceOrganizationIds.length > 0 && !isFixture(d.id))!;
  const token = await tokenFor(Role.ENTERPRISE, { orgId: targeted.audienceOrganizationIds[0] });
  const query = `query($filter: ReportSearchFilter) { searchReports(filter: $filter, hitsPerPage: 50) { hits { id result { id confidentiality } } } }`;
  const variables = { filter: { baseIds: [targeted.baseId] } };
  const mine = await graphql(gatewayUrl, query, variables, token);
  expect(mine.errors).toBeUndefined();
  expect(mine.data.searchReports.hits).toContainEqual({ id: targeted.id, result: { id: targeted.id, confidentiality: "TARGETED" } });
  const anonymous = await graphql(gatewayUrl, query, variables);
  expect(anonymous.data.searchReports.hits.map((hit: { id: string }) => hit.id)).not.toContain(targeted.id);
});

it("case hits resolve their TypicalCase, published", async () => {
  const response = await graphql(gatewayUrl, `{ searchCases(hitsPerPage: 50) { totalCount hits { id typicalCase { id title status } } } }`);
  expect(response.errors).toBeUndefined();
  const { hits, totalCount } = response.data.searchCases;
  expect(totalCount).toBe(search.cases.length);
  for (const hit of hits) expect(hit.typicalCase).toMatchObject({ id: hit.id, status: "PUBLISHED" });
});

it("an unreachable search engine surfaces through the gateway as SERVICE_UNAVAILABLE of search", async () => {
  const other = await startSearchFixture();
  await other.engine.close();
  const lonely = await createGateway(
    { http: { host: "127.0.0.1", port: 0 }, auth: TEST_AUTH, logLevel: "silent", supergraphPath: "", subgraphUrls: { search: other.url }, subgraphTimeoutMs: 10_000 },
    createLogger("silent"),
    composeServices([
      ...["bases", "projects", "results", "experts"].map((name) => ({ name, url: "http://127.0.0.1:9/", typeDefs: parse(readFileSync(join(__dirname, "..", "..", "schema", `${name}.graphql`), "utf8")) })),
      { name: "search", url: other.url, typeDefs: parse(printSubgraphSchema(await buildFederatedSchema(searchSubgraph.schema))) },
    ]).supergraphSdl,
  );
  try {
    const response = await graphql(await lonely.listen(0, "127.0.0.1"), `{ searchReports(query: "芯片") { totalCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", service: "search" });
  } finally {
    await lonely.stop();
    await other.stop();
  }
});
