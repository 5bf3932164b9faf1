/**
 * A large, realistic report corpus for the scale benchmark, composed from the demo data set: every
 * synthetic report takes its topic, title and keywords from one demo result and mixes in sentences
 * from a second one, gets its own id, year, release date, province, base and audience, and has its
 * sentences reshuffled, so no two documents have the same text. Deterministic for a given seed.
 */
import { generateDemoData } from "../demo/generate";
import { REGIONS } from "../reference/regions";
import { industryNamesOf, provinceNameOf, type ReportDocument, type Visibility } from "../search-indexer/engine/documents";

/** mulberry32: small, fast and good enough to vary a benchmark corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentences = (text: string) => text.split(/(?<=[。；])/).filter((s) => s.trim().length > 0);

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const BASE_LEVELS = ["NATIONAL", "PROVINCIAL", "MUNICIPAL"] as const;
const VISIBILITY: readonly [Visibility, number][] = [["PUBLIC", 0.65], ["REGISTERED", 0.15], ["TARGETED", 0.2]];

export interface SyntheticCorpus {
  documents(): Generator<ReportDocument>;
  /** Organisation ids used in audiences, for building signed-in viewers. */
  organizations: string[];
  bases: string[];
}

export function syntheticReports(count: number, seed = 7): SyntheticCorpus {
  const data = generateDemoData();
  const projects = new Map(data.projects.map((p) => [p.id, p]));
  const sources = data.results.map((result) => ({ result, project: projects.get(result.projectId)! }));
  const organizations = data.organizations.map((o) => o.id);
  const provinces = REGIONS.map((r) => r.code);
  const bases = Array.from({ length: 600 }, (_, i) => `base-${String(i).padStart(4, "0")}`);
  return {
    organizations,
    bases,
    *documents() {
      const next = random(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
      for (let i = 0; i < count; i++) {
        const { result, project } = sources[i % sources.length]!;
        const other = pick(sources).result;
        const province = pick(provinces);
        const baseIndex = Math.floor(next() * bases.length);
        const year = 2018 + Math.floor(next() * 9);
        const releasedAtMs = Date.UTC(year, Math.floor(next() * 12), 1 + Math.floor(next() * 28), 2 + Math.floor(next() * 8));
        let roll = next();
        const confidentiality = VISIBILITY.find(([, share]) => (roll -= share) < 0)?.[0] ?? "PUBLIC";
        const targeted = confidentiality === "TARGETED";
        const own = result.chapters.slice(0, 3).map((c) => `${c.title}\n${shuffled(sentences(c.text), next).join("")}`);
        const mixed = other.chapters.slice(3).map((c) => `${c.title}\n${shuffled(sentences(c.text), next).join("")}`);
        const abstract = shuffled([...sentences(result.abstract), ...sentences(other.abstract).slice(0, 1)], next).join("");
        const industries = [...new Set([...result.industryCodes, ...(next() < 0.15 ? other.industryCodes : [])])];
        yield {
          id: `syn-${String(i).padStart(6, "0")}`,
          title: next() < 0.3 ? `${year}年度${result.title}` : result.title,
          abstract,
          keywords: [...new Set([...result.keywords, ...(next() < 0.4 ? [pick(other.keywords)] : [])])],
          chapters: [...own, ...mixed].join("\n\n"),
          resultType: result.type,
          navigationType: project.navigationType,
          industryCodes: industries,
          industryNames: industryNamesOf(industries),
          ipcClasses: [...result.ipcClasses],
          regionCodes: [province],
          province,
          provinceName: provinceNameOf(province),
          baseId: bases[baseIndex]!,
          baseName: `${provinceNameOf(province)}专利导航服务基地${baseIndex}`,
          baseLevel: BASE_LEVELS[baseIndex % 3]!,
          projectId: `project-${Math.floor(i / 3)}`,
          year,
          releasedAt: new Date(releasedAtMs).toISOString(),
          releasedAtMs,
          confidentiality,
          audienceOrganizationIds: targeted && next() < 0.5 ? [pick(organizations), pick(organizations)] : [],
          audienceIndustryCodes: targeted ? industries : [],
        };
      }
    },
  };
}
