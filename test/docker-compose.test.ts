/**
 * docker-compose.yml runs the same code as separate services: each container's variables must be ones
 * its config module reads, with values it accepts, and the wiring (ports, URLs, health checks) must agree.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Env } from "../platform/config";
import { loadConfig as loadGatewayConfig } from "../gateway/config";
import { loadConfig as loadBasesConfig } from "../subgraphs/bases/config";
import { loadConfig as loadExpertsConfig } from "../subgraphs/experts/config";
import { loadConfig as loadProjectsConfig } from "../subgraphs/projects/config";
import { loadConfig as loadResultsConfig } from "../subgraphs/results/config";
import { loadConfig as loadSearchConfig } from "../search-indexer/subgraph-config";
import { loadIndexerConfig } from "../search-indexer/indexer-config";

type Loader = (env: Env) => { http: { port: number } };
const LOADERS: Record<string, Loader> = {
  "gateway/main.ts": loadGatewayConfig,
  "subgraphs/bases/main.ts": loadBasesConfig,
  "subgraphs/projects/main.ts": loadProjectsConfig,
  "subgraphs/results/main.ts": loadResultsConfig,
  "subgraphs/experts/main.ts": loadExpertsConfig,
  "search-indexer/subgraph-main.ts": loadSearchConfig,
  "search-indexer/indexer-main.ts": loadIndexerConfig,
};

interface ComposeService {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const root = join(__dirname, "..");
const compose = parse(readFileSync(join(root, "docker-compose.yml"), "utf8"), { merge: true }) as { services: Record<string, ComposeService> };
const services = Object.entries(compose.services);
const appServices = services.filter(([, service]) => service.command);

/** Applies compose's `${VAR:-default}` interpolation with an empty shell environment. */
function interpolate(value: string): string {
  return String(value).replace(/\$\{(\w+)(?::-([^}]*))?\}/g, (_match, _name, fallback) => fallback ?? "");
}

function variablesRead(loader: Loader, env: Env): Set<string> {
  const read = new Set<string>();
  loader(new Proxy(env as Record<string, string | undefined>, { get: (target, key: string) => (read.add(key), target[key]) }));
  return read;
}

describe("docker-compose.yml", () => {
  it("runs every service of the platform from this repository's image", () => {
    expect(appServices.map(([, service]) => service.command!.at(-1)).sort()).toEqual(Object.keys(LOADERS).sort());
    expect(existsSync(join(root, "Dockerfile"))).toBe(true);
    for (const [, service] of appServices) expect(service.build).toBe(".");
    expect(compose.services.postgres?.image).toMatch(/^postgres:/);
    expect(compose.services.meilisearch?.image).toMatch(/^getmeili\/meilisearch:/);
  });

  it.each(appServices)("%s sets only variables its config module reads, with values it accepts", (_name, service) => {
    const loader = LOADERS[service.command!.at(-1)!];
    const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([key, value]) => [key, interpolate(value)]));
    const read = variablesRead(loader, env);
    expect(Object.keys(env).filter((key) => !read.has(key))).toEqual([]);
    const config = loader(env);
    expect(service.healthcheck?.test.join(" ")).toContain(`127.0.0.1:${config.http.port}/ready`);
  });

  it("has a health check on every service and waits for healthy dependencies", () => {
    for (const [name, service] of services) {
      expect([name, Boolean(service.healthcheck)]).toEqual([name, true]);
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(compose.services[dependency]).toBeDefined();
        expect(condition).toBe("service_healthy");
      }
    }
  });

  it("points the gateway at each subgraph's container and port", () => {
    const gateway = compose.services.gateway;
    for (const name of ["bases", "projects", "results", "experts", "search"]) {
      const url = new URL(interpolate(gateway.environment![`${name.toUpperCase()}_URL`]));
      expect(url.hostname).toBe(name);
      expect(compose.services[name].environment!.PORT).toBe(url.port);
      expect(gateway.depends_on![name]).toEqual({ condition: "service_healthy" });
    }
  });
});
