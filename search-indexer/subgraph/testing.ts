/**
 * Test fixture of the search subgraph: a real embedded engine in a temporary directory, filled with
 * the demo data set's report and case documents plus a few documents whose visibility the tests know
 * exactly, and the subgraph listening on 127.0.0.1 port 0.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLogger } from "../../platform/logger";
import { graphql, TEST_AUTH, type GraphQLResponse } from "../../test/support/subgraph";
import { demoCaseDocuments, demoReportDocuments } from "../engine/demo-documents";
import { CASES, INDEX_NAMES, REPORTS, type CaseDocument, type ReportDocument } from "../engine/documents";
import { EmbeddedSearchEngine } from "../engine/embedded";
import type { SearchEngine } from "../engine/port";
import type { SearchSubgraphConfig } from "../subgraph-config";
import { searchSubgraph } from "./schema";

/** Organisation and industry the targeted fixtures are addressed to. */
export const TARGET_ORG = "0f0f0f0f-1111-4222-8333-444444444444";
export const TARGET_INDUSTRY = "09";
/**
 * A word no demo document contains, nor any part of it: only the fixtures below carry it. (A Chinese
 * compound would not do: the engine drops words from the end until something matches.)
 */
export const SECRET_WORD = "Zyxquartz";

/** Ids of the fixture reports, UUID-shaped like every result id. */
export const FIXTURE_IDS = {
  targetedOrg: "f1000000-0000-4000-8000-000000000001",
  targetedIndustry: "f1000000-0000-4000-8000-000000000002",
  registered: "f1000000-0000-4000-8000-000000000003",
  restricted: "f1000000-0000-4000-8000-000000000004",
} as const;

export const isFixture = (id: string): boolean => (Object.values(FIXTURE_IDS) as string[]).includes(id);

function fixture(base: ReportDocument, id: string, overrides: Partial<ReportDocument>): ReportDocument {
  return {
    ...base,
    id,
    title: `${SECRET_WORD} 专利导航分析报告`,
    keywords: [SECRET_WORD],
    audienceOrganizationIds: [],
    audienceIndustryCodes: [],
    ...overrides,
  };
}

/**
 * Reports with years no demo report has (2013–2016), so a facet leaking one of them shows as a year:
 * one targeted at TARGET_ORG, one at TARGET_INDUSTRY, one REGISTERED, and one RESTRICTED that slipped
 * into the index (the indexer never lets one in; the filter must keep it out regardless).
 */
export function fixtureReports(base: ReportDocument): ReportDocument[] {
  return [
    fixture(base, FIXTURE_IDS.targetedOrg, { confidentiality: "TARGETED", audienceOrganizationIds: [TARGET_ORG], year: 2013, province: "540000", provinceName: "西藏" }),
    fixture(base, FIXTURE_IDS.targetedIndustry, { confidentiality: "TARGETED", audienceIndustryCodes: [TARGET_INDUSTRY], year: 2014 }),
    fixture(base, FIXTURE_IDS.registered, { confidentiality: "REGISTERED", year: 2015, title: `<script>alert(1)</script> ${SECRET_WORD} 注册用户报告` }),
    // Carries audiences too, against the rule that only TARGETED documents do: the filter must still hold.
    fixture(base, FIXTURE_IDS.restricted, {
      confidentiality: "RESTRICTED" as ReportDocument["confidentiality"],
      audienceOrganizationIds: [TARGET_ORG],
      audienceIndustryCodes: [TARGET_INDUSTRY],
      year: 2016,
    }),
  ];
}

export interface SearchFixture {
  url: string;
  dataDir: string;
  engine: SearchEngine;
  reports: ReportDocument[];
  cases: CaseDocument[];
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /** The service's /health or /ready. */
  probe(path: "/health" | "/ready"): Promise<number>;
  stop(): Promise<void>;
}

export function testSearchConfig(dataDir: string, search: Partial<SearchSubgraphConfig["search"]> = {}): SearchSubgraphConfig {
  return { name: "search", http: { host: "127.0.0.1", port: 0 }, auth: TEST_AUTH, logLevel: "silent", search: { dataDir, meiliTimeoutMs: 2_000, ...search } };
}

/** Starts the subgraph; `fill: false` leaves the engine without any index, as on a fresh install. */
export async function startSearchFixture(options: { fill?: boolean } = {}): Promise<SearchFixture> {
  const dataDir = mkdtempSync(join(tmpdir(), "search-subgraph-"));
  const engine = new EmbeddedSearchEngine({ dataDir });
  let reports: ReportDocument[] = [];
  let cases: CaseDocument[] = [];
  if (options.fill ?? true) {
    const demo = demoReportDocuments();
    reports = [...demo, ...fixtureReports(demo[0] as ReportDocument)];
    cases = demoCaseDocuments();
    await engine.ensureIndex(INDEX_NAMES.reports, REPORTS);
    await engine.ensureIndex(INDEX_NAMES.cases, CASES);
    await engine.upsert(INDEX_NAMES.reports, reports);
    await engine.upsert(INDEX_NAMES.cases, cases);
  }
  const { service } = await searchSubgraph.build(testSearchConfig(dataDir), createLogger("silent"), { engine });
  const url = await service.listen(0, "127.0.0.1");
  return {
    url,
    dataDir,
    engine,
    reports,
    cases,
    query: (query, variables, token) => graphql(url, query, variables, token),
    probe: async (path) => (await fetch(new URL(path, url))).status,
    stop: async () => {
      await service.stop();
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
