/** The expert status workflow, every action from every state, by every role and scope, on a real database. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { ExpertStatus } from "../enums";
import { MISSING_ID } from "../experts.fixtures";
import { historyRows, outcome, PUBLIC, seedExpert, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";
import { Expert } from "./expert.entity";
import { ExpertWorkflow, type ExpertAction } from "./expert.workflow";

const SELF = "0b1e4c2a-4444-4aaa-8bbb-000000000001";
const OTHER_EXPERT = "0b1e4c2a-4444-4aaa-8bbb-000000000002";
const MUTATIONS: Record<ExpertAction, string> = { deactivate: "deactivateExpert", activate: "activateExpert", suspend: "suspendExpert", reinstate: "reinstateExpert" };
const ACTIONS = Object.keys(MUTATIONS) as ExpertAction[];
const STATES = Object.values(ExpertStatus);
const ROLES = [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE, Role.BASE_OPERATOR, Role.SERVICE_ORG, Role.ENTERPRISE, Role.EXPERT];

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    PROVINCIAL_OFFICE: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    BASE_OPERATOR: [Role.BASE_OPERATOR, { baseId: MISSING_ID }],
    SERVICE_ORG: [Role.SERVICE_ORG, { orgId: MISSING_ID }],
    ENTERPRISE: [Role.ENTERPRISE, { orgId: MISSING_ID }],
    EXPERT: [Role.EXPERT, { expertId: SELF }],
    OTHER_OFFICE: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OTHER_EXPERT: [Role.EXPERT, { expertId: OTHER_EXPERT }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

/** A Jiangsu expert in `status`; the EXPERT caller is this expert. */
async function expertIn(status: ExpertStatus): Promise<Expert> {
  await subgraph.dataSource.getRepository(Expert).delete({ id: SELF });
  return seedExpert(subgraph, { id: SELF, status, regionCode: "320000" });
}

function act(action: ExpertAction, id: string, caller: string, note?: string) {
  return subgraph.query(
    `mutation($id: ID!, $note: String) { ${MUTATIONS[action]}(id: $id, note: $note) { id status availableActions history { action fromState toState actor actorRole note } } }`,
    { id, note },
    tokens[caller],
  );
}

async function expectUnchanged(expert: Expert): Promise<void> {
  expect((await subgraph.dataSource.getRepository(Expert).findOneByOrFail({ id: expert.id })).status).toBe(expert.status);
  expect(await historyRows(subgraph, expert.id)).toBe(0);
}

beforeEach(() => subgraph.dataSource.query(`DELETE FROM state_change WHERE "entityId" = '${SELF}'`));

describe("every action from every state", () => {
  const cases = ACTIONS.flatMap((action) => STATES.map((state) => [action, state] as const));
  it.each(cases)("%s from %s", async (action, state) => {
    const rule = ExpertWorkflow[action];
    const legal = rule.from.includes(state);
    for (const caller of legal ? rule.roles.map(String) : ["NATIONAL_ADMIN"]) {
      const expert = await expertIn(state);
      await subgraph.dataSource.query(`DELETE FROM state_change WHERE "entityId" = '${SELF}'`);
      const response = await act(action, expert.id, caller, "依规处理");
      if (!legal) {
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state });
        await expectUnchanged(expert);
        continue;
      }
      expect(response.errors).toBeUndefined();
      const result = response.data[MUTATIONS[action]];
      expect(result.status).toBe(rule.to);
      expect(result.history).toEqual([{ action, fromState: state, toState: rule.to, actor: `test-${caller.toLowerCase()}`, actorRole: caller, note: "依规处理" }]);
      expect(result.availableActions).toEqual(ACTIONS.filter((next) => ExpertWorkflow[next].from.includes(rule.to) && ExpertWorkflow[next].roles.includes(caller as Role)));
    }
  });
});

describe("callers who may not act", () => {
  const cases = ACTIONS.flatMap((action) => [
    ...ROLES.filter((role) => !ExpertWorkflow[action].roles.includes(role)).map((role) => [action, String(role), "FORBIDDEN"] as const),
    [action, "PUBLIC", "UNAUTHENTICATED"] as const,
    // Profiles are visible to every provincial office: another province's is out of scope. Another
    // expert does not see this profile at all: NOT_FOUND, as for a missing one.
    ...(ExpertWorkflow[action].roles.includes(Role.PROVINCIAL_OFFICE) ? [[action, "OTHER_OFFICE", "FORBIDDEN"] as const] : []),
    ...(ExpertWorkflow[action].roles.includes(Role.EXPERT) ? [[action, "OTHER_EXPERT", "NOT_FOUND"] as const] : []),
  ]);
  it.each(cases)("%s by %s: %s", async (action, caller, code) => {
    const expert = await expertIn(ExpertWorkflow[action].from[0]);
    expect(outcome(await act(action, expert.id, caller, "理由"))).toBe(code);
    await expectUnchanged(expert);
  });

  it("answers NOT_FOUND for a missing expert", async () => {
    for (const action of ACTIONS) expect(outcome(await act(action, MISSING_ID, "NATIONAL_ADMIN", "理由"))).toBe("NOT_FOUND");
  });
});

describe("reasons, creation and who reads the history", () => {
  it.each([undefined, "  "])("refuses to suspend without a reason (note %p)", async (note) => {
    const expert = await expertIn(ExpertStatus.ACTIVE);
    const response = await act("suspend", expert.id, "PROVINCIAL_OFFICE", note);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    await expectUnchanged(expert);
  });

  it("records the creation and shows the history to the authorities and the expert only", async () => {
    const created = await subgraph.query(
      `mutation($input: CreateExpertInput!) { createExpert(input: $input) { id status history { action fromState toState actorRole } } }`,
      { input: { name: "钱学文", title: "教授", employer: "南京大学", regionCode: "320000", categories: ["TECHNOLOGY"], industryCodes: ["01"], stages: ["DEMAND_ANALYSIS"], yearsOfExperience: 12 } },
      tokens.PROVINCIAL_OFFICE,
    );
    expect(created.data.createExpert).toMatchObject({ status: "ACTIVE", history: [{ action: "create", fromState: null, toState: "ACTIVE", actorRole: "PROVINCIAL_OFFICE" }] });
    const id = created.data.createExpert.id;
    await act("suspend", id, "NATIONAL_ADMIN", "未如实申报回避事项");
    const read = (caller: string) => subgraph.query(`query($id: ID!) { expert(id: $id) { status history { action note } availableActions } }`, { id }, tokens[caller]);
    expect((await read("PROVINCIAL_OFFICE")).data.expert).toEqual({
      status: "SUSPENDED",
      history: [{ action: "create", note: null }, { action: "suspend", note: "未如实申报回避事项" }],
      availableActions: [],
    });
    expect((await read("NATIONAL_ADMIN")).data.expert.availableActions).toEqual(["reinstate"]);
    for (const caller of ["OTHER_OFFICE", "BASE_OPERATOR", "SERVICE_ORG"]) {
      expect((await read(caller)).data.expert).toEqual({ status: "SUSPENDED", history: [], availableActions: [] });
    }
  });
});
