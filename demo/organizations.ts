/**
 * Organisations: a registry that names them, gives them 统一社会信用代码 with valid check characters,
 * and remembers (outside the records) their industry and city so other builders can pick fitting ones.
 */
import type { OrganizationRecord, OrganizationType } from "./records";
import type { IdFactory, Rng } from "./random";
import { BRANDS, INSTITUTES, UNIVERSITIES } from "./names";
import { cityByShort, provinceInfo, type City, type HostCandidate } from "./places";
import { officeInstant, dayInYear } from "./time";
import { VOCABULARY, vocabularyOf } from "./vocabulary";

export interface OrgMeta {
  industries: readonly string[];
  topic: string | null;
  city: City;
}

/** Characters of the 统一社会信用代码 (no I, O, Z, S, V). */
const CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

const AUTHORITY_AND_CATEGORY: Readonly<Record<OrganizationType, string>> = {
  ENTERPRISE: "91", SERVICE_AGENCY: "91", UNIVERSITY: "12", RESEARCH_INSTITUTE: "12",
  PUBLIC_INSTITUTION: "12", INDUSTRIAL_PARK: "11", GOVERNMENT: "11", INDUSTRY_ASSOCIATION: "51",
};

/** Builds an 18-character credit code with both check characters computed per GB 32100 / GB 11714. */
export function creditCode(rng: Rng, type: OrganizationType, areaCode: string): string {
  let body = "";
  if ((type === "ENTERPRISE" || type === "SERVICE_AGENCY") && rng.chance(0.6)) {
    body = `MA${Array.from({ length: 6 }, () => CREDIT_CHARS.charAt(rng.int(0, CREDIT_CHARS.length - 1))).join("")}`;
  } else {
    body = Array.from({ length: 8 }, () => String(rng.int(0, 9))).join("");
  }
  const orgSum = [...body].reduce((sum, char, i) => {
    const value = /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    return sum + value * (ORG_CODE_WEIGHTS[i] ?? 0);
  }, 0);
  const orgCheck = 11 - (orgSum % 11);
  const orgCheckChar = orgCheck === 10 ? "X" : orgCheck === 11 ? "0" : String(orgCheck);
  const first17 = `${AUTHORITY_AND_CATEGORY[type]}${areaCode}${body}${orgCheckChar}`;
  const sum = [...first17].reduce((acc, char, i) => acc + CREDIT_CHARS.indexOf(char) * (CREDIT_WEIGHTS[i] ?? 0), 0);
  const check = (31 - (sum % 31)) % 31;
  return first17 + CREDIT_CHARS.charAt(check);
}

export class OrganizationRegistry {
  readonly records: OrganizationRecord[] = [];
  private readonly metaById = new Map<string, OrgMeta>();
  private readonly idByName = new Map<string, string>();
  private readonly byIdMap = new Map<string, OrganizationRecord>();
  private readonly codes = new Set<string>();
  private readonly byType = new Map<OrganizationType, OrganizationRecord[]>();
  private readonly preferred = new Map<string, OrganizationRecord[]>();

  constructor(private readonly rng: Rng, private readonly ids: IdFactory) {}

  has(name: string): boolean {
    return this.idByName.has(name);
  }

  add(name: string, type: OrganizationType, regionCode: string, meta: OrgMeta): OrganizationRecord {
    const existing = this.idByName.get(name);
    if (existing) return this.byId(existing);
    let code = creditCode(this.rng, type, meta.city.code);
    while (this.codes.has(code)) code = creditCode(this.rng, type, meta.city.code);
    this.codes.add(code);
    const record: OrganizationRecord = {
      id: this.ids.next("organization"),
      name,
      creditCode: code,
      type,
      regionCode,
      createdAt: officeInstant(this.rng, dayInYear(this.rng, this.rng.pick([2019, 2019, 2020, 2020, 2021]))),
    };
    this.records.push(record);
    this.byType.set(type, [...(this.byType.get(type) ?? []), record]);
    this.preferred.clear();
    this.metaById.set(record.id, meta);
    this.idByName.set(name, record.id);
    this.byIdMap.set(record.id, record);
    return record;
  }

  byId(id: string): OrganizationRecord {
    const record = this.byIdMap.get(id);
    if (!record) throw new Error(`unknown organization ${id}`);
    return record;
  }

  byName(name: string): OrganizationRecord {
    const id = this.idByName.get(name);
    if (!id) throw new Error(`unknown organization ${name}`);
    return this.byId(id);
  }

  meta(id: string): OrgMeta {
    const meta = this.metaById.get(id);
    if (!meta) throw new Error(`no meta for organization ${id}`);
    return meta;
  }

  ofType(type: OrganizationType, filter?: (record: OrganizationRecord, meta: OrgMeta) => boolean): OrganizationRecord[] {
    const all = this.byType.get(type) ?? [];
    return filter ? all.filter((record) => filter(record, this.meta(record.id))) : all.slice();
  }

  /** Organisations of a type, preferring the given province and industry, falling back step by step. */
  prefer(type: OrganizationType, regionCode: string | null, industry: string | null): OrganizationRecord[] {
    const key = `${type}/${regionCode ?? "*"}/${industry ?? "*"}`;
    const cached = this.preferred.get(key);
    if (cached) return cached;
    const found = this.computePreferred(type, regionCode, industry);
    this.preferred.set(key, found);
    return found;
  }

