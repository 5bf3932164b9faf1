/**
 * Shared state and helpers for the record builders: the id factory and organisation registry,
 * what the builders remember about each base and project, and scene construction for text.
 */
import type { NavigationType } from "../reference/navigation-types";
import { regionName } from "../reference/regions";
import type { OrganizationRegistry } from "./organizations";
import { provinceInfo, type City, type HostCandidate } from "./places";
import type { ProjectRecord, ServiceBaseRecord } from "./records";
import type { IdFactory, Rng } from "./random";
import { Composer, type Scene } from "./text";
import { vocabularyOf, type Topic } from "./vocabulary";

export interface World {
  seed: number;
  ids: IdFactory;
  orgs: OrganizationRegistry;
}

export interface BaseInfo {
  record: ServiceBaseRecord;
  host: HostCandidate;
  city: City;
}

export interface ProjectInfo {
  record: ProjectRecord;
  base: BaseInfo;
  topic: Topic;
  city: City;
  /** Day number of the acceptance review, when there is one. */
  reviewDay: number | null;
}

/** How a base's place is named in titles: the park's short name, or the province for an institution. */
export function placeLabel(base: BaseInfo): string {
  return base.host.kind === "INDUSTRIAL_PARK" ? base.host.short : provinceInfo(base.record.regionCode).full;
}

/** The i-th value of `all` for the first items (so every value occurs), then `fallback()`. */
export function coverFirst<T>(index: number, all: readonly T[], fallback: () => T): T {
  return index < all.length ? (all[index] as T) : fallback();
}

export interface SceneInput {
  regionCode: string;
  city: City;
  host: string;
  industry: string;
  topic: Topic;
  year: number;
  nav: NavigationType;
  /** Names to put first among the enterprises mentioned (e.g. the sponsor). */
  leadApplicants?: readonly string[];
}

/** A scene for composing text, with enterprises and partners drawn from the registry. */
export function sceneFor(rng: Rng, orgs: OrganizationRegistry, input: SceneInput): Scene {
  const info = provinceInfo(input.regionCode);
  const enterprises = orgs.prefer("ENTERPRISE", input.regionCode, input.industry).map((record) => record.name);
  const partners = [
    ...orgs.prefer("UNIVERSITY", input.regionCode, input.industry),
    ...orgs.prefer("RESEARCH_INSTITUTE", input.regionCode, input.industry),
  ].map((record) => record.name);
  const applicants = [...new Set([...(input.leadApplicants ?? []), ...rng.pickSome(enterprises, 5)])];
  return {
    industry: vocabularyOf(input.industry),
    topic: input.topic,
    regionCode: input.regionCode,
    prov: regionName(input.regionCode) ?? info.full,
    provFull: info.full,
    city: input.city.short,
    cluster: info.cluster,
    host: input.host,
    year: input.year,
    nav: input.nav,
    applicants,
    partners: rng.pickSome(partners, 4),
  };
}

export function composerFor(rng: Rng, orgs: OrganizationRegistry, input: SceneInput): Composer {
  return new Composer(rng, sceneFor(rng, orgs, input));
}

/** Makes titles unique by adding a year prefix or a phase suffix when needed. */
export class TitleBook {
  private readonly used = new Set<string>();

  unique(title: string, year: number): string {
    const phases = ["", "（二期）", "（三期）", "（四期）", "（五期）"];
    for (const candidate of [title, `${year}年度${title}`, ...phases.slice(1).map((phase) => `${title}${phase}`)]) {
      if (!this.used.has(candidate)) {
        this.used.add(candidate);
        return candidate;
      }
    }
    let n = 6;
    while (this.used.has(`${title}（第${n}期）`)) n++;
    const fallback = `${title}（第${n}期）`;
    this.used.add(fallback);
    return fallback;
  }
}
