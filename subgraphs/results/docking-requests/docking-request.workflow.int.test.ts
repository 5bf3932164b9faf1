/**
 * The docking request workflow through GraphQL on a real database: every action from every state, every
 * role and scope, who may request what, editing, and who sees which request.
 */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { Confidentiality, DockingStatus, DockingType, ResultStatus } from "../enums";
import { codeOf, ENTERPRISE, historyOf, mintTokens, OTHER_ORG, OTHER_REGION, REGION, roleTokens, seedDocking, seedResult, SERVICE_ORG, SPONSOR, type Tokens } from "../results.test-support";
import { resultsSubgraph } from "../schema";
import { DockingRequest } from "./docking-request.entity";
import { DockingRequestWorkflow, type DockingRequestAction } from "./docking-request.workflow";

let subgraph: TestSubgraph;
let tokens: Tokens;

beforeAll(async () => {
  subgraph = await startTestSubgraph(resultsSubgraph);
  tokens = await mintTokens();
});
afterAll(() => subgraph?.stop());

const MUTATION: Record<DockingRequestAction, string> = { accept: "acceptDockingRequest", forward: "forwardDockingRequest", complete: "completeDockingRequest", reject: "rejectDockingRequest" };
const ACTOR: Record<DockingRequestAction, "office" | "admin"> = { accept: "office", forward: "admin", complete: "office", reject: "admin" };
const take = (action: DockingRequestAction, id: string, token: string | undefined, note: string | null = "转国家知识产权局专利局审查业务管理部") =>
  subgraph.query(`mutation($id: ID!, $note: String) { ${MUTATION[action]}(id: $id, note: $note) { id status history { action fromState toState actorRole note } } }`, { id, note }, token);
const statusOf = async (id: string) => (await subgraph.dataSource.getRepository(DockingRequest).findOneByOrFail({ id })).status;

describe.each(Object.keys(DockingRequestWorkflow) as DockingRequestAction[])("%s", (action) => {
  const rule = DockingRequestWorkflow[action];

  it.each(Object.values(DockingStatus))("from %s: legal states move and append history, others are CONFLICT naming the state", async (state) => {
    const request = await seedDocking(subgraph, { status: state });
    const answer = await take(action, request.id, tokens[ACTOR[action]]);
    if (rule.from.includes(state)) {
      expect(answer.errors).toBeUndefined();
      const role = ACTOR[action] === "office" ? "PROVINCIAL_OFFICE" : "NATIONAL_ADMIN";
      const entry = { action, fromState: state, toState: rule.to, actorRole: role, note: "转国家知识产权局专利局审查业务管理部" };
      expect(answer.data[MUTATION[action]]).toEqual({ id: request.id, status: rule.to, history: [entry] });
      expect(await historyOf(subgraph, request.id)).toEqual([{ ...entry, actor: `test-${role.toLowerCase()}` }]);
    } else {
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state });
      expect(await statusOf(request.id)).toBe(state);
      expect(await historyOf(subgraph, request.id)).toEqual([]);
    }
  });

  it.each((Object.values(Role) as Role[]).filter((role) => !rule.roles.includes(role)))("refuses role %s and changes nothing", async (role) => {
    // The ENTERPRISE token acts for the requester: it sees the request, yet may not handle it.
    const request = await seedDocking(subgraph, { status: rule.from[0], requesterOrganizationId: role === Role.ENTERPRISE ? SPONSOR : ENTERPRISE });
    expect(codeOf(await take(action, request.id, roleTokens(tokens)[role]))).toBe(role === Role.PUBLIC ? "UNAUTHENTICATED" : "FORBIDDEN");
    expect(await statusOf(request.id)).toBe(rule.from[0]);
  });

  it("answers another province's office NOT_FOUND: it cannot see the request", async () => {
    const request = await seedDocking(subgraph, { status: rule.from[0] });
    expect(codeOf(await take(action, request.id, tokens.otherOffice))).toBe("NOT_FOUND");
    expect(await statusOf(request.id)).toBe(rule.from[0]);
  });
});

