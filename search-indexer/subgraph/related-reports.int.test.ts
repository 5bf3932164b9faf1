/** relatedReports: "more like this" under the caller's visibility. */
import { Role } from "../../platform/auth";
import { tokenFor } from "../../test/support/subgraph";
import type { ReportDocument } from "../engine/documents";
import { FIXTURE_IDS, isFixture, startSearchFixture, TARGET_ORG, type SearchFixture } from "./testing";

const RELATED = `query($id: ID!, $first: Int) { relatedReports(id: $id, first: $first) { id score snippet highlights { title keywords } result { id } } }`;

let fx: SearchFixture;
let enterprise: string;
beforeAll(async () => {
  fx = await startSearchFixture();
  enterprise = await tokenFor(Role.ENTERPRISE, { orgId: TARGET_ORG });
});
afterAll(() => fx?.stop());

async function related(id: string, first?: number, token?: string): Promise<{ id: string; score: number; snippet: string; highlights: { title: string; keywords: string } }[]> {
  const response = await fx.query(RELATED, { id, first }, token);
  expect(response.errors).toBeUndefined();
  return response.data.relatedReports;
}

const doc = (id: string) => fx.reports.find((d) => d.id === id) as ReportDocument;
const sharesSubject = (a: ReportDocument, b: ReportDocument) =>
  a.industryCodes.some((code) => b.industryCodes.includes(code)) || a.ipcClasses.some((ipc) => b.ipcClasses.includes(ipc));
const publicReports = () => fx.reports.filter((d) => d.confidentiality === "PUBLIC" && !isFixture(d.id));

it("answers five visible reports sharing an industry or IPC class, never the report itself", async () => {
  for (const source of publicReports().slice(0, 10)) {
    const hits = await related(source.id);
    expect(hits).toHaveLength(5);
    expect(new Set(hits.map((h) => h.id)).size).toBe(5);
    for (const hit of hits) {
      expect(hit.id).not.toBe(source.id);
      expect(doc(hit.id).confidentiality).toBe("PUBLIC");
      expect(sharesSubject(source, doc(hit.id))).toBe(true);
    }
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  }
});

it("ranks reports sharing the source's keywords first, with the keyword marked", async () => {
  const source = publicReports().find((d) => d.keywords.length >= 4)!;
  const [best] = await related(source.id, 3);
  expect(best!.score).toBeGreaterThan(0);
  const marked = [...`${best!.highlights.title} ${best!.highlights.keywords} ${best!.snippet}`.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
  expect(marked.length).toBeGreaterThan(0);
});

it("honours first, up to 20, filling up with the newest reports on the same subject", async () => {
  for (const source of publicReports().slice(0, 5)) {
    const candidates = publicReports().filter((d) => d.id !== source.id && sharesSubject(source, d));
    expect(await related(source.id, 1)).toHaveLength(1);
    expect((await related(source.id, 20)).length).toBe(Math.min(20, candidates.length));
  }
});

it("answers an empty list for a report the caller may not see, and for an unknown id", async () => {
  expect(await related(FIXTURE_IDS.targetedOrg)).toEqual([]);
  expect((await related(FIXTURE_IDS.targetedOrg, 5, enterprise)).length).toBeGreaterThan(0);
  expect(await related("00000000-0000-4000-8000-000000000000")).toEqual([]);
  const targeted = fx.reports.find((d) => d.confidentiality === "TARGETED" && !isFixture(d.id))!;
  expect(await related(targeted.id)).toEqual([]);
  const registered = fx.reports.find((d) => d.confidentiality === "REGISTERED" && !isFixture(d.id))!;
  expect(await related(registered.id)).toEqual([]);
  expect((await related(registered.id, 5, enterprise)).length).toBeGreaterThan(0);
});

it("never offers a signed-in caller a report targeted at others", async () => {
  const invisible = new Set(fx.reports.filter((d) => d.confidentiality === "TARGETED" && !d.audienceOrganizationIds.includes(TARGET_ORG)).map((d) => d.id));
  for (const source of fx.reports.filter((d) => d.confidentiality === "REGISTERED").slice(0, 10)) {
    for (const hit of await related(source.id, 20, enterprise)) expect(invisible.has(hit.id)).toBe(false);
  }
});
