/**
 * The indexer against the real platform: every subgraph and the gateway in-process with the demo data,
 * the embedded engine in a temporary directory, the real cursor store. The index must hold exactly what
 * the databases say is visible, follow releases, withdrawals and renames, and survive re-processing.
 */
import { generateDemoData } from "../../demo/generate";
import { demoCaseDocuments, demoExpertDocuments, demoReportDocuments } from "../engine/demo-documents";
import { INDEX_NAMES } from "../engine/documents";
import type { SearchDocument } from "../engine/port";
import { createIndexerServer } from "./http";
import type { IndexerMetrics } from "./worker";
import { comparable, indexedIds, mutate, releaseOne, startHarness, visibleIds, type Harness } from "./testing";
import { createLogger } from "../../platform/logger";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.stop());

const byId = (documents: readonly SearchDocument[]) => new Map(documents.map((document) => [document.id, comparable(document)]));

async function indexedDocuments(index: keyof typeof INDEX_NAMES): Promise<Map<string, SearchDocument>> {
  const ids = await harness.engine.allIds(INDEX_NAMES[index]);
  const documents = await Promise.all(ids.map((id) => harness.engine.get(INDEX_NAMES[index], id)));
  return byId(documents as SearchDocument[]);
}

describe("indexing the demo data from sequence 0", () => {
  beforeAll(() => harness.worker.catchUp());

  it("indexes exactly the visible results, cases and experts, each once", async () => {
    const indexed = await indexedIds(harness.engine);
    const visible = await visibleIds(harness.stack);
    expect(visible.reports.length).toBeGreaterThan(100);
    expect(indexed).toEqual(visible);
    for (const ids of Object.values(indexed)) expect(new Set(ids).size).toBe(ids.length);
  });

  it("builds the documents the engine's mapping makes of the demo records", async () => {
    const demo = generateDemoData(20221123);
    expect(await indexedDocuments("reports")).toEqual(byId(demoReportDocuments(demo)));
    expect(await indexedDocuments("cases")).toEqual(byId(demoCaseDocuments(demo)));
    const active = new Set((await visibleIds(harness.stack)).experts);
    expect(await indexedDocuments("experts")).toEqual(byId(demoExpertDocuments(demo).filter((document) => active.has(document.id))));
  });

  it("stores every cursor at its feed's head and reports no lag", async () => {
    const { feeds, totals } = harness.worker.metrics();
    const cursors = await harness.store.readAll();
    for (const name of ["results", "bases", "experts"]) {
      expect(feeds[name]).toMatchObject({ lag: 0, failures: 0, lastError: null });
      expect(feeds[name].cursor).toBe(feeds[name].head);
      expect(cursors[name]).toBe(feeds[name].head);
      expect(feeds[name].lastIndexedAt).toEqual(expect.any(String));
    }
    expect(totals.lag).toBe(0);
    expect(totals.upserted).toBeGreaterThan(0);
  });

  it("changes nothing when every batch is processed again, as after a crash before the cursors were stored", async () => {
    const before = { reports: await indexedDocuments("reports"), cases: await indexedDocuments("cases"), experts: await indexedDocuments("experts") };
    await harness.store.rewind({ results: 0, bases: 0, experts: 0 });
    expect(await harness.store.readAll()).toEqual({ results: 0, bases: 0, experts: 0 });
    await harness.worker.catchUp();
    expect({ reports: await indexedDocuments("reports"), cases: await indexedDocuments("cases"), experts: await indexedDocuments("experts") }).toEqual(before);
    expect(await indexedIds(harness.engine)).toEqual(await visibleIds(harness.stack));
  });

  it("serves /health, /ready with the lag, and /metrics", async () => {
    const server = createIndexerServer(harness.worker, harness.engine, harness.store, createLogger("silent"));
    const url = await server.listen(0, "127.0.0.1");
    try {
      expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: "ok", service: "search-indexer" });
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: "ready", service: "search-indexer", lag: { total: 0, results: 0, bases: 0, experts: 0 } });
      const metrics = (await (await fetch(`${url}/metrics`)).json()) as IndexerMetrics;
      expect(metrics).toMatchObject({ engine: "embedded", totals: { lag: 0, failures: 0 } });
      expect(Object.keys(metrics.feeds)).toEqual(["results", "bases", "experts"]);
      expect(Object.keys(metrics.feeds.results).sort()).toEqual(["batches", "cursor", "deleted", "failures", "head", "lag", "lastError", "lastIndexedAt", "upserted"]);
    } finally {
      await server.stop();
    }
  });
});

