/** matchExperts: hard filters, conflicts, scores, seeded draws, the immutable DrawRecord and who may match. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { ConflictType, ExpertStatus, PoolScope } from "../enums";
import { ConflictDeclaration } from "../experts/conflict-declaration.entity";
import { Expert } from "../experts/expert.entity";
import { PoolMembership } from "../experts/pool-membership.entity";
import { outcome, PUBLIC, seedExpert, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";
import { DrawRecord } from "./draw-record.entity";
import { MatchmakingService } from "./matchmaking.service";

const BASE = "5a1e4c2a-7777-4aaa-8bbb-000000000001";
const OTHER_BASE = "5a1e4c2a-7777-4aaa-8bbb-000000000002";
const SPONSOR = "5a1e4c2a-7777-4aaa-8bbb-0000000000a1";
const SERVICE = "5a1e4c2a-7777-4aaa-8bbb-0000000000a2";
const HOST = "5a1e4c2a-7777-4aaa-8bbb-0000000000a3";
const PROJECT = "5a1e4c2a-7777-4aaa-8bbb-0000000000b1";

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    OFFICE_JIANGSU: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    OFFICE_BEIJING: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OPERATOR: [Role.BASE_OPERATOR, { baseId: BASE }],
    OTHER_OPERATOR: [Role.BASE_OPERATOR, { baseId: OTHER_BASE }],
    SERVICE_ORG: [Role.SERVICE_ORG, { orgId: SERVICE }],
    ENTERPRISE: [Role.ENTERPRISE, { orgId: SPONSOR }],
    EXPERT: [Role.EXPERT, { expertId: BASE }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

beforeEach(async () => {
  for (const entity of [DrawRecord, ConflictDeclaration, PoolMembership, Expert]) await subgraph.dataSource.getRepository(entity).createQueryBuilder().delete().execute();
});

const NATIONAL = { scope: PoolScope.NATIONAL, scopeId: null };
const request = (overrides: Record<string, unknown> = {}) => ({
  stage: "INFO_FUSION_ANALYSIS", industryCodes: ["01"], ipcClasses: ["H01L 21/02"], regionCode: "320000", need: "集成电路 封装 patent landscape",
  windowFrom: "2025-06-01", windowTo: "2025-06-30", headCount: 2, mode: "RANKED", projectId: PROJECT, sponsorOrganizationId: SPONSOR,
  serviceOrganizationIds: [SERVICE], hostOrganizationId: HOST, requesterBaseId: BASE, ...overrides,
});
const MATCH = `mutation($request: MatchRequestInput!) { matchExperts(request: $request) {
  consideredCount
  selected { expert { id } score components { industry ipc navigationType region experience rating text } }
  excluded { expert { id } reason detail }
  drawRecord { id seed consideredCount consideredExpertIds operatorRole operatorSubject request { mode headCount projectId }
    exclusions { expertId reason detail } selections { expertId score expert { id } } requesterBase { id } }
} }`;
async function match(overrides: Record<string, unknown> = {}, token = tokens.OPERATOR) {
  const result = await subgraph.query(MATCH, { request: request(overrides) }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data.matchExperts;
}
const qualified = (overrides: Parameters<typeof seedExpert>[1] = {}) =>
  seedExpert(subgraph, { stages: ["INFO_FUSION_ANALYSIS"], pools: [NATIONAL], ...overrides } as Parameters<typeof seedExpert>[1]);
const ids = (list: { expert: { id: string } }[]) => list.map((item) => item.expert.id).sort();
async function declare(expertId: string, type: ConflictType, fields: Partial<ConflictDeclaration> = {}) {
  await subgraph.dataSource.getRepository(ConflictDeclaration).insert({
    id: crypto.randomUUID(), expertId, type, organizationId: null, organizationName: "某单位", projectId: null, since: "2020-01-01", until: null, note: "", ...fields,
  });
}

describe("hard filters", () => {
  it("keeps only active experts of the stage, available in the window, with capacity, in a pool the requester may draw from", async () => {
    const ok = await qualified();
    const provincial = await qualified({ pools: [{ scope: PoolScope.PROVINCIAL, scopeId: "320000" }] });
    const ownBase = await qualified({ pools: [{ scope: PoolScope.BASE, scopeId: BASE }] });
    const covering = await qualified({ availableFrom: "2025-01-01", availableUntil: "2025-12-31" });
    const rejected = [
      await qualified({ status: ExpertStatus.INACTIVE }),
      await qualified({ status: ExpertStatus.SUSPENDED }),
      await qualified({ stages: ["DEMAND_ANALYSIS"] as Expert["stages"] }),
      await qualified({ availableFrom: "2025-06-15" }),
      await qualified({ availableUntil: "2025-06-15" }),
      await qualified({ maxConcurrentTasks: 0 }),
      await qualified({ pools: [{ scope: PoolScope.PROVINCIAL, scopeId: "110000" }] }),
      await qualified({ pools: [{ scope: PoolScope.BASE, scopeId: OTHER_BASE }] }),
      await qualified({ pools: [] }),
    ];
    const result = await match({ headCount: 20 });
    expect(result.consideredCount).toBe(4);
    expect(ids(result.selected)).toEqual([ok.id, provincial.id, ownBase.id, covering.id].sort());
    expect(result.drawRecord.consideredExpertIds).toEqual([ok.id, provincial.id, ownBase.id, covering.id].sort());
    for (const expert of rejected) expect(result.drawRecord.consideredExpertIds).not.toContain(expert.id);
  });
});

describe("conflicts of interest", () => {
  const cases: [string, ConflictType, Partial<ConflictDeclaration>][] = [
    ["employment with the sponsor", ConflictType.EMPLOYMENT, { organizationId: SPONSOR, since: "2019-01-01", until: "2023-01-01" }],
    ["a board seat at a service organisation", ConflictType.BOARD_SEAT, { organizationId: SERVICE }],
    ["a shareholding in the host", ConflictType.SHAREHOLDING, { organizationId: HOST, since: "2021-01-01", until: "2024-12-31" }],
    ["kinship at the sponsor", ConflictType.KINSHIP, { organizationId: SPONSOR }],
    ["a dispute with a service organisation", ConflictType.DISPUTE, { organizationId: SERVICE }],
    ["a declared same organisation", ConflictType.SAME_ORGANIZATION, { organizationId: SPONSOR }],
    ["prior consulting on the project", ConflictType.PRIOR_CONSULTING, { projectId: PROJECT }],
  ];
  it.each(cases)("excludes %s with its reason", async (_label, type, fields) => {
    const conflicted = await qualified();
    const clean = await qualified();
    await declare(conflicted.id, type, fields);
    const result = await match();
    expect(ids(result.selected)).toEqual([clean.id]);
    expect(result.excluded).toEqual([{ expert: { id: conflicted.id }, reason: type, detail: expect.any(String) }]);
    expect(result.drawRecord.exclusions).toEqual([{ expertId: conflicted.id, reason: type, detail: result.excluded[0].detail }]);
  });

  it("excludes an expert employed by the sponsor (employerOrganizationId)", async () => {
    const employee = await qualified({ employerOrganizationId: SPONSOR });
    const result = await match();
    expect(result.excluded).toEqual([{ expert: { id: employee.id }, reason: "SAME_ORGANIZATION", detail: expect.stringContaining("sponsor") }]);
  });

  it("ignores ties that ended more than three years before the window, with other organisations, or other projects", async () => {
    const past = await qualified();
    await declare(past.id, ConflictType.EMPLOYMENT, { organizationId: SPONSOR, since: "2010-01-01", until: "2022-05-31" });
    await declare(past.id, ConflictType.KINSHIP, { organizationId: OTHER_BASE });
    await declare(past.id, ConflictType.PRIOR_CONSULTING, { projectId: OTHER_BASE });
    const recent = await qualified();
    await declare(recent.id, ConflictType.EMPLOYMENT, { organizationId: SPONSOR, since: "2010-01-01", until: "2022-06-02" });
    const result = await match();
    expect(ids(result.selected)).toEqual([past.id]);
    expect(ids(result.excluded)).toEqual([recent.id]);
  });
});

describe("scores", () => {
  it("ranks by weighted score with components shown, ties by id", async () => {
    const best = await qualified({ industryCodes: ["01"], ipcClasses: ["H01L 23/00"], serviceRegionCodes: ["320000"], yearsOfExperience: 40, rating: 5, expertise: "集成电路封装专利分析", navigationTypes: ["INDUSTRIAL_PLANNING"] as Expert["navigationTypes"] });
    const tieA = await qualified({ industryCodes: ["02"], serviceRegionCodes: ["110000"], yearsOfExperience: 15 });
    const tieB = await qualified({ industryCodes: ["02"], serviceRegionCodes: ["110000"], yearsOfExperience: 15 });
    const result = await match({ headCount: 3, navigationType: "INDUSTRIAL_PLANNING" });
    expect(result.selected.map((s: { expert: { id: string } }) => s.expert.id)).toEqual([best.id, ...[tieA.id, tieB.id].sort()]);
    const top = result.selected[0];
    expect(top.components).toMatchObject({ industry: 1, ipc: 1, navigationType: 1, region: 1, experience: 1, rating: 1 });
    expect(top.components.text).toBeGreaterThan(0);
    expect(result.selected[1].components).toMatchObject({ industry: 0, ipc: 0, navigationType: 0, region: 0, experience: 0.5, rating: 0, text: 0 });
    expect(result.selected[1].score).toBe(0.05);
    expect(top.score).toBeGreaterThan(result.selected[1].score);
  });
});

describe("random draws", () => {
  it("replays the same selection from the same request and seed, and records a generated seed", async () => {
    for (let i = 0; i < 8; i++) await qualified();
    const first = await match({ mode: "RANDOM_DRAW", seed: 42, headCount: 3 });
    const again = await match({ mode: "RANDOM_DRAW", seed: 42, headCount: 3 });
    expect(first.drawRecord.seed).toBe(42);
    expect(again.selected.map((s: { expert: { id: string } }) => s.expert.id)).toEqual(first.selected.map((s: { expert: { id: string } }) => s.expert.id));
    const seeds = new Set<string>();
    for (let seed = 1; seed <= 5; seed++) seeds.add(ids((await match({ mode: "RANDOM_DRAW", seed, headCount: 3 })).selected).join());
    expect(seeds.size).toBeGreaterThan(1);
    const generated = await match({ mode: "RANDOM_DRAW", headCount: 3 });
    expect(Number.isInteger(generated.drawRecord.seed)).toBe(true);
    const replay = await match({ mode: "RANDOM_DRAW", headCount: 3, seed: generated.drawRecord.seed });
    expect(ids(replay.selected)).toEqual(ids(generated.selected));
  });

  it("refuses a seed on a ranked selection and a window ending before it starts", async () => {
    expect(outcome(await subgraph.query(MATCH, { request: request({ seed: 1 }) }, tokens.OPERATOR))).toBe("BAD_USER_INPUT");
    expect(outcome(await subgraph.query(MATCH, { request: request({ windowTo: "2025-05-01" }) }, tokens.OPERATOR))).toBe("BAD_USER_INPUT");
    expect(outcome(await subgraph.query(MATCH, { request: request({ headCount: 21 }) }, tokens.OPERATOR))).toBe("BAD_USER_INPUT");
    expect(outcome(await subgraph.query(MATCH, { request: request({ need: "x".repeat(2001) }) }, tokens.OPERATOR))).toBe("BAD_USER_INPUT");
  });
});

describe("the draw record", () => {
  it("records request, candidates, selection and operator", async () => {
    const expert = await qualified();
    const { drawRecord } = await match();
    expect(drawRecord).toMatchObject({ consideredCount: 1, operatorRole: "BASE_OPERATOR", seed: null, requesterBase: { id: BASE }, request: { mode: "RANKED", headCount: 2, projectId: PROJECT } });
    expect(drawRecord.selections).toEqual([{ expertId: expert.id, score: expect.any(Number), expert: { id: expert.id } }]);
  });

  it("is immutable: no mutation of the API touches it and the service has no method that would", async () => {
    const introspection = await subgraph.query(`{ __schema { mutationType { fields { name type { name ofType { name } } } } } }`);
    const fields = introspection.data.__schema.mutationType.fields as { name: string; type: { name: string | null; ofType: { name: string } | null } }[];
    const touching = fields.filter((f) => /draw/i.test(f.name) || ["DrawRecord", "MatchResult"].includes(f.type.name ?? f.type.ofType?.name ?? ""));
    expect(touching.map((f) => f.name)).toEqual(["matchExperts"]);
    const methods = Object.getOwnPropertyNames(MatchmakingService.prototype);
    expect(methods.filter((name) => /update|delete|remove|alter|set/i.test(name))).toEqual([]);
  });

  it("is visible to the requesting base's operator and the authorities of its province, in queries and _entities", async () => {
    await qualified();
    const { drawRecord } = await match();
    const expected: Record<string, boolean> = { NATIONAL_ADMIN: true, OFFICE_JIANGSU: true, OPERATOR: true, OFFICE_BEIJING: false, OTHER_OPERATOR: false, SERVICE_ORG: false, ENTERPRISE: false, EXPERT: false, PUBLIC: false };
    for (const [caller, visible] of Object.entries(expected)) {
      const one = await subgraph.query(`query($id: ID!) { drawRecord(id: $id) { id } }`, { id: drawRecord.id }, tokens[caller]);
      expect([caller, one.data?.drawRecord?.id ?? null]).toEqual([caller, visible ? drawRecord.id : null]);
      const entities = await subgraph.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on DrawRecord { id } } }`, { r: [{ __typename: "DrawRecord", id: drawRecord.id }] }, tokens[caller]);
      expect([caller, entities.data?._entities?.[0]?.id ?? null]).toEqual([caller, visible ? drawRecord.id : null]);
    }
  });
});

describe("permissions", () => {
  it.each([
    ["OPERATOR", {}, "OK"],
    ["NATIONAL_ADMIN", {}, "OK"],
    ["OFFICE_JIANGSU", {}, "OK"],
    ["OFFICE_BEIJING", {}, "FORBIDDEN"],
    ["OTHER_OPERATOR", {}, "FORBIDDEN"],
    ["SERVICE_ORG", {}, "FORBIDDEN"],
    ["ENTERPRISE", {}, "FORBIDDEN"],
    ["EXPERT", {}, "FORBIDDEN"],
    ["PUBLIC", {}, "UNAUTHENTICATED"],
  ])("%s matching for base B → %s", async (caller, overrides, expected) => {
    const before = await subgraph.dataSource.getRepository(DrawRecord).count();
    expect(outcome(await subgraph.query(MATCH, { request: request(overrides) }, tokens[caller]))).toBe(expected);
    expect(await subgraph.dataSource.getRepository(DrawRecord).count()).toBe(before + (expected === "OK" ? 1 : 0));
  });
});
