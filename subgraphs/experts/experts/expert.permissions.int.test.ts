/** Who may write what about an expert: registration, profile, declarations and pool memberships, per caller. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { PoolScope } from "../enums";
import { CREATE_EXPERT, expertInput } from "../experts.fixtures";
import { outcome, PUBLIC, seedExpert, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";
import { Expert } from "./expert.entity";
import { PoolMembership } from "./pool-membership.entity";

const B1 = "0b1e4c2a-7777-4aaa-8bbb-000000000001";
const B2 = "0b1e4c2a-7777-4aaa-8bbb-000000000002";
const SELF = "0b1e4c2a-7777-4aaa-8bbb-00000000000a";
const ORG = "0b1e4c2a-7777-4aaa-8bbb-0000000000f1";

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    OFFICE_JIANGSU: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    OFFICE_BEIJING: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OPERATOR_B1: [Role.BASE_OPERATOR, { baseId: B1 }],
    OPERATOR_B2: [Role.BASE_OPERATOR, { baseId: B2 }],
    SERVICE_ORG: [Role.SERVICE_ORG, { orgId: ORG }],
    ENTERPRISE: [Role.ENTERPRISE, { orgId: ORG }],
    EXPERT_SELF: [Role.EXPERT, { expertId: SELF }],
    OTHER_EXPERT: [Role.EXPERT, { expertId: B2 }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

const NATIONAL = { scope: PoolScope.NATIONAL, scopeId: null };
const IN_B1 = { scope: PoolScope.BASE, scopeId: B1 };

/** A fresh Jiangsu expert (the EXPERT_SELF caller), in base B1's pool unless told otherwise. */
async function freshExpert(pools: Pick<PoolMembership, "scope" | "scopeId">[] = [IN_B1]): Promise<string> {
  await subgraph.dataSource.getRepository(PoolMembership).delete({ expertId: SELF });
  await subgraph.dataSource.getRepository(Expert).delete({ id: SELF });
  await seedExpert(subgraph, { id: SELF, regionCode: "320000", pools });
  return SELF;
}

const EVERYONE = ["NATIONAL_ADMIN", "OFFICE_JIANGSU", "OFFICE_BEIJING", "OPERATOR_B1", "OPERATOR_B2", "SERVICE_ORG", "ENTERPRISE", "EXPERT_SELF", "OTHER_EXPERT", "PUBLIC"];

/** Expected outcome per caller; callers left out are FORBIDDEN, PUBLIC is UNAUTHENTICATED. */
function table(label: string, allowed: Record<string, string>): [string, string, string][] {
  return EVERYONE.map((caller) => [label, caller, allowed[caller] ?? (caller === "PUBLIC" ? "UNAUTHENTICATED" : "FORBIDDEN")]);
}

type Run = (id: string, token: string | undefined) => ReturnType<TestSubgraph["query"]>;
const mutation = (text: string): Run => (id, token) => subgraph.query(text, { id }, token);
const removeMembership = (scope: PoolScope): Run => async (_id, token) => {
  const membership = await subgraph.dataSource.getRepository(PoolMembership).findOneByOrFail({ expertId: SELF, scope });
  return subgraph.query(`mutation($id: ID!) { removePoolMembership(id: $id) { id } }`, { id: membership.id }, token);
};

/** Each write, with the pools the expert starts in. */
const WRITES: Record<string, [Pick<PoolMembership, "scope" | "scopeId">[], Run]> = {
  "register a Jiangsu expert": [[], (_id, token) => subgraph.query(CREATE_EXPERT, { input: expertInput({ regionCode: "320000" }) }, token)],
  "update the profile": [[IN_B1], mutation(`mutation($id: ID!) { updateExpert(id: $id, input: { title: "教授" }) { title } }`)],
  "declare a conflict": [[IN_B1], mutation(`mutation($id: ID!) { declareConflict(expertId: $id, input: { type: KINSHIP, organizationName: "某公司", since: "2020-01-01" }) { id } }`)],
  "add to the national pool": [[], mutation(`mutation($id: ID!) { addPoolMembership(expertId: $id, input: { scope: NATIONAL }) { id } }`)],
  "add to the Jiangsu pool": [[], mutation(`mutation($id: ID!) { addPoolMembership(expertId: $id, input: { scope: PROVINCIAL, scopeId: "320000" }) { id } }`)],
  "add to base B2's pool": [[], mutation(`mutation($id: ID!) { addPoolMembership(expertId: $id, input: { scope: BASE, scopeId: "${B2}" }) { id } }`)],
  "remove from base B1's pool": [[IN_B1], removeMembership(PoolScope.BASE)],
  "remove from the national pool": [[NATIONAL], removeMembership(PoolScope.NATIONAL)],
};

