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

  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  // npm runs the launcher as its child; deliver Ctrl-C as a terminal would, to the whole group.
  process.kill(-child.pid!, "SIGINT");
  await exited;
  expect(output).toContain("all services stopped");
  for (let port = first; port < first + 7; port++) {
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }
});
