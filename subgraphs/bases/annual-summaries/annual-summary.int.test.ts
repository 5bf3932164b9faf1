/**
 * 30号: a base's operator writes and submits the year's work summary, due by the end of the year
 * (or another day the policy sets); dueOn and late follow the policy and the subgraph's clock.
 */
import { Role } from "../../../platform/auth";
import { historyOf, JIANGSU, outcome, seedBase, seedSummary, startBases, token, ZHEJIANG, type BasesHarness } from "../testing";
import { AnnualSummary } from "./annual-summary.entity";

let h: BasesHarness;
beforeAll(async () => {
  h = await startBases({ now: new Date("2026-01-10T10:00:00+08:00") });
});
afterAll(() => h?.stop());

const CREATE = `mutation($input: CreateAnnualSummaryInput!) { createAnnualSummary(input: $input) { id status dueOn late availableActions history { action toState } } }`;
const SUBMIT = `mutation($id: ID!) { submitAnnualSummary(id: $id) { status submittedAt late } }`;
const UPDATE = `mutation($id: ID!) { updateAnnualSummary(id: $id, input: { enterprisesServed: 88 }) { enterprisesServed } }`;

describe("writing and submitting", () => {
  it("lets the base's operator create, edit and submit, once", async () => {
    const base = await seedBase(h.dataSource);
    const operator = await token(Role.BASE_OPERATOR, { baseId: base.id });
    const created = await h.query(CREATE, { input: { baseId: base.id, year: 2025, projectsStarted: 4 } }, operator);
    expect(created.data.createAnnualSummary).toMatchObject({ status: "DRAFT", dueOn: "2025-12-31", late: true, availableActions: ["submit"], history: [{ action: "create", toState: "DRAFT" }] });
    const id = created.data.createAnnualSummary.id;
    expect((await h.dataSource.getRepository(AnnualSummary).findOneByOrFail({ id })).regionCode).toBe(JIANGSU);
    expect((await h.query(UPDATE, { id }, operator)).data.updateAnnualSummary).toEqual({ enterprisesServed: 88 });
    expect((await h.query(SUBMIT, { id }, operator)).data.submitAnnualSummary).toEqual({ status: "SUBMITTED", submittedAt: h.clock.now.toISOString(), late: true });
    expect(await historyOf(h.dataSource, id)).toEqual([
      expect.objectContaining({ action: "create", fromState: null, toState: "DRAFT", actorRole: "BASE_OPERATOR" }),
      expect.objectContaining({ action: "submit", fromState: "DRAFT", toState: "SUBMITTED", actorRole: "BASE_OPERATOR" }),
    ]);
    expect((await h.query(SUBMIT, { id }, operator)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "SUBMITTED" });
    expect((await h.query(UPDATE, { id }, operator)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: "SUBMITTED" });
    expect(outcome(await h.query(CREATE, { input: { baseId: base.id, year: 2025 } }, operator))).toBe("CONFLICT");
  });

  it.each([
    ["another base's operator", Role.BASE_OPERATOR, () => ({ baseId: crypto.randomUUID() }), "FORBIDDEN"],
    ["the province's office", Role.PROVINCIAL_OFFICE, () => ({ province: JIANGSU }), "FORBIDDEN"],
    ["the national admin", Role.NATIONAL_ADMIN, () => ({}), "FORBIDDEN"],
    ["an anonymous caller", Role.PUBLIC, () => ({}), "UNAUTHENTICATED"],
  ])("refuses creation by %s", async (_label, role, scope, code) => {
    const base = await seedBase(h.dataSource);
    expect(outcome(await h.query(CREATE, { input: { baseId: base.id, year: 2025 } }, await token(role, scope())))).toBe(code);
    expect(await h.dataSource.getRepository(AnnualSummary).countBy({ baseId: base.id })).toBe(0);
  });

  it.each([
    ["another base's operator", Role.BASE_OPERATOR, () => ({ baseId: crypto.randomUUID() }), "NOT_FOUND"],
    ["another province's office", Role.PROVINCIAL_OFFICE, () => ({ province: ZHEJIANG }), "NOT_FOUND"],
    ["the province's office", Role.PROVINCIAL_OFFICE, () => ({ province: JIANGSU }), "FORBIDDEN"],
    ["the national admin", Role.NATIONAL_ADMIN, () => ({}), "FORBIDDEN"],
    ["an anonymous caller", Role.PUBLIC, () => ({}), "UNAUTHENTICATED"],
  ])("refuses editing and submission by %s", async (_label, role, scope, code) => {
    const summary = await seedSummary(h.dataSource, await seedBase(h.dataSource));
    const tokenValue = await token(role, scope());
    expect(outcome(await h.query(UPDATE, { id: summary.id }, tokenValue))).toBe(code);
    expect(outcome(await h.query(SUBMIT, { id: summary.id }, tokenValue))).toBe(code);
    expect(await h.dataSource.getRepository(AnnualSummary).findOneByOrFail({ id: summary.id })).toMatchObject({ submittedAt: null, enterprisesServed: 60 });
  });
});

describe("due day and lateness", () => {
  const read = async (id: string) => (await h.query(`query($id: ID!) { annualSummary(id: $id) { dueOn late } }`, { id }, await token(Role.NATIONAL_ADMIN))).data.annualSummary;

  it("is due on 31 December in China by default", async () => {
    const base = await seedBase(h.dataSource);
    const onTime = await seedSummary(h.dataSource, base, { year: 2024, submittedAt: new Date("2024-12-31T23:59:00+08:00") });
    const late = await seedSummary(h.dataSource, base, { year: 2023, submittedAt: new Date("2024-01-01T00:00:00+08:00") });
    const open = await seedSummary(h.dataSource, base, { year: 2026 });
    expect(await read(onTime.id)).toEqual({ dueOn: "2024-12-31", late: false });
    expect(await read(late.id)).toEqual({ dueOn: "2023-12-31", late: true });
    expect(await read(open.id)).toEqual({ dueOn: "2026-12-31", late: false });
    h.clock.now = new Date("2027-01-01T00:00:00+08:00");
    expect(await read(open.id)).toEqual({ dueOn: "2026-12-31", late: true });
    h.clock.now = new Date("2026-01-10T10:00:00+08:00");
  });

  it("follows a policy that moves the day into the following year", async () => {
    const other = await startBases({ now: new Date("2026-01-10T10:00:00+08:00"), policy: { annualSummaryDue: "next-01-15" } });
    try {
      const base = await seedBase(other.dataSource);
      const summary = await seedSummary(other.dataSource, base, { year: 2025 });
      const query = () => other.query(`query($id: ID!) { annualSummary(id: $id) { dueOn late } } `, { id: summary.id }, undefined);
      const admin = await token(Role.NATIONAL_ADMIN);
      const readOther = async () => (await other.query(`query($id: ID!) { annualSummary(id: $id) { dueOn late } }`, { id: summary.id }, admin)).data.annualSummary;
      expect(await readOther()).toEqual({ dueOn: "2026-01-15", late: false });
      other.clock.now = new Date("2026-01-16T00:00:00+08:00");
      expect(await readOther()).toEqual({ dueOn: "2026-01-15", late: true });
      expect((await query()).data.annualSummary).toBeNull();
      expect((await other.query(`{ basesPolicy { annualSummaryDue } }`)).data.basesPolicy).toEqual({ annualSummaryDue: "next-01-15" });
    } finally {
      await other.stop();
    }
  });
});
