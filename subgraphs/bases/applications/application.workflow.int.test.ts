/**
 * The base application workflow, action by action and state by state, through GraphQL on a real
 * database: legal transitions succeed and append history; illegal ones answer CONFLICT naming the
 * state and change nothing; refused roles answer FORBIDDEN (UNAUTHENTICATED without a token); callers
 * outside the scope answer FORBIDDEN, or NOT_FOUND when they may not even see the application.
 */
import { Role } from "../../../platform/auth";
import { ApplicationStatus } from "../enums";
import { historyOf, JIANGSU, outcome, seedApplication, seedOrganization, startBases, token, ZHEJIANG, DAY, type BasesHarness } from "../testing";
import { BaseApplication } from "./application.entity";
import { BaseApplicationWorkflow, type ApplicationAction } from "./application.workflow";

let h: BasesHarness;
let applicantOrgId: string;
beforeAll(async () => {
  h = await startBases();
  applicantOrgId = (await seedOrganization(h.dataSource)).id;
});
afterAll(() => h?.stop());

const ACTIONS = Object.keys(BaseApplicationWorkflow) as ApplicationAction[];
const STATES = Object.values(ApplicationStatus);
const APPLICANT_ACTIONS: ApplicationAction[] = ["submit", "resubmit", "withdraw"];
const REVIEW_ACTIONS: ApplicationAction[] = ["startReview", "return", "recommend", "decline"];

const mutation = (action: ApplicationAction) => `mutation($id: ID!, $note: String) { ${action}BaseApplication(id: $id, note: $note) { id status } }`;

/** The party that takes `action` on a Jiangsu application of the applicant organisation. */
function actorOf(action: ApplicationAction): [Role, Record<string, string>] {
  if (APPLICANT_ACTIONS.includes(action)) return [Role.ENTERPRISE, { orgId: applicantOrgId }];
  if (REVIEW_ACTIONS.includes(action)) return [Role.PROVINCIAL_OFFICE, { province: JIANGSU }];
  return [Role.NATIONAL_ADMIN, {}];
}

/** An application in `status` whose every precondition holds: open window, ended publicity. */
const seedIn = (status: ApplicationStatus, values: Partial<BaseApplication> = {}) =>
  seedApplication(h.dataSource, h.clock.now, { status, applicantOrganizationId: applicantOrgId, publicityEndsAt: new Date(h.clock.now.getTime() - DAY), ...values });

const statusNow = async (id: string) => (await h.dataSource.getRepository(BaseApplication).findOneByOrFail({ id })).status;

describe.each(ACTIONS)("%s", (action) => {
  const rule = BaseApplicationWorkflow[action];

  it.each(STATES)(`from %s`, async (state) => {
    const application = await seedIn(state);
    const [role, scope] = actorOf(action);
    const response = await h.query(mutation(action), { id: application.id, note: "经审核" }, await token(role, scope));
    const history = await historyOf(h.dataSource, application.id);
    if (rule.from.includes(state)) {
      expect(response.errors).toBeUndefined();
      expect(response.data[`${action}BaseApplication`]).toEqual({ id: application.id, status: rule.to });
      expect(await statusNow(application.id)).toBe(rule.to);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ entityType: "BaseApplication", action, fromState: state, toState: rule.to, actorRole: role, actor: `test-${role.toLowerCase()}`, note: "经审核" });
    } else {
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state });
      expect(await statusNow(application.id)).toBe(state);
      expect(history).toHaveLength(0);
    }
  });

  const refused = Object.values(Role).filter((role) => !rule.roles.includes(role));
  it.each(refused)("refuses the role %s", async (role) => {
    const application = await seedIn(rule.from[0]);
    // Every scope claim matches the application, so the role alone is what refuses.
    const response = await h.query(mutation(action), { id: application.id, note: "越权" }, await token(role, { province: JIANGSU, orgId: applicantOrgId, baseId: crypto.randomUUID(), expertId: crypto.randomUUID() }));
    expect(outcome(response)).toBe(role === Role.PUBLIC ? "UNAUTHENTICATED" : "FORBIDDEN");
    expect(await statusNow(application.id)).toBe(rule.from[0]);
    expect(await historyOf(h.dataSource, application.id)).toHaveLength(0);
  });
});

describe("scope", () => {
  async function attempt(action: ApplicationAction, role: Role, scope: Record<string, string>, values: Partial<BaseApplication> = {}) {
    const state = BaseApplicationWorkflow[action].from[0];
    const application = await seedIn(state, values);
    const response = await h.query(mutation(action), { id: application.id, note: "理由" }, await token(role, scope));
    return { code: outcome(response), changed: (await statusNow(application.id)) !== state, message: response.errors?.[0]?.message };
  }

  it.each(APPLICANT_ACTIONS)("%s by another organisation: NOT_FOUND, as for a missing application", async (action) => {
    const other = await seedOrganization(h.dataSource);
    const result = await attempt(action, Role.ENTERPRISE, { orgId: other.id });
    expect(result).toMatchObject({ code: "NOT_FOUND", changed: false });
    expect(result.message).toMatch(/^BaseApplication [0-9a-f-]{36} not found$/);
  });

  it.each(REVIEW_ACTIONS)("%s by another province's office: NOT_FOUND", async (action) => {
    expect(await attempt(action, Role.PROVINCIAL_OFFICE, { province: ZHEJIANG })).toEqual(expect.objectContaining({ code: "NOT_FOUND", changed: false }));
  });

  it.each(REVIEW_ACTIONS)("%s by the national admin on a provincial-route application: FORBIDDEN", async (action) => {
    expect(await attempt(action, Role.NATIONAL_ADMIN, {})).toEqual(expect.objectContaining({ code: "FORBIDDEN", changed: false }));
  });

  it.each(REVIEW_ACTIONS)("%s on a ministry-route application: the national admin acts, the province cannot even see it", async (action) => {
    const ministry = { ministryRoute: "工业和信息化部" };
    expect(await attempt(action, Role.PROVINCIAL_OFFICE, { province: JIANGSU }, ministry)).toEqual(expect.objectContaining({ code: "NOT_FOUND", changed: false }));
    expect(await attempt(action, Role.NATIONAL_ADMIN, {}, ministry)).toEqual(expect.objectContaining({ code: "OK", changed: true }));
  });

  it.each(["return", "decline", "failRecheck", "withdraw"] as ApplicationAction[])("%s needs a reason: BAD_USER_INPUT on note", async (action) => {
    const state = BaseApplicationWorkflow[action].from[0];
    const application = await seedIn(state);
    const [role, scope] = actorOf(action);
    for (const note of [undefined, "   "]) {
      const response = await h.query(mutation(action), { id: application.id, note }, await token(role, scope));
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "note" });
    }
    expect(await statusNow(application.id)).toBe(state);
  });

  it("answers NOT_FOUND for a missing application", async () => {
    const response = await h.query(mutation("confirm"), { id: crypto.randomUUID() }, await token(Role.NATIONAL_ADMIN));
    expect(outcome(response)).toBe("NOT_FOUND");
  });
});
