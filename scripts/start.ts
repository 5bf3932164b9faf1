/**
 * npm start: every subgraph, the gateway and the search indexer from one command, on SQLite files under ./data unless
 * DATABASE_URL is set. Loads the demo data on the first start, prints the gateway URL and a sample
 * query, and stops everything cleanly on Ctrl-C.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { SAMPLE_QUERY } from "../gateway/ide";
import { loadStartConfig } from "./config";
import { COMPOSED } from "./subgraphs";

const config = loadStartConfig();
const children = new Map<string, ChildProcess>();
let stopping = false;

const COLOURS = ["\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m", "\x1b[34m", "\x1b[31m"];

/** Turns a JSON log line into one short readable line. */
function pretty(name: string, colour: string, line: string): string {
  try {
    const { time, level, msg, service: _service, ...rest } = JSON.parse(line);
    const fields = Object.entries(rest).map(([key, value]) => `${key}=${typeof value === "object" ? JSON.stringify(value) : value}`);
    return `${colour}${name.padEnd(8)}\x1b[0m ${String(time).slice(11, 19)} ${level === "info" ? "" : `${level.toUpperCase()} `}${msg} ${fields.join(" ")}`;
  } catch {
    return `${colour}${name.padEnd(8)}\x1b[0m ${line}`;
  }
}

function run(name: string, main: string, port: number, extraEnv: Record<string, string>, colour: string): void {
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: { ...config.env, ...extraEnv, PORT: String(port), HOST: config.host },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
    // Own process group: Ctrl-C reaches this launcher only, which then stops the children in order.
    detached: true,
  });
  children.set(name, child);
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on("line", (line) => console.log(pretty(name, colour, line)));
  }
  child.on("exit", (code, signal) => {
    children.delete(name);
    if (!stopping) {
      console.error(`${name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the platform`);
      void stopAll(1);
    }
  });
}

async function waitReady(name: string, port: number, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (stopping) throw new Error("stopping");
    try {
      const response = await fetch(`http://${config.host}:${port}/ready`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s`);
}

async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  const exits = [...children.entries()].map(
    ([name, child]) => new Promise<string | null>((resolve) => child.once("exit", (exitCode, signal) => resolve(exitCode === 0 ? null : `${name} (${signal ?? exitCode})`))),
  );
  for (const child of children.values()) child.kill("SIGTERM");
  const timer = setTimeout(() => {
    for (const child of children.values()) child.kill("SIGKILL");
  }, 10_000);
  const unclean = (await Promise.all(exits)).filter(Boolean);
  clearTimeout(timer);
  if (unclean.length > 0) console.error(`not stopped cleanly: ${unclean.join(", ")}`);
  else if (code === 0) console.log("all services stopped");
  process.exit(unclean.length > 0 ? 1 : code);
}

async function main(): Promise<void> {
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));
  const urls: Record<string, string> = {};
  COMPOSED.forEach(({ name }, index) => {
    urls[`${name.toUpperCase()}_URL`] = `http://${config.host}:${config.firstSubgraphPort + index}/graphql`;
  });
  COMPOSED.forEach(({ name, main: file }, index) => {
    run(name, file, config.firstSubgraphPort + index, urls, COLOURS[index % COLOURS.length]);
  });
  await Promise.all(COMPOSED.map(({ name }, index) => waitReady(name, config.firstSubgraphPort + index)));
  run("gateway", "gateway/main.ts", config.gatewayPort, urls, COLOURS[COMPOSED.length % COLOURS.length]);
  await waitReady("gateway", config.gatewayPort);
  // The indexer builds documents through the gateway, so it starts last; it catches up from its cursor.
  const indexerPort = config.firstSubgraphPort + COMPOSED.length;
  const gatewayUrl = `http://${config.host}:${config.gatewayPort}/graphql`;
  run("indexer", "search-indexer/indexer-main.ts", indexerPort, { ...urls, GATEWAY_URL: gatewayUrl }, COLOURS[(COMPOSED.length + 1) % COLOURS.length]);
  await waitReady("indexer", indexerPort);

  const url = `http://${config.host}:${config.gatewayPort}/graphql`;
  console.log(`
  国家专利导航综合服务平台 is running.

  GraphQL endpoint and IDE:  ${url}
  Search indexer metrics:    http://${config.host}:${indexerPort}/metrics
  A token for writes:        npm run token -- NATIONAL_ADMIN
  Stop:                      Ctrl-C

  Try it:
  curl -s ${url} -H 'content-type: application/json' \\
    -d '${JSON.stringify({ query: SAMPLE_QUERY.replace(/^#.*\n/gm, "").replace(/\s+/g, " ").trim() })}'
`);
}

main().catch((error) => {
  if (!stopping) {
    console.error(error instanceof Error ? error.message : error);
    void stopAll(1);
  }
});
