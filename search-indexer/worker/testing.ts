/**
 * Test support for the worker tests: the whole platform in-process with the demo data, the embedded
 * engine in a temporary directory, and the real cursor store (SQLite there, or PostgreSQL beside the
 * stack's schemas when DATABASE_URL is set). What "visible" means is computed from the subgraphs' own
 * data sources, never from the indexer's code.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Not } from "typeorm";
import { mintToken, Role } from "../../platform/auth";
import { createLogger, type Logger } from "../../platform/logger";
import { startTestStack, type TestStack } from "../../test/support/stack";
import { TEST_AUTH, tokenFor } from "../../test/support/subgraph";
import type { TestDatabase } from "../../test/support/database";
import { Expert } from "../../subgraphs/experts/experts/expert.entity";
import { Result } from "../../subgraphs/results/results/result.entity";
import { TypicalCase } from "../../subgraphs/results/typical-cases/typical-case.entity";
import { INDEX_NAMES } from "../engine/documents";
import { EmbeddedSearchEngine } from "../engine/embedded";
import type { SearchEngine } from "../engine/port";
import type { CursorStoreConfig } from "../indexer-config";
import { createCursorStore, type CursorStore } from "./cursor-store";
import { createIndexer, type Indexer, type IndexerSettings } from "./indexer";
import type { IndexKey } from "./sources";

export interface Harness extends Indexer {
  stack: TestStack;
  dataDir: string;
  engine: SearchEngine;
  store: CursorStore;
  settings: IndexerSettings;
  admin: string;
  /** Builds another indexer on the same stack with its own engine and store (closed by `stop`). */
  another(engine: SearchEngine, store: CursorStore, overrides?: Partial<IndexerSettings>): Indexer;
  stop(): Promise<void>;
}

/** The cursor store the stack's database kind calls for; `suffix` gives a second indexer its own schema. */
export function cursorStoreFor(database: TestDatabase, dataDir: string, suffix = ""): CursorStoreConfig {
  const { config } = database;
  return config.kind === "postgres"
    ? { kind: "postgres", url: config.url, schema: `${config.schemaPrefix}search_indexer${suffix}` }
    : { kind: "sqlite", file: join(dataDir, "indexer.sqlite") };
}

export const subgraphUrls = (stack: TestStack): Record<string, string> =>
  Object.fromEntries(Object.entries(stack.subgraphs).map(([name, subgraph]) => [name, subgraph.url]));

/** Collects log entries, for asserting what the worker said and how often. */
export function recordingLogger(): Logger & { entries: { level: string; message: string; fields?: Record<string, unknown> }[] } {
  const entries: { level: string; message: string; fields?: Record<string, unknown> }[] = [];
  const logger = {
    entries,
    debug: (message: string, fields?: Record<string, unknown>) => void entries.push({ level: "debug", message, fields }),
    info: (message: string, fields?: Record<string, unknown>) => void entries.push({ level: "info", message, fields }),
    warn: (message: string, fields?: Record<string, unknown>) => void entries.push({ level: "warn", message, fields }),
    error: (message: string, fields?: Record<string, unknown>) => void entries.push({ level: "error", message, fields }),
    child: () => logger,
  };
  return logger;
}

export async function startHarness(logger: Logger = createLogger("silent")): Promise<Harness> {
  const stack = await startTestStack({ demoData: true });
  const dataDir = mkdtempSync(join(tmpdir(), "pnh-indexer-"));
  const engine = new EmbeddedSearchEngine({ dataDir });
  const store = createCursorStore(cursorStoreFor(stack.database, dataDir));
  const settings: IndexerSettings = {
    auth: TEST_AUTH, gatewayUrl: stack.gatewayUrl, subgraphUrls: subgraphUrls(stack), batchSize: 100, pollMs: 50, maxBackoffMs: 1_000, requestTimeoutMs: 20_000,
  };
  const extra: { engine: SearchEngine; store: CursorStore; indexer: Indexer }[] = [];
  return {
    ...createIndexer(settings, engine, store, logger),
    stack, dataDir, engine, store, settings,
    admin: await tokenFor(Role.NATIONAL_ADMIN),
    another: (otherEngine, otherStore, overrides = {}) => {
      const indexer = createIndexer({ ...settings, ...overrides }, otherEngine, otherStore, logger);
      extra.push({ engine: otherEngine, store: otherStore, indexer });
      return indexer;
    },
    stop: async () => {
      for (const { engine: e, store: s, indexer } of extra) {
        await indexer.worker.stop();
        await s.close();
        await e.close();
      }
      await store.close();
      await engine.close();
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Ids the index must hold, read from the subgraphs' databases. */
export async function visibleIds(stack: TestStack): Promise<Record<IndexKey, string[]>> {
  const results = stack.subgraphs.results.dataSource;
  const reports = await results.getRepository(Result).find({ select: { id: true }, where: { status: "RELEASED" as never, confidentiality: Not("RESTRICTED" as never) } });
  const cases = await results.getRepository(TypicalCase).find({ select: { id: true }, where: { status: "PUBLISHED" as never } });
  const experts = await stack.subgraphs.experts.dataSource.getRepository(Expert).find({ select: { id: true }, where: { status: "ACTIVE" as never } });
  return { reports: ids(reports), cases: ids(cases), experts: ids(experts) };
}

/** Ids each index holds, sorted, duplicates kept (so a duplicate shows). */
export async function indexedIds(engine: SearchEngine): Promise<Record<IndexKey, string[]>> {
  const of = async (index: IndexKey) => [...(await engine.allIds(INDEX_NAMES[index]))].sort();
  return { reports: await of("reports"), cases: await of("cases"), experts: await of("experts") };
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();

/** Runs a mutation through the gateway and fails the test on any error. */
export async function mutate<T = any>(stack: TestStack, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const answer = await stack.query<T>(query, variables, token);
  if (answer.errors?.length) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(answer.errors)}`);
  return answer.data as T;
}

/** An IN_LIBRARY result of the given confidentiality released through the gateway (the sponsor consenting first when it must). */
export async function releaseOne(stack: TestStack, admin: string, confidentiality: string): Promise<Result> {
  const candidates = await stack.subgraphs.results.dataSource.getRepository(Result).find({ where: { status: "IN_LIBRARY" as never, confidentiality: confidentiality as never }, order: { id: "ASC" } });
  const release = `mutation($id: ID!) { releaseResult(id: $id) { id status } }`;
  for (const candidate of candidates) {
    let answer = await stack.query(release, { id: candidate.id }, admin);
    if (answer.errors?.[0]?.message?.includes("consent")) {
      const sponsor = await mintToken(TEST_AUTH, { role: Role.ENTERPRISE, subject: "test-sponsor", orgId: candidate.sponsorOrganizationId });
      await stack.query(`mutation($id: ID!) { consentToResultRelease(id: $id) { id } }`, { id: candidate.id }, sponsor);
      answer = await stack.query(release, { id: candidate.id }, admin);
    }
    if (!answer.errors) return candidate;
  }
  throw new Error(`no ${confidentiality} IN_LIBRARY result of the demo data could be released`);
}

/** Strips what legitimately differs between the demo records and the API: the instants' notation. */
export function comparable<D extends Record<string, unknown>>(document: D): D {
  const copy: Record<string, unknown> = { ...document };
  for (const key of ["releasedAt", "publishedAt"]) if (typeof copy[key] === "string") copy[key] = new Date(copy[key] as string).toISOString();
  return copy as D;
}