it.each(["forward", "reject"] as const)("needs a note to %s", async (action) => {
  const request = await seedDocking(subgraph, { status: DockingStatus.ACCEPTED });
  expect((await take(action, request.id, tokens.office, "  ")).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
  expect(await statusOf(request.id)).toBe(DockingStatus.ACCEPTED);
});

describe("requesting", () => {
  const CREATE = `mutation($input: CreateDockingRequestInput!) { createDockingRequest(input: $input) { status regionCode requester { id } result { id } project { id } history { action toState actorRole } } }`;
  const input = (overrides: Record<string, unknown> = {}) => ({ regionCode: REGION, type: "PRIORITY_EXAMINATION", patentNumbers: ["CN202310123456.7"], description: "申请优先审查", ...overrides });
  const count = () => subgraph.dataSource.getRepository(DockingRequest).count();

  it("makes the caller's organisation the requester, for a result it can see", async () => {
    const result = await seedResult(subgraph, { status: ResultStatus.RELEASED, confidentiality: Confidentiality.TARGETED, audienceOrganizationIds: [ENTERPRISE] });
    const answer = await subgraph.query(CREATE, { input: input({ resultId: result.id }) }, tokens.enterprise);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.createDockingRequest).toEqual({
      status: "SUBMITTED", regionCode: REGION, requester: { id: ENTERPRISE }, result: { id: result.id }, project: null,
      history: [{ action: "create", toState: "SUBMITTED", actorRole: "ENTERPRISE" }],
    });
  });

  it("lets a service organisation request for a project", async () => {
    const answer = await subgraph.query(CREATE, { input: input({ projectId: crypto.randomUUID(), type: "TRANSFER_TRANSFORMATION" }) }, tokens.serviceOrg);
    expect(answer.data.createDockingRequest).toMatchObject({ status: "SUBMITTED", requester: { id: SERVICE_ORG } });
  });

  it("lets a provincial office request a centralised examination for its province, with no requester organisation", async () => {
    const answer = await subgraph.query(CREATE, { input: input({ regionCode: undefined, type: "CENTRALIZED_EXAMINATION", projectId: crypto.randomUUID() }) }, tokens.office);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.createDockingRequest).toMatchObject({ status: "SUBMITTED", regionCode: REGION, requester: null });
  });

  it.each([
    ["a result the requester cannot see", "enterprise", async () => input({ resultId: (await seedResult(subgraph, { status: ResultStatus.IN_LIBRARY })).id }), "BAD_USER_INPUT", "input.resultId"],
    ["an organisation without its province", "enterprise", async () => input({ regionCode: undefined, projectId: crypto.randomUUID() }), "BAD_USER_INPUT", "input.regionCode"],
    ["a provincial office, for another type", "office", async () => input({ projectId: crypto.randomUUID() }), "FORBIDDEN", undefined],
    ["a provincial office, for another province", "office", async () => input({ regionCode: OTHER_REGION, type: "CENTRALIZED_EXAMINATION", projectId: crypto.randomUUID() }), "BAD_USER_INPUT", "input.regionCode"],
    ["a base operator", "operator", async () => input({ projectId: crypto.randomUUID() }), "FORBIDDEN", undefined],
    ["the national admin", "admin", async () => input({ projectId: crypto.randomUUID() }), "FORBIDDEN", undefined],
    ["an expert", "expert", async () => input({ projectId: crypto.randomUUID() }), "FORBIDDEN", undefined],
    ["the public", "public", async () => input({ projectId: crypto.randomUUID() }), "UNAUTHENTICATED", undefined],
  ] as const)("is refused for %s", async (_label, who, build, code, field) => {
    const variables = { input: await build() };
    const before = await count();
    const answer = await subgraph.query(CREATE, variables, tokens[who]);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code, ...(field ? { field } : {}) });
    expect(await count()).toBe(before);
  });

  it("lets the requester edit while submitted, and no one else", async () => {
    const UPDATE = `mutation($id: ID!) { updateDockingRequest(id: $id, input: { description: "补充说明" }) { description } }`;
    const own = await seedDocking(subgraph);
    expect((await subgraph.query(UPDATE, { id: own.id }, tokens.enterprise)).data.updateDockingRequest).toEqual({ description: "补充说明" });
    expect(codeOf(await subgraph.query(UPDATE, { id: own.id }, tokens.office))).toBe("FORBIDDEN");
    expect(codeOf(await subgraph.query(UPDATE, { id: own.id }, tokens.otherEnterprise))).toBe("NOT_FOUND");
    const accepted = await seedDocking(subgraph, { status: DockingStatus.ACCEPTED });
    expect((await subgraph.query(UPDATE, { id: accepted.id }, tokens.enterprise)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "ACCEPTED" });
    const office = await seedDocking(subgraph, { requesterOrganizationId: null, type: DockingType.CENTRALIZED_EXAMINATION });
    expect((await subgraph.query(UPDATE, { id: office.id }, tokens.office)).data.updateDockingRequest).toEqual({ description: "补充说明" });
  });
});

