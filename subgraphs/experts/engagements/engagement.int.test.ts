/** Engagements: propose from a draw, the full workflow, the rating average, roles, states and visibility, on a real database. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { EngagementStatus, ExpertStage, PoolScope } from "../enums";
import { Expert } from "../experts/expert.entity";
import { DrawRecord, type DrawRequest } from "../matchmaking/draw-record.entity";
import { outcome, PUBLIC, seedExpert, tokensFor } from "../roles.fixtures";
import { expertsSubgraph } from "../schema";
import { Engagement } from "./engagement.entity";

const BASE = "6a1e4c2a-8888-4aaa-8bbb-000000000001";
const OTHER_BASE = "6a1e4c2a-8888-4aaa-8bbb-000000000002";
const PROJECT = "6a1e4c2a-8888-4aaa-8bbb-0000000000b1";
const EXPERT_A = "6a1e4c2a-8888-4aaa-8bbb-0000000000e1";
const EXPERT_B = "6a1e4c2a-8888-4aaa-8bbb-0000000000e2";

let subgraph: TestSubgraph;
let tokens: Record<string, string | undefined>;

beforeAll(async () => {
  subgraph = await startTestSubgraph(expertsSubgraph);
  await seedExpert(subgraph, { id: EXPERT_A, rating: 4, ratingCount: 1 });
  await seedExpert(subgraph, { id: EXPERT_B });
  tokens = await tokensFor({
    NATIONAL_ADMIN: [Role.NATIONAL_ADMIN],
    OFFICE: [Role.PROVINCIAL_OFFICE, { province: "320000" }],
    OTHER_OFFICE: [Role.PROVINCIAL_OFFICE, { province: "110000" }],
    OPERATOR: [Role.BASE_OPERATOR, { baseId: BASE }],
    OTHER_OPERATOR: [Role.BASE_OPERATOR, { baseId: OTHER_BASE }],
    EXPERT_A: [Role.EXPERT, { expertId: EXPERT_A }],
    EXPERT_B: [Role.EXPERT, { expertId: EXPERT_B }],
    PUBLIC: PUBLIC,
  });
});
afterAll(() => subgraph?.stop());

async function seedDraw(): Promise<DrawRecord> {
  const record = {
    id: crypto.randomUUID(), requesterBaseId: BASE, regionCode: "320000",
    request: { stage: ExpertStage.DEMAND_ANALYSIS, projectId: PROJECT, requesterBaseId: BASE, regionCode: "320000" } as DrawRequest,
    consideredCount: 2, consideredExpertIds: [EXPERT_A, EXPERT_B], exclusions: [],
    selections: [EXPERT_A, EXPERT_B].map((expertId) => ({ expertId, score: 0.5, components: { industry: 1, ipc: 0, navigationType: 0, region: 1, experience: 0.3, rating: 0, text: 0 } })),
    seed: null, operatorSubject: "test", operatorRole: "BASE_OPERATOR", createdAt: new Date(),
  } as DrawRecord;
  await subgraph.dataSource.getRepository(DrawRecord).insert(record);
  return record;
}

const SELECTION = `id status expertId projectId requesterBaseId regionCode stage declaredNoConflictAt rating ratingComment availableActions history { action fromState toState actorRole note }`;

async function propose(caller = "OPERATOR") {
  const draw = await seedDraw();
  const response = await subgraph.query(`mutation($id: ID!) { proposeEngagements(drawRecordId: $id) { ${SELECTION} } }`, { id: draw.id }, tokens[caller]);
  return { draw, response };
}

async function proposed(): Promise<{ a: string; b: string }> {
  const { response } = await propose();
  expect(response.errors).toBeUndefined();
  const [a, b] = response.data.proposeEngagements;
  return { a: a.id, b: b.id };
}

function act(mutation: string, id: string, caller: string, extra: Record<string, unknown> = {}, argsDecl = "") {
  const args = Object.keys(extra).map((key) => `${key}: $${key}`).join(", ");
  return subgraph.query(`mutation($id: ID!${argsDecl}) { ${mutation}(id: $id${args ? `, ${args}` : ""}) { ${SELECTION} } }`, { id, ...extra }, tokens[caller]);
}
const invite = (id: string, caller = "OPERATOR") => act("inviteEngagement", id, caller);
const accept = (id: string, caller = "EXPERT_A", noConflictDeclared = true) => act("acceptEngagement", id, caller, { noConflictDeclared }, ", $noConflictDeclared: Boolean!");
const decline = (id: string, caller: string, note?: string) => act("declineEngagement", id, caller, { note }, ", $note: String");
const complete = (id: string, caller = "OPERATOR") => act("completeEngagement", id, caller);
const rate = (id: string, rating: number, caller = "OPERATOR") => act("rateEngagement", id, caller, { rating, comment: "专业" }, ", $rating: Int!, $comment: String");
const recuse = (id: string, caller: string, note?: string) => act("recuseEngagement", id, caller, { note }, ", $note: String");

it("proposes one engagement per selected expert, once per draw", async () => {
  const { draw, response } = await propose();
  expect(response.errors).toBeUndefined();
  expect(response.data.proposeEngagements).toEqual([EXPERT_A, EXPERT_B].map((expertId) => expect.objectContaining({
    expertId, status: "PROPOSED", projectId: PROJECT, requesterBaseId: BASE, regionCode: "320000", stage: "DEMAND_ANALYSIS",
    availableActions: ["invite", "recuse"], history: [{ action: "propose", fromState: null, toState: "PROPOSED", actorRole: "BASE_OPERATOR", note: null }],
  })));
  const again = await subgraph.query(`mutation($id: ID!) { proposeEngagements(drawRecordId: $id) { id } }`, { id: draw.id }, tokens.OPERATOR);
  expect(outcome(again)).toBe("CONFLICT");
  expect(await subgraph.dataSource.getRepository(Engagement).countBy({ drawRecordId: draw.id })).toBe(2);
});

it("refuses to propose for callers who may not see the draw", async () => {
  expect(outcome((await propose("OTHER_OPERATOR")).response)).toBe("NOT_FOUND");
  expect(outcome((await propose("OTHER_OFFICE")).response)).toBe("NOT_FOUND");
  expect(outcome((await propose("EXPERT_A")).response)).toBe("FORBIDDEN");
  expect(outcome((await propose("PUBLIC")).response)).toBe("UNAUTHENTICATED");
  expect(outcome((await propose("OFFICE")).response)).toBe("OK");
});

it("takes the full path and updates the expert's rating average", async () => {
  const { a } = await proposed();
  const before = await subgraph.dataSource.getRepository(Expert).findOneByOrFail({ id: EXPERT_A });
  expect((await invite(a)).data.inviteEngagement).toMatchObject({ status: "INVITED", availableActions: ["recuse"] });
  const accepted = (await accept(a)).data.acceptEngagement;
  expect(accepted).toMatchObject({ status: "ACCEPTED", declaredNoConflictAt: expect.any(String), availableActions: ["recuse"] });
  expect((await complete(a, "OFFICE")).data.completeEngagement.status).toBe("COMPLETED");
  const rated = (await rate(a, 2)).data.rateEngagement;
  expect(rated).toMatchObject({ status: "RATED", rating: 2, ratingComment: "专业", availableActions: [] });
  expect(rated.history.map((change: { action: string; toState: string }) => [change.action, change.toState])).toEqual([
    ["propose", "PROPOSED"], ["invite", "INVITED"], ["accept", "ACCEPTED"], ["complete", "COMPLETED"], ["rate", "RATED"],
  ]);
  const after = await subgraph.dataSource.getRepository(Expert).findOneByOrFail({ id: EXPERT_A });
  expect(after.ratingCount).toBe(before.ratingCount + 1);
  expect(after.rating).toBeCloseTo((before.rating * before.ratingCount + 2) / (before.ratingCount + 1));
});

it("lets the expert decline with a reason", async () => {
  const { b } = await proposed();
  await invite(b);
  expect(outcome(await decline(b, "EXPERT_B"))).toBe("BAD_USER_INPUT");
  expect(outcome(await decline(b, "EXPERT_A", "没空"))).toBe("NOT_FOUND");
  expect(outcome(await decline(b, "OPERATOR", "没空"))).toBe("FORBIDDEN");
  const declined = (await decline(b, "EXPERT_B", "没空")).data.declineEngagement;
  expect(declined.status).toBe("DECLINED");
  expect(declined.history.at(-1)).toEqual({ action: "decline", fromState: "INVITED", toState: "DECLINED", actorRole: "EXPERT", note: "没空" });
});

it("recuses from PROPOSED, INVITED and ACCEPTED, by the expert or the base side", async () => {
  const first = await proposed();
  expect(outcome(await recuse(first.a, "EXPERT_A"))).toBe("BAD_USER_INPUT");
  expect((await recuse(first.a, "EXPERT_A", "利益冲突")).data.recuseEngagement.status).toBe("RECUSED");
  await invite(first.b);
  expect((await recuse(first.b, "OPERATOR", "利益冲突")).data.recuseEngagement.status).toBe("RECUSED");
  const second = await proposed();
  await invite(second.a);
  await accept(second.a);
  expect((await recuse(second.a, "NATIONAL_ADMIN", "利益冲突")).data.recuseEngagement).toMatchObject({ status: "RECUSED", history: expect.arrayContaining([expect.objectContaining({ action: "recuse", fromState: "ACCEPTED" })]) });
});

it("refuses illegal transitions with CONFLICT and the state", async () => {
  const { a, b } = await proposed();
  expect((await accept(a)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "PROPOSED" });
  expect((await complete(a)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "PROPOSED" });
  await invite(a);
  expect((await invite(a)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "INVITED" });
  expect((await rate(a, 5)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "INVITED" });
  await recuse(b, "OPERATOR", "换人");
  expect((await recuse(b, "OPERATOR", "换人")).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "RECUSED" });
  expect((await subgraph.dataSource.getRepository(Engagement).findOneByOrFail({ id: a })).status).toBe(EngagementStatus.INVITED);
});

it("refuses the wrong role with FORBIDDEN and a false declaration with BAD_USER_INPUT", async () => {
  const { a } = await proposed();
  expect(outcome(await invite(a, "EXPERT_A"))).toBe("FORBIDDEN");
  expect(outcome(await invite(a, "OTHER_OPERATOR"))).toBe("NOT_FOUND");
  await invite(a);
  expect(outcome(await accept(a, "OPERATOR"))).toBe("FORBIDDEN");
  const refused = await accept(a, "EXPERT_A", false);
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "noConflictDeclared" });
  expect((await subgraph.dataSource.getRepository(Engagement).findOneByOrFail({ id: a })).declaredNoConflictAt).toBeNull();
  await accept(a);
  expect(outcome(await complete(a, "EXPERT_A"))).toBe("FORBIDDEN");
  await complete(a);
  expect(outcome(await rate(a, 5, "EXPERT_A"))).toBe("FORBIDDEN");
  expect(outcome(await rate(a, 6))).toBe("BAD_USER_INPUT");
});

it("shows an engagement to the expert, the base, the authorities of the region and the national admin only", async () => {
  const { a } = await proposed();
  const seen: Record<string, boolean> = {};
  for (const caller of Object.keys(tokens)) {
    const response = await subgraph.query(`query($id: ID!) { engagement(id: $id) { id } }`, { id: a }, tokens[caller]);
    seen[caller] = response.data?.engagement?.id === a;
  }
  expect(seen).toEqual({ NATIONAL_ADMIN: true, OFFICE: true, OTHER_OFFICE: false, OPERATOR: true, OTHER_OPERATOR: false, EXPERT_A: true, EXPERT_B: false, PUBLIC: false });
});

it("counts ACCEPTED engagements as the expert's load in matchExperts", async () => {
  const busy = await seedExpert(subgraph, { maxConcurrentTasks: 1, stages: [ExpertStage.RESULT_APPLICATION], pools: [{ scope: PoolScope.NATIONAL, scopeId: null }] });
  const MATCH = `mutation($request: MatchRequestInput!) { matchExperts(request: $request) { consideredCount drawRecord { consideredExpertIds } } }`;
  const request = {
    stage: "RESULT_APPLICATION", industryCodes: ["01"], ipcClasses: [], regionCode: "320000", need: "成果运用", windowFrom: "2025-06-01", windowTo: "2025-06-30",
    headCount: 1, mode: "RANKED", projectId: PROJECT, sponsorOrganizationId: OTHER_BASE, serviceOrganizationIds: [], requesterBaseId: BASE,
  };
  const considered = async () => (await subgraph.query(MATCH, { request }, tokens.OPERATOR)).data.matchExperts.drawRecord.consideredExpertIds;
  expect(await considered()).toContain(busy.id);
  const engagement = { id: crypto.randomUUID(), drawRecordId: (await seedDraw()).id, expertId: busy.id, projectId: PROJECT, requesterBaseId: BASE, regionCode: "320000", stage: ExpertStage.RESULT_APPLICATION, status: EngagementStatus.ACCEPTED };
  await subgraph.dataSource.getRepository(Engagement).insert(engagement);
  expect(await considered()).not.toContain(busy.id);
  await subgraph.dataSource.getRepository(Engagement).update({ id: engagement.id }, { status: EngagementStatus.COMPLETED });
  expect(await considered()).toContain(busy.id);
});
