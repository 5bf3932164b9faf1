/** Who sees which expert, which pools and which declarations: lists, totals, by id, _entities and the fields on ServiceBase. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { ConflictType, PoolScope } from "../enums";
import { seedExpert, seedSession, PUBLIC, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";
import { ConflictDeclaration } from "./conflict-declaration.entity";

const B1 = "0b1e4c2a-5555-4aaa-8bbb-000000000001";
const B2 = "0b1e4c2a-5555-4aaa-8bbb-000000000002";
const B3 = "0b1e4c2a-5555-4aaa-8bbb-000000000003";
const A = "0b1e4c2a-5555-4aaa-8bbb-00000000000a";
const X = "0b1e4c2a-5555-4aaa-8bbb-00000000000b";
const ORG = "0b1e4c2a-5555-4aaa-8bbb-0000000000f1";

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;
let sessionId: string;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  // A: a Jiangsu expert in the national, Jiangsu and two base pools, with a declared conflict.
  await seedExpert(subgraph, {
    id: A, name: "A 甲专家", regionCode: "320000",
    pools: [{ scope: PoolScope.NATIONAL, scopeId: null }, { scope: PoolScope.PROVINCIAL, scopeId: "320000" }, { scope: PoolScope.BASE, scopeId: B1 }, { scope: PoolScope.BASE, scopeId: B2 }],
  });
  // X: a Beijing expert in base B1's pool only.
  await seedExpert(subgraph, { id: X, name: "B 乙专家", regionCode: "110000", pools: [{ scope: PoolScope.BASE, scopeId: B1 }] });
  await subgraph.dataSource.getRepository(ConflictDeclaration).insert({ id: crypto.randomUUID(), expertId: A, type: ConflictType.SHAREHOLDING, organizationId: null, organizationName: "某公司", projectId: null, since: "2022-01-01", until: null, note: "" });
  sessionId = (await seedSession(subgraph, { baseId: B1, lecturerExpertIds: [A, X] })).id;
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    OFFICE_JIANGSU: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    OFFICE_BEIJING: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OPERATOR_B1: [Role.BASE_OPERATOR, { baseId: B1 }],
    OPERATOR_B3: [Role.BASE_OPERATOR, { baseId: B3 }],
    SERVICE_ORG: [Role.SERVICE_ORG, { orgId: ORG }],
    EXPERT_A: [Role.EXPERT, { expertId: A }],
    EXPERT_X: [Role.EXPERT, { expertId: X }],
    ENTERPRISE: [Role.ENTERPRISE, { orgId: ORG }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

interface Expected {
  list: string[];
  /** Members of B1's pool the caller sees; expertCount must agree. */
  b1: string[];
  /** Pools of A the caller sees (scope:scopeId), or null when A is invisible. */
  poolsOfA: string[] | null;
  conflictsOfA: number;
}
const ALL_POOLS = ["NATIONAL:", "PROVINCIAL:320000", `BASE:${B1}`, `BASE:${B2}`];
const SHARED_POOLS = ["NATIONAL:", "PROVINCIAL:320000"];
const EXPECTED: Record<string, Expected> = {
  NATIONAL_ADMIN: { list: [A, X], b1: [A, X], poolsOfA: ALL_POOLS, conflictsOfA: 1 },
  OFFICE_JIANGSU: { list: [A, X], b1: [A], poolsOfA: ALL_POOLS, conflictsOfA: 1 },
  OFFICE_BEIJING: { list: [A, X], b1: [X], poolsOfA: SHARED_POOLS, conflictsOfA: 0 },
  OPERATOR_B1: { list: [A, X], b1: [A, X], poolsOfA: [...SHARED_POOLS, `BASE:${B1}`], conflictsOfA: 0 },
  OPERATOR_B3: { list: [A, X], b1: [], poolsOfA: SHARED_POOLS, conflictsOfA: 0 },
  SERVICE_ORG: { list: [A, X], b1: [], poolsOfA: SHARED_POOLS, conflictsOfA: 0 },
  EXPERT_A: { list: [A], b1: [A], poolsOfA: ALL_POOLS, conflictsOfA: 1 },
  EXPERT_X: { list: [X], b1: [X], poolsOfA: null, conflictsOfA: 0 },
  ENTERPRISE: { list: [], b1: [], poolsOfA: null, conflictsOfA: 0 },
  PUBLIC: { list: [], b1: [], poolsOfA: null, conflictsOfA: 0 },
};

const poolKey = (pool: { scope: string; regionCode: string | null; base: { id: string } | null }) => `${pool.scope}:${pool.regionCode ?? pool.base?.id ?? ""}`;

describe.each(Object.keys(EXPECTED))("%s", (caller) => {
  const expected = EXPECTED[caller];

  it("lists, counts and finds by id only the profiles it may see", async () => {
    const response = await subgraph.query(
      `query($a: ID!) { experts(first: 10) { totalCount items { id } } expert(id: $a) { id pools { scope regionCode base { id } } conflicts { type } } }`,
      { a: A },
      tokens[caller],
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.experts).toEqual({ totalCount: expected.list.length, items: expected.list.map((id) => ({ id })) });
    if (expected.poolsOfA === null) {
      expect(response.data.expert).toBeNull();
    } else {
      expect(response.data.expert.pools.map(poolKey)).toEqual(expected.poolsOfA);
      expect(response.data.expert.conflicts).toHaveLength(expected.conflictsOfA);
    }
  });

  it("resolves references to invisible experts as null", async () => {
    const response = await subgraph.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Expert { id } } }`,
      { reps: [A, X].map((id) => ({ __typename: "Expert", id })) },
      tokens[caller],
    );
    expect(response.data._entities).toEqual([A, X].map((id) => (expected.list.includes(id) ? { id } : null)));
  });

  it("sees only the base pool members it may see on ServiceBase and the session's lecturers", async () => {
    const response = await subgraph.query(
      `query($reps: [_Any!]!, $session: ID!) {
        _entities(representations: $reps) { ... on ServiceBase { expertCount experts { id } } }
        trainingSession(id: $session) { lecturers { id } }
      }`,
      { reps: [{ __typename: "ServiceBase", id: B1 }], session: sessionId },
      tokens[caller],
    );
    expect(response.data._entities[0]).toEqual({ expertCount: expected.b1.length, experts: expected.b1.map((id) => ({ id })) });
    expect(response.data.trainingSession.lecturers).toEqual(expected.list.map((id) => ({ id })));
  });

  it("finds experts by a base pool only through memberships it may see", async () => {
    const response = await subgraph.query(`query($b: String!) { experts(filter: { poolScope: BASE, poolScopeId: $b }) { totalCount items { id } } }`, { b: B2 }, tokens[caller]);
    const sees = expected.poolsOfA?.includes(`BASE:${B2}`) && expected.list.includes(A);
    expect(response.data.experts).toEqual(sees ? { totalCount: 1, items: [{ id: A }] } : { totalCount: 0, items: [] });
  });
});
