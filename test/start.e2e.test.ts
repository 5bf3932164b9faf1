/**
 * `npm start` on a fresh data directory: every service starts, the demo data loads, the printed gateway
 * answers a query across all four subgraphs, and Ctrl-C (SIGINT) stops everything with exit code 0.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePortRun } from "./support/ports";
import { Role } from "../platform/auth";
import { generateDemoData } from "../demo/generate";
import { graphql, tokenFor } from "./support/subgraph";

jest.setTimeout(240_000);

let child: ChildProcess;
let output = "";
let dataDir: string;

afterAll(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

it("serves the whole federated graph with demo data and stops cleanly on Ctrl-C", async () => {
  dataDir = mkdtempSync(join(tmpdir(), "pnh-start-"));
  const first = await freePortRun(7);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(first), SUBGRAPH_PORTS_FROM: String(first + 1), LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  child = spawn("npm", ["start", "--silent"], { cwd: join(__dirname, ".."), env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no gateway URL printed:\n${output}`)), 200_000);
    const check = () => {
      const match = /GraphQL endpoint and IDE:\s+(\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
  });
  expect(url).toBe(`http://127.0.0.1:${first}/graphql`);
  expect(output).toContain("curl -s");

  const response = await graphql(
    url,
    `{ serviceBases(filter: { regionCode: "320000" }, first: 50) {
        totalCount
        items { name projects(first: 50) { title results(first: 50) { title } } experts(first: 50) { name } }
      } }`,
    {},
    // The platform's default local secret signs this token, as `npm run token -- PROVINCIAL_OFFICE --province 320000` would.
    await tokenFor(Role.PROVINCIAL_OFFICE, { province: "320000" }),
  );
  expect(response.errors).toBeUndefined();
  const bases = response.data.serviceBases.items;
  expect(bases.length).toBeGreaterThan(0);
  expect(bases.some((base: any) => base.projects.some((project: any) => project.results.length > 0))).toBe(true);
  expect(bases.some((base: any) => base.experts.length > 0)).toBe(true);

  await searchScenario(url, first + 6);

  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  // npm runs the launcher as its child; deliver Ctrl-C as a terminal would, to the whole group.
  process.kill(-child.pid!, "SIGINT");
  await exited;
  expect(output).toContain("all services stopped");
  for (let port = first; port < first + 7; port++) {
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }
});

const SEARCH = `query($q: String!) { searchReports(query: $q, hitsPerPage: 50) {
  totalCount hits { id snippet highlights { title } result { title confidentiality } }
  facets { province { value count } industryCode { value count } }
} }`;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return { value, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) throw new Error(`${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The search hub in the running stack: the indexer has caught up with the demo data; a report released
 * now is found by an anonymous search within 2 s with a highlighted snippet, and is gone within 2 s of
 * its withdrawal; RESTRICTED reports are never found and never counted in facets.
 */
async function searchScenario(gatewayUrl: string, indexerPort: number): Promise<void> {
  await waitFor("the indexer catching up", async () => {
    const response = await fetch(`http://127.0.0.1:${indexerPort}/ready`);
    const body = (await response.json()) as { lag?: { total: number } };
    return response.ok && body.lag?.total === 0 ? true : undefined;
  }, 60_000);

  const demo = generateDemoData(20221123);
  const projectStatus = new Map(demo.projects.map((project) => [project.id, project.status]));
  const candidate = demo.results.find(
    (result) => result.status === "IN_LIBRARY" && result.confidentiality === "PUBLIC" && ["ACCEPTED", "FILED", "EVALUATED", "CLOSED"].includes(projectStatus.get(result.projectId)!),
  )!;
  const admin = await tokenFor(Role.NATIONAL_ADMIN);
  const sponsor = await tokenFor(Role.ENTERPRISE, { orgId: candidate.sponsorOrganizationId });
  const mutate = async (token: string, name: string, note?: string) => {
    const response = await graphql(gatewayUrl, `mutation($id: ID!, $note: String) { ${name}(id: $id, note: $note) { status } }`, { id: candidate.id, note }, token);
    return response;
  };
  const found = async () => {
    const response = await graphql(gatewayUrl, SEARCH, { q: candidate.title });
    expect(response.errors).toBeUndefined();
    return response.data.searchReports.hits.find((hit: any) => hit.id === candidate.id);
  };
  expect(await found()).toBeUndefined();

  // A non-public sponsor consents first; a public one needs no consent (and this answers CONFLICT then).
  await mutate(sponsor, "consentToResultRelease");
  const released = await mutate(admin, "releaseResult");
  expect(released.errors).toBeUndefined();
  const { value: hit, ms: releaseMs } = await waitFor("the released report to be searchable", async () => (await found()) ?? undefined, 2_000);
  expect(hit.snippet + hit.highlights.title).toContain("<mark>");
  expect(hit.result).toEqual({ title: candidate.title, confidentiality: "PUBLIC" });

  expect((await mutate(admin, "withdrawResult", "数据口径需要更新")).errors).toBeUndefined();
  const { ms: withdrawMs } = await waitFor("the withdrawn report to disappear", async () => ((await found()) ? undefined : true), 2_000);
  console.log(`search: released → found in ${releaseMs} ms; withdrawn → gone in ${withdrawMs} ms`);

  // RESTRICTED reports: not found by their own titles, for anyone, and not in any facet count.
  const restricted = demo.results.filter((result) => result.status === "RELEASED" && result.confidentiality === "RESTRICTED").slice(0, 3);
  expect(restricted.length).toBeGreaterThan(0);
  for (const result of restricted) {
    for (const token of [undefined, admin]) {
      const response = await graphql(gatewayUrl, SEARCH, { q: result.title }, token);
      expect(response.data.searchReports.hits.map((h: any) => h.id)).not.toContain(result.id);
    }
  }
  const everything = await graphql(gatewayUrl, `{ searchReports(hitsPerPage: 1) { totalCount facets { province { count } } } }`);
  const publicReleased = demo.results.filter((result) => result.status === "RELEASED" && result.confidentiality === "PUBLIC").length;
  expect(everything.data.searchReports.totalCount).toBe(publicReleased);
  const provinceTotal = everything.data.searchReports.facets.province.reduce((sum: number, facet: any) => sum + facet.count, 0);
  expect(provinceTotal).toBe(publicReleased);
}