const CASES: [string, string, string][] = [
  ...table("register a Jiangsu expert", { NATIONAL_ADMIN: "OK", OFFICE_JIANGSU: "OK" }),
  // Another expert does not see this profile at all: NOT_FOUND, as for a missing one.
  ...table("update the profile", { NATIONAL_ADMIN: "OK", OFFICE_JIANGSU: "OK", EXPERT_SELF: "OK", OTHER_EXPERT: "NOT_FOUND" }),
  ...table("declare a conflict", { NATIONAL_ADMIN: "OK", OFFICE_JIANGSU: "OK", EXPERT_SELF: "OK", OTHER_EXPERT: "NOT_FOUND" }),
  ...table("add to the national pool", { NATIONAL_ADMIN: "OK" }),
  ...table("add to the Jiangsu pool", { NATIONAL_ADMIN: "OK", OFFICE_JIANGSU: "OK" }),
  ...table("add to base B2's pool", { NATIONAL_ADMIN: "OK", OFFICE_JIANGSU: "OK", OPERATOR_B2: "OK" }),
  // B1's membership is invisible to B2's operator and to the Beijing office: NOT_FOUND.
  ...table("remove from base B1's pool", { NATIONAL_ADMIN: "OK", OFFICE_JIANGSU: "OK", OPERATOR_B1: "OK", OPERATOR_B2: "NOT_FOUND", OFFICE_BEIJING: "NOT_FOUND" }),
  ...table("remove from the national pool", { NATIONAL_ADMIN: "OK" }),
];

it.each(CASES)("%s by %s: %s", async (label, caller, expected) => {
  const [pools, run] = WRITES[label];
  const id = await freshExpert(pools);
  const before = await subgraph.dataSource.query(`SELECT (SELECT COUNT(*) FROM expert) + (SELECT COUNT(*) FROM expert_pool_membership) + (SELECT COUNT(*) FROM conflict_declaration) AS n`);
  const response = await run(id, tokens[caller]);
  expect(outcome(response)).toBe(expected);
  if (expected !== "OK") {
    const after = await subgraph.dataSource.query(`SELECT (SELECT COUNT(*) FROM expert) + (SELECT COUNT(*) FROM expert_pool_membership) + (SELECT COUNT(*) FROM conflict_declaration) AS n`);
    expect(Number(after[0].n)).toBe(Number(before[0].n));
    expect((await subgraph.dataSource.getRepository(Expert).findOneByOrFail({ id })).title).toBe("研究员");
  }
});

describe("finer rules", () => {
  it("lets a provincial office register only its province's pools and keep its experts in its province", async () => {
    const register = (pools: object[]) => subgraph.query(CREATE_EXPERT, { input: expertInput({ regionCode: "320000", pools }) }, tokens.OFFICE_JIANGSU);
    expect(outcome(await register([{ scope: "NATIONAL" }]))).toBe("FORBIDDEN");
    expect(outcome(await register([{ scope: "PROVINCIAL", scopeId: "110000" }]))).toBe("FORBIDDEN");
    expect(outcome(await register([{ scope: "PROVINCIAL", scopeId: "320000" }, { scope: "BASE", scopeId: B2 }]))).toBe("OK");
    expect(outcome(await subgraph.query(CREATE_EXPERT, { input: expertInput({ regionCode: "320000", pools: [{ scope: "NATIONAL" }] }) }, tokens.NATIONAL_ADMIN))).toBe("OK");

    const id = await freshExpert();
    const move = (caller: string) => subgraph.query(`mutation($id: ID!) { updateExpert(id: $id, input: { regionCode: "110000" }) { regionCode } }`, { id }, tokens[caller]);
    expect(outcome(await move("OFFICE_JIANGSU"))).toBe("FORBIDDEN");
    expect((await move("EXPERT_SELF")).data.updateExpert).toEqual({ regionCode: "110000" });
  });

  it("keeps status and rating out of the profile an expert edits", async () => {
    const id = await freshExpert();
    for (const field of ["status: SUSPENDED", "rating: 5"]) {
      const response = await subgraph.query(`mutation($id: ID!) { updateExpert(id: $id, input: { ${field} }) { id } }`, { id }, tokens.EXPERT_SELF);
      expect(outcome(response)).toBe("BAD_USER_INPUT");
    }
  });
});