  private computePreferred(type: OrganizationType, regionCode: string | null, industry: string | null): OrganizationRecord[] {
    const fits = (r: OrganizationRecord, m: OrgMeta, sameRegion: boolean, sameIndustry: boolean): boolean =>
      (!sameRegion || regionCode === null || r.regionCode === regionCode) &&
      (!sameIndustry || industry === null || m.industries.includes(industry));
    for (const [sameRegion, sameIndustry] of [[true, true], [false, true], [true, false], [false, false]] as const) {
      const found = this.ofType(type, (r, m) => fits(r, m, sameRegion, sameIndustry));
      if (found.length > 0) return found;
    }
    return [];
  }
}

function uniqueName(registry: OrganizationRegistry, make: () => string): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = make();
    if (!registry.has(name)) return name;
  }
  let n = 2;
  const base = make();
  while (registry.has(`${base}（${n}）`)) n++;
  return `${base}（${n}）`;
}

export function addEnterprise(registry: OrganizationRegistry, rng: Rng, regionCode: string, city: City, industry: string, topic: string): OrganizationRecord {
  const words = vocabularyOf(industry).companyWords;
  const name = uniqueName(registry, () =>
    `${city.short}${rng.pick(BRANDS)}${rng.pick(words)}${rng.chance(0.2) ? "股份有限公司" : "有限公司"}`);
  return registry.add(name, "ENTERPRISE", regionCode, { industries: [industry], topic, city });
}

function addAgency(registry: OrganizationRegistry, rng: Rng, regionCode: string, city: City): OrganizationRecord {
  const prov = provinceInfo(regionCode).full.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$/, "");
  const patterns = [
    () => `${city.short}${rng.pick(BRANDS)}知识产权代理有限公司`,
    () => `${prov}${rng.pick(BRANDS)}专利事务所有限公司`,
    () => `${rng.pick(BRANDS)}知识产权服务（${city.short}）有限公司`,
    () => `${city.short}${rng.pick(BRANDS)}知识产权运营有限公司`,
    () => `${city.short}${rng.pick(BRANDS)}专利代理事务所（普通合伙）`,
  ];
  const name = uniqueName(registry, () => rng.pick(patterns)());
  return registry.add(name, "SERVICE_AGENCY", regionCode, { industries: ["09"], topic: "知识产权服务", city });
}

/**
 * Fills the registry: every host candidate (selected or not), and around the selected hosts the
 * enterprises, service agencies, government departments, universities, institutes and associations.
 */
export function populateOrganizations(registry: OrganizationRegistry, rng: Rng, selected: readonly HostCandidate[], others: readonly HostCandidate[]): void {
  for (const host of [...selected, ...others]) {
    registry.add(host.name, host.kind, host.regionCode, {
      industries: [host.industry], topic: host.topic, city: cityByShort(host.regionCode, host.city),
    });
  }
  const provinces = [...new Set(selected.map((host) => host.regionCode))];
  for (const regionCode of provinces) {
    const info = provinceInfo(regionCode);
    const capital = info.cities[0] as City;
    registry.add(`${info.full}知识产权局`, "GOVERNMENT", regionCode, { industries: [], topic: null, city: capital });
    addAgency(registry, rng, regionCode, rng.pick(info.cities));
  }
  for (const host of selected) {
    const city = cityByShort(host.regionCode, host.city);
    addEnterprise(registry, rng, host.regionCode, city, host.industry, host.topic);
    addEnterprise(registry, rng, host.regionCode, city, host.industry, host.topic);
    const sibling = rng.pick(vocabularyOf(host.industry).topics);
    addEnterprise(registry, rng, host.regionCode, rng.pick(provinceInfo(host.regionCode).cities), host.industry, sibling.name);
  }
  for (let i = 0; i < 24; i++) {
    const regionCode = rng.pick(provinces);
    addAgency(registry, rng, regionCode, rng.pick(provinceInfo(regionCode).cities));
  }
  for (const regionCode of rng.pickSome(provinces, 12)) {
    const info = provinceInfo(regionCode);
    const city = info.cities[info.cities.length > 1 ? 1 : 0] as City;
    const suffix = city.full.endsWith("区") ? "市场监督管理局" : "市场监督管理局（知识产权局）";
    registry.add(`${info.full.endsWith("市") ? info.full : ""}${city.full}${suffix}`, "GOVERNMENT", regionCode, { industries: [], topic: null, city });
    const department = info.full.endsWith("市") ? "经济和信息化局" : "工业和信息化厅";
    registry.add(`${info.full}${department}`, "GOVERNMENT", regionCode, { industries: [], topic: null, city: info.cities[0] as City });
  }
  for (const entry of [...UNIVERSITIES, ...INSTITUTES]) {
    const type = UNIVERSITIES.includes(entry) ? "UNIVERSITY" : "RESEARCH_INSTITUTE";
    registry.add(entry.name, type, entry.regionCode, {
      industries: entry.industries, topic: null, city: cityByShort(entry.regionCode, entry.city),
    });
  }
  for (const regionCode of rng.pickSome(provinces, 14)) {
    const info = provinceInfo(regionCode);
    const industry = rng.pick(VOCABULARY.slice(0, 8));
    const topicName = rng.pick(industry.topics).name;
    const name = rng.pick([`${info.full}知识产权研究会`, `${info.full}${topicName}产业协会`, `${info.full}${topicName}产业技术创新战略联盟`]);
    registry.add(name, "INDUSTRY_ASSOCIATION", regionCode, { industries: [industry.code], topic: topicName, city: info.cities[0] as City });
  }
}