describe("following changes", () => {
  beforeAll(() => harness.worker.catchUp());

  it("indexes a release, leaves a RESTRICTED release out, and removes a withdrawal, after one more pass", async () => {
    const released = await releaseOne(harness.stack, harness.admin, "PUBLIC");
    const restricted = await releaseOne(harness.stack, harness.admin, "RESTRICTED");
    const withdrawn = (await harness.engine.search(INDEX_NAMES.reports, { hitsPerPage: 1 })).hits[0].id;
    await mutate(harness.stack, `mutation($id: ID!) { withdrawResult(id: $id, note: "数据更新") { id } }`, { id: withdrawn }, harness.admin);
    const before = harness.worker.metrics().feeds.results.cursor;
    const head = await harness.readers[0].head();
    expect(head).toBeGreaterThanOrEqual(before + 3);

    await harness.worker.catchUp();
    expect(await harness.engine.get(INDEX_NAMES.reports, released.id)).toMatchObject({ id: released.id, title: released.title, confidentiality: "PUBLIC" });
    expect(await harness.engine.get(INDEX_NAMES.reports, restricted.id)).toBeNull();
    expect(await harness.engine.get(INDEX_NAMES.reports, withdrawn)).toBeNull();
    expect(harness.worker.metrics().feeds.results).toMatchObject({ cursor: head, lag: 0 });
    expect(await indexedIds(harness.engine)).toEqual(await visibleIds(harness.stack));
  });

  it("removes a withdrawn case and a suspended expert", async () => {
    const [caseId] = (await indexedIds(harness.engine)).cases;
    const [expertId] = (await indexedIds(harness.engine)).experts;
    await mutate(harness.stack, `mutation($id: ID!) { withdrawTypicalCase(id: $id, note: "案例数据有误") { id } }`, { id: caseId }, harness.admin);
    await mutate(harness.stack, `mutation($id: ID!) { suspendExpert(id: $id, note: "资格复核") { id } }`, { id: expertId }, harness.admin);
    await harness.worker.catchUp();
    expect(await harness.engine.get(INDEX_NAMES.cases, caseId)).toBeNull();
    expect(await harness.engine.get(INDEX_NAMES.experts, expertId)).toBeNull();
    expect(await indexedIds(harness.engine)).toEqual(await visibleIds(harness.stack));
  });

  it("re-indexes a renamed base's reports and cases: searching the new name finds them", async () => {
    const report = (await harness.engine.search(INDEX_NAMES.reports, { hitsPerPage: 1 })).hits[0];
    const { baseId } = (await harness.engine.get(INDEX_NAMES.reports, report.id))!;
    const filter = [{ field: "baseId", eq: baseId as string }];
    const reports = (await harness.engine.search(INDEX_NAMES.reports, { filter, hitsPerPage: 50 })).hits.map((hit) => hit.id).sort();
    const cases = (await harness.engine.search(INDEX_NAMES.cases, { filter, hitsPerPage: 50 })).hits.map((hit) => hit.id).sort();
    const name = "江苏省集成电路知识产权运营服务中心";
    await mutate(harness.stack, `mutation($id: ID!, $input: UpdateServiceBaseInput!) { updateServiceBase(id: $id, input: $input) { id } }`, { id: baseId, input: { name } }, harness.admin);

    await harness.worker.catchUp();
    for (const id of reports) expect(await harness.engine.get(INDEX_NAMES.reports, id)).toMatchObject({ baseId, baseName: name });
    for (const id of cases) expect(await harness.engine.get(INDEX_NAMES.cases, id)).toMatchObject({ baseId, baseName: name });
    const found = await harness.engine.search(INDEX_NAMES.reports, { q: "知识产权运营服务中心", filter, hitsPerPage: 50 });
    expect(found.hits.map((hit) => hit.id).sort()).toEqual(reports);
  });
});
