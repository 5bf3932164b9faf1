/** The change feed's ordering promise on the database under test: a reader never sees a later change before an earlier one commits. */
import type { DataSource } from "typeorm";
import { Role } from "./auth";
import { ChangeLogEntry, readChanges, recordChange } from "./change-feed";
import { createDataSource, openDatabase } from "./database";
import { createTestDatabase, type TestDatabase } from "../test/support/database";
import { resultsSubgraph } from "../subgraphs/results/schema";

let database: TestDatabase;
let dataSource: DataSource;
const admin = { role: Role.NATIONAL_ADMIN, subject: "indexer" };

beforeAll(async () => {
  database = createTestDatabase();
  dataSource = await openDatabase(createDataSource({ subgraph: "results", entities: resultsSubgraph.entities, migrations: resultsSubgraph.migrations, database: database.config }));
});
afterAll(async () => {
  await dataSource?.destroy();
  await database.drop();
});

it("hands out sequences in commit order, so a cursor never skips a change that commits late", async () => {
  let releaseFirst!: () => void;
  const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
  let firstRecorded!: () => void;
  const firstHasRecorded = new Promise<void>((resolve) => (firstRecorded = resolve));

  const first = dataSource.transaction(async (manager) => {
    await recordChange(manager, "Result", "00000000-0000-4000-8000-000000000001");
    firstRecorded();
    await firstMayCommit;
  });
  await firstHasRecorded;
  const second = dataSource.transaction((manager) => recordChange(manager, "Result", "00000000-0000-4000-8000-000000000002"));

  // While the first writer is still open, a reader sees neither change: the second waits behind the first.
  await new Promise((resolve) => setTimeout(resolve, 100));
  let early: string[] | undefined;
  const reading = readChanges(dataSource, admin, { after: 0, first: 10 }).then((page) => (early = page.entries.map((entry) => entry.entityId)));
  await new Promise((resolve) => setTimeout(resolve, 100));
  // The reader saw nothing, or waited (SQLite) until the writers committed: never the second alone.
  expect(early === undefined || early.length === 0).toBe(true);

  releaseFirst();
  await reading;
  if (early!.length > 0) expect(early!.map((id) => id.slice(-1))).toEqual(["1", "2"].slice(0, early!.length));
  await Promise.all([first, second]);
  const { entries, head } = await readChanges(dataSource, admin, { after: 0, first: 10 });
  expect(entries.map((entry) => entry.entityId.slice(-1))).toEqual(["1", "2"]);
  expect(entries[1].sequence).toBeGreaterThan(entries[0].sequence);
  expect(head).toBe(entries[1].sequence);
  expect(await dataSource.getRepository(ChangeLogEntry).count()).toBe(2);
});
