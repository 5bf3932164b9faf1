/**
 * The cursor store's contract, on the SQLite file always and on PostgreSQL when the run has a
 * DATABASE_URL (the same suite as the rest of the tests): compare-and-set advances, a rewind that never
 * skips unapplied changes, and cursors that survive a reopen.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CursorStoreConfig } from "../indexer-config";
import { createTestDatabase, type TestDatabase } from "../../test/support/database";
import { createCursorStore, type CursorStore } from "./cursor-store";
import { cursorStoreFor } from "./testing";

const dataDir = mkdtempSync(join(tmpdir(), "pnh-cursors-"));
const database: TestDatabase = createTestDatabase();
afterAll(async () => {
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const variants: [string, CursorStoreConfig][] = [["sqlite", { kind: "sqlite", file: join(dataDir, "nested", "indexer.sqlite") }]];
if (database.config.kind === "postgres") variants.push(["postgres", cursorStoreFor(database, dataDir)]);

describe.each(variants)("the %s cursor store", (_kind, config) => {
  let store: CursorStore;
  beforeAll(async () => {
    store = createCursorStore(config);
    await store.open();
    await store.open();
  });
  afterAll(() => store.close());

  it("reads 0 for a feed never indexed, and creates its cursor on the first advance only", async () => {
    expect(await store.read("results")).toBe(0);
    expect(await store.readAll()).toEqual({});
    expect(await store.advance("results", 5, 9)).toBe(false);
    expect(await store.advance("results", 0, 20)).toBe(true);
    expect(await store.advance("results", 0, 40)).toBe(false);
    expect(await store.readAll()).toEqual({ results: 20 });
  });

  it("advances only from where the cursor is: a stale advance fails and changes nothing", async () => {
    expect(await store.advance("results", 20, 40)).toBe(true);
    expect(await store.advance("results", 20, 60)).toBe(false);
    expect(await store.read("results")).toBe(40);
  });

  it("rewinds to the heads given, keeps a lower cursor, and sets a missing one", async () => {
    expect(await store.advance("bases", 0, 7)).toBe(true);
    await store.rewind({ results: 30, bases: 10, experts: 12 });
    expect(await store.readAll()).toEqual({ results: 30, bases: 7, experts: 12 });
    // The worker's advance from before the rewind fails: it re-reads and applies from 30 again.
    expect(await store.advance("results", 40, 45)).toBe(false);
    expect(await store.advance("results", 30, 45)).toBe(true);
  });

  it("keeps the cursors across a reopen, and refuses use once closed", async () => {
    await store.close();
    await expect(store.ping()).rejects.toThrow();
    store = createCursorStore(config);
    await store.open();
    await store.ping();
    expect(await store.readAll()).toEqual({ results: 45, bases: 7, experts: 12 });
  });
});
