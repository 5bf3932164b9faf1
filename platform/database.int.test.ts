/** Concurrency of the data source on the database under test (SQLite by default, PostgreSQL with DATABASE_URL). */
import { Organization } from "../subgraphs/bases/organizations/organization.entity";
import { basesSubgraph } from "../subgraphs/bases/schema";
import { createTestDatabase, type TestDatabase } from "../test/support/database";
import { createDataSource, lockRows, openDatabase } from "./database";
import type { DataSource } from "typeorm";

let database: TestDatabase;
let dataSource: DataSource;

beforeAll(async () => {
  database = createTestDatabase();
  dataSource = await openDatabase(createDataSource({ subgraph: "bases", entities: basesSubgraph.entities, migrations: basesSubgraph.migrations, database: database.config }));
});
afterAll(async () => {
  await dataSource?.destroy();
  await database.drop();
});

const organization = (n: number) => ({ id: crypto.randomUUID(), name: `单位${n}`, creditCode: `91320000MA${String(n).padStart(8, "0")}`, type: "ENTERPRISE" as never, regionCode: "320000" });

it("runs concurrent transactions without one breaking another", async () => {
  const results = await Promise.allSettled(
    [1, 2, 3, 4].map((n) => dataSource.transaction(async (manager) => {
      await manager.count(Organization);
      await new Promise((resolve) => setTimeout(resolve, 10));
      await manager.insert(Organization, organization(n));
    })),
  );
  expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "fulfilled", "fulfilled"]);
  expect(await dataSource.getRepository(Organization).count()).toBe(4);
});

it("lets only one of two racing read-check-writes through when both lock the row they check", async () => {
  const guard = organization(100);
  await dataSource.getRepository(Organization).insert(guard);
  // Both read the count, wait, then write only if nobody wrote yet: a quota of one.
  const attempt = (n: number) =>
    dataSource.transaction(async (manager) => {
      await lockRows(manager, Organization, [guard.id]);
      const taken = await manager.countBy(Organization, { regionCode: "110000" });
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (taken > 0) throw new Error("quota used up");
      await manager.insert(Organization, { ...organization(200 + n), regionCode: "110000" });
    });
  const results = await Promise.allSettled([attempt(1), attempt(2)]);
  expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  expect(await dataSource.getRepository(Organization).countBy({ regionCode: "110000" })).toBe(1);
});