describe("visibility", () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    await subgraph.dataSource.getRepository(DockingRequest).clear();
    ids.enterprise = (await seedDocking(subgraph, { requesterOrganizationId: ENTERPRISE, regionCode: REGION })).id;
    ids.other = (await seedDocking(subgraph, { requesterOrganizationId: OTHER_ORG, regionCode: OTHER_REGION })).id;
    ids.office = (await seedDocking(subgraph, { requesterOrganizationId: null, regionCode: REGION, type: DockingType.CENTRALIZED_EXAMINATION })).id;
  });
  const cases: [keyof Tokens, string[]][] = [
    ["enterprise", ["enterprise"]], ["otherEnterprise", ["other"]], ["office", ["enterprise", "office"]], ["otherOffice", ["other"]],
    ["admin", ["enterprise", "other", "office"]], ["operator", []], ["serviceOrg", []], ["expert", []], ["public", []],
  ];

  it.each(cases)("as %s: lists, totals, by id and _entities agree", async (who, visibleNames) => {
    const visible = visibleNames.map((name) => ids[name]);
    const list = await subgraph.query(`{ dockingRequests(first: 100) { totalCount items { id } } }`, {}, tokens[who]);
    expect(list.data.dockingRequests.items.map((item: { id: string }) => item.id).sort()).toEqual([...visible].sort());
    expect(list.data.dockingRequests.totalCount).toBe(visible.length);
    for (const id of Object.values(ids)) {
      expect((await subgraph.query(`query($id: ID!) { dockingRequest(id: $id) { id } }`, { id }, tokens[who])).data.dockingRequest).toEqual(visible.includes(id) ? { id } : null);
    }
    const entities = await subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on DockingRequest { id } } }`, {
      reps: Object.values(ids).map((id) => ({ __typename: "DockingRequest", id })),
    }, tokens[who]);
    expect(entities.data._entities).toEqual(Object.values(ids).map((id) => (visible.includes(id) ? { id } : null)));
  });

  it("shows the request's result only while the requester may see it", async () => {
    const result = await seedResult(subgraph, { status: ResultStatus.WITHDRAWN });
    const request = await seedDocking(subgraph, { resultId: result.id, projectId: result.projectId });
    const QUERY = `query($id: ID!) { dockingRequest(id: $id) { result { id } availableActions } }`;
    expect((await subgraph.query(QUERY, { id: request.id }, tokens.enterprise)).data.dockingRequest).toEqual({ result: null, availableActions: [] });
    expect((await subgraph.query(QUERY, { id: request.id }, tokens.office)).data.dockingRequest).toEqual({ result: { id: result.id }, availableActions: ["accept", "reject"] });
  });
});
