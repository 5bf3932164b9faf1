/**
 * Dashboard load: p50/p99 of the province dashboard (docs/dashboards/province.graphql) under concurrent
 * load through the gateway, beside the same figures fetched directly from the four subgraphs (their
 * `_entities` for Region, in parallel), and the gateway's CPU time per request. Runs every service as
 * its own process on loopback, with the demo data on SQLite in a temporary directory. Prints figures;
 * asserts nothing. Usage: npm run bench:dashboard [-- seconds concurrency]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEVELOPMENT_JWT_SECRET } from "../platform/config";
import { mintToken, Role } from "../platform/auth";
import { benchEnvironment } from "./config";

const ROOT = join(__dirname, "..");
const SECONDS = Number(process.argv[2] ?? 10);
const CONCURRENCY = Number(process.argv[3] ?? 8);
const FIRST_PORT = 24100;
const SERVICES = [
  { name: "bases", main: "subgraphs/bases/main.ts" },
  { name: "projects", main: "subgraphs/projects/main.ts" },
  { name: "results", main: "subgraphs/results/main.ts" },
  { name: "experts", main: "subgraphs/experts/main.ts" },
  { name: "search", main: "search-indexer/subgraph-main.ts" },
];
const PROVINCES = ["320000", "440000", "330000", "310000", "110000", "370000", "510000", "420000"];
const PROVINCE_QUERY = readFileSync(join(ROOT, "docs", "dashboards", "province.graphql"), "utf8");

/** The fields each subgraph contributes to the province dashboard, asked from it directly. */
const DIRECT: Record<string, string> = {
  bases: "name baseStats { total byLevel { key label count } byStatus { key label count } designatedByYear { year count } contactPoint { name } annualSummaries { year due submitted onTime late } }",
  projects: "projectStats { total byNavigationType { key label count } byStatus { key label count } startedByYear { year count } budgetTotal }",
  results: "resultStats { total filed inLibrary released byType { key label count } releasedByYear { year count } typicalCases topBasesByReleased(first: 5) { released base { id } } }",
  experts: "expertStats { total active byCategory { key label count } poolSize { key label count } averageRating trainingSessions trainees sessionsByYear { year count } }",
};

const children: ChildProcess[] = [];
const dataDir = mkdtempSync(join(tmpdir(), "pnh-bench-"));

function start(main: string, port: number, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    cwd: ROOT,
    env: { ...benchEnvironment, ...env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "error", DATABASE_URL: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.push(child);
  return child;
}

async function ready(port: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/ready`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`port ${port} not ready`);
}

/** CPU time (user + system) a process has used, in milliseconds, from /proc. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / 100;
}

async function post(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<void> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
}

/** Runs `operation` from CONCURRENCY loops for SECONDS and returns every latency in ms. */
async function load(operation: (i: number) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_unused, worker) => {
      for (let i = worker; Date.now() < deadline; i += CONCURRENCY) {
        const started = performance.now();
        await operation(i);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const line = (label: string, sorted: number[]) =>
  `${label.padEnd(34)} ${String(sorted.length).padStart(6)} req  ${(sorted.length / SECONDS).toFixed(0).padStart(5)} req/s  p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms`;

async function main(): Promise<void> {
  const urls: Record<string, string> = {};
  SERVICES.forEach(({ name }, index) => (urls[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${FIRST_PORT + 1 + index}/graphql`));
  SERVICES.forEach(({ main }, index) => start(main, FIRST_PORT + 1 + index, urls));
  await Promise.all(SERVICES.map((_service, index) => ready(FIRST_PORT + 1 + index)));
  const gateway = start("gateway/main.ts", FIRST_PORT, urls);
  await ready(FIRST_PORT);
  const token = await mintToken({ jwtSecret: DEVELOPMENT_JWT_SECRET, issuer: "patent-navigation-hub", audience: "patent-navigation-hub" }, { role: Role.NATIONAL_ADMIN, subject: "bench" });
  const gatewayUrl = `http://127.0.0.1:${FIRST_PORT}/graphql`;
  const province = (i: number) => PROVINCES[i % PROVINCES.length];

  // Warm both paths (query plans, loaders, statement caches) before measuring.
  for (let i = 0; i < 20; i++) await post(gatewayUrl, PROVINCE_QUERY, { code: province(i) }, token);

  const cpuBefore = cpuMs(gateway.pid!);
  const viaGateway = await load((i) => post(gatewayUrl, PROVINCE_QUERY, { code: province(i) }, token));
  const gatewayCpu = cpuMs(gateway.pid!) - cpuBefore;

  const direct = await load((i) =>
    Promise.all(
      Object.entries(DIRECT).map(([name, fields]) =>
        post(urls[`${name.toUpperCase()}_URL`], `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { ${fields} } } }`, { r: [{ __typename: "Region", code: province(i) }] }, token),
      ),
    ).then(() => undefined),
  );

  console.log(`province dashboard, demo data on SQLite, ${CONCURRENCY} concurrent clients, ${SECONDS} s each, loopback`);
  console.log(line("through the gateway", viaGateway));
  console.log(line("directly from the 4 subgraphs", direct));
  console.log(`gateway CPU time: ${(gatewayCpu / viaGateway.length).toFixed(2)} ms per request (${gatewayCpu.toFixed(0)} ms over ${viaGateway.length} requests)`);
  console.log(`gateway overhead at p50: ${(percentile(viaGateway, 50) - percentile(direct, 50)).toFixed(1)} ms`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const child of children) child.kill("SIGTERM");
    setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 1000);
  });
