/**
 * Typed configuration. Only config modules read the environment: each process has one, built from
 * the readers here, which collect every problem before failing so an operator fixes them all at once.
 * Secrets are never echoed in errors or logs.
 */
import type { LogLevel } from "./logger";

export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

/** Collects problems while reading variables; `done()` throws one ConfigError listing all of them. */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  string(name: string, fallback?: string): string {
    const value = this.env[name];
    if (value !== undefined && value !== "") return value;
    if (fallback !== undefined) return fallback;
    this.problems.push(`${name} is required`);
    return "";
  }

  optional(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value === "" ? undefined : value;
  }

  int(name: string, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      this.problems.push(`${name} must be one of ${allowed.join(", ")} (got "${raw}")`);
      return fallback;
    }
    return raw as T;
  }

  url(name: string, fallback?: string, { secret = false } = {}): string | undefined {
    const raw = this.optional(name) ?? fallback;
    if (raw === undefined) return undefined;
    try {
      new URL(raw);
      return raw;
    } catch {
      this.problems.push(secret ? `${name} is not a valid URL` : `${name} is not a valid URL (got "${raw}")`);
      return undefined;
    }
  }

  /** Records a problem found by a cross-variable check. */
  problem(message: string): void {
    this.problems.push(message);
  }

  done(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems);
  }
}

export interface HttpConfig {
  host: string;
  port: number;
}

export interface AuthConfig {
  /** HS256 secret for locally signed tokens; absent when only a JWKS is trusted. */
  jwtSecret?: string;
  /** JWKS endpoint of the production identity provider. */
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

export type DatabaseConfig =
  | { kind: "sqlite"; dataDir: string }
  | { kind: "postgres"; url: string; schemaPrefix: string };

/** Secret used when none is configured outside production: fine for a laptop, refused in production. */
export const DEVELOPMENT_JWT_SECRET = "patent-navigation-hub-development-secret-change-me";

export const LOG_LEVELS: readonly (LogLevel | "silent")[] = ["debug", "info", "warn", "error", "silent"];

export function readHttp(reader: EnvReader, defaultPort: number, portVariable = "PORT"): HttpConfig {
  return {
    host: reader.string("HOST", "127.0.0.1"),
    port: reader.int(portVariable, defaultPort, { min: 0, max: 65535 }),
  };
}

export function readAuth(reader: EnvReader): AuthConfig {
  const production = reader.optional("NODE_ENV") === "production";
  const jwksUrl = reader.url("JWKS_URL");
  let jwtSecret = reader.optional("JWT_SECRET");
  if (jwtSecret !== undefined && jwtSecret.length < 32) reader.problem("JWT_SECRET must be at least 32 characters");
  if (!jwtSecret && !jwksUrl) {
    if (production) reader.problem("JWT_SECRET or JWKS_URL is required when NODE_ENV=production");
    else jwtSecret = DEVELOPMENT_JWT_SECRET;
  }
  return {
    jwtSecret,
    jwksUrl,
    issuer: reader.string("JWT_ISSUER", "patent-navigation-hub"),
    audience: reader.string("JWT_AUDIENCE", "patent-navigation-hub"),
  };
}

export function readDatabase(reader: EnvReader): DatabaseConfig {
  const url = reader.url("DATABASE_URL", undefined, { secret: true });
  if (url) {
    if (!/^postgres(ql)?:/.test(url)) reader.problem("DATABASE_URL must be a postgres:// URL");
    const schemaPrefix = reader.string("DATABASE_SCHEMA_PREFIX", "");
    if (!/^[a-z0-9_]*$/.test(schemaPrefix)) reader.problem("DATABASE_SCHEMA_PREFIX may hold only a-z, 0-9 and _");
    return { kind: "postgres", url, schemaPrefix };
  }
  return { kind: "sqlite", dataDir: reader.string("DATA_DIR", "data") };
}

export function readLogLevel(reader: EnvReader): LogLevel | "silent" {
  return reader.oneOf("LOG_LEVEL", LOG_LEVELS, "info");
}

export interface SubgraphConfig<P = unknown> {
  name: string;
  http: HttpConfig;
  auth: AuthConfig;
  database: DatabaseConfig;
  logLevel: LogLevel | "silent";
  /** `auto` loads the demo data set into an empty database on start; `off` never does. */
  demoData: "auto" | "off";
  demoSeed: number;
  /** GraphQL endpoints of the other subgraphs, for the few checks a command makes across domains. */
  peers: Record<string, string>;
  /** The subgraph's policy numbers (quotas, windows, deadlines); undefined means its defaults. */
  policy?: P;
  /** The clock windows and deadlines are judged by; tests move it, production leaves it unset. */
  clock?: () => Date;
}

/** The subgraphs and their one-machine default ports; `<NAME>_URL` overrides each endpoint. */
export const SUBGRAPH_PORTS: Readonly<Record<string, number>> = { bases: 4001, projects: 4002, results: 4003, experts: 4004 };

export function readPeers(reader: EnvReader): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SUBGRAPH_PORTS).map(([name, port]) => [name, reader.url(`${name.toUpperCase()}_URL`, `http://127.0.0.1:${port}/graphql`)!]),
  );
}

/**
 * Reads the configuration every subgraph process shares, plus the subgraph's own policy numbers
 * when it has a reader for them; all problems are reported together.
 */
export function readSubgraphConfig<P = undefined>(name: string, defaultPort: number, env: Env, readPolicy?: (reader: EnvReader) => P): SubgraphConfig<P> {
  const reader = new EnvReader(env);
  const config: SubgraphConfig<P> = {
    name,
    http: readHttp(reader, defaultPort),
    auth: readAuth(reader),
    database: readDatabase(reader),
    logLevel: readLogLevel(reader),
    demoData: reader.oneOf("DEMO_DATA", ["auto", "off"] as const, "auto"),
    demoSeed: reader.int("DEMO_SEED", 20221123),
    peers: readPeers(reader),
    policy: readPolicy?.(reader),
  };
  reader.done();
  return config;
}
