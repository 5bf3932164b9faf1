/**
 * 30号 dynamic management: an evaluation's conclusion moves its base, for every conclusion and every
 * base status, in the evaluation's transaction and with an entry in the base's history. CNIPA
 * evaluates national bases, a province the provincial and municipal bases of its province.
 */
import { Role } from "../../../platform/auth";
import { BaseLevel, BaseStatus, EvaluationConclusion } from "../enums";
import { BaseEvaluation } from "../evaluations/evaluation.entity";
import { historyOf, JIANGSU, outcome, seedBase, startBases, token, ZHEJIANG, type BasesHarness } from "../testing";
import { ServiceBase } from "./service-base.entity";

let h: BasesHarness;
beforeAll(async () => {
  h = await startBases();
});
afterAll(() => h?.stop());

const EVALUATE = `mutation($input: CreateBaseEvaluationInput!) { createBaseEvaluation(input: $input) { id evaluatorLevel conclusion evaluatedAt base { status } } }`;
const evaluate = (baseId: string, conclusion: EvaluationConclusion, tokenValue: string | undefined) =>
  h.query(EVALUATE, { input: { baseId, year: 2025, grade: "QUALIFIED", conclusion, comments: "材料齐全" } }, tokenValue);
const statusOf = async (id: string) => (await h.dataSource.getRepository(ServiceBase).findOneByOrFail({ id })).status;
const evaluations = (baseId: string) => h.dataSource.getRepository(BaseEvaluation).countBy({ baseId });

/** Expected move per conclusion and status; null: CONFLICT. */
const MOVES: Record<EvaluationConclusion, Record<BaseStatus, [string, BaseStatus] | null>> = {
  CONTINUE: { ACTIVE: ["continue", BaseStatus.ACTIVE], RECTIFYING: ["continue", BaseStatus.ACTIVE], SUSPENDED: ["continue", BaseStatus.ACTIVE], REVOKED: null },
  RECTIFY: { ACTIVE: ["rectify", BaseStatus.RECTIFYING], RECTIFYING: ["suspend", BaseStatus.SUSPENDED], SUSPENDED: ["rectify", BaseStatus.RECTIFYING], REVOKED: null },
  REVOKE: { ACTIVE: ["revoke", BaseStatus.REVOKED], RECTIFYING: ["revoke", BaseStatus.REVOKED], SUSPENDED: ["revoke", BaseStatus.REVOKED], REVOKED: null },
};

const CASES = Object.values(EvaluationConclusion).flatMap((conclusion) => Object.values(BaseStatus).map((status) => [conclusion, status] as const));

describe.each([
  ["a provincial base, by its province", BaseLevel.PROVINCIAL, Role.PROVINCIAL_OFFICE, "PROVINCE"],
  ["a national base, by CNIPA", BaseLevel.NATIONAL, Role.NATIONAL_ADMIN, "NATIONAL"],
])("%s", (_label, level, role, evaluatorLevel) => {
  it.each(CASES)("%s of a %s base", async (conclusion, status) => {
    const base = await seedBase(h.dataSource, { level, status });
    const response = await evaluate(base.id, conclusion, await token(role, { province: JIANGSU }));
    const move = MOVES[conclusion][status];
    const history = await historyOf(h.dataSource, base.id);
    if (move) {
      expect(response.errors).toBeUndefined();
      expect(response.data.createBaseEvaluation).toMatchObject({ evaluatorLevel, conclusion, evaluatedAt: h.clock.now.toISOString(), base: { status: move[1] } });
      expect(history).toEqual([expect.objectContaining({ entityType: "ServiceBase", action: move[0], fromState: status, toState: move[1], actorRole: role, note: expect.stringContaining("材料齐全") })]);
    } else {
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: status });
      expect(history).toEqual([]);
      expect(await evaluations(base.id)).toBe(0);
    }
    expect(await statusOf(base.id)).toBe(move ? move[1] : status);
  });
});

it("takes the contact point flag from a revoked base", async () => {
  const base = await seedBase(h.dataSource, { regionCode: "430000", isContactPoint: true });
  await evaluate(base.id, EvaluationConclusion.REVOKE, await token(Role.PROVINCIAL_OFFICE, { province: "430000" }));
  expect(await h.dataSource.getRepository(ServiceBase).findOneByOrFail({ id: base.id })).toMatchObject({ status: "REVOKED", isContactPoint: false });
});

describe("who may evaluate", () => {
  it.each([
    ["CNIPA, a provincial base", BaseLevel.PROVINCIAL, Role.NATIONAL_ADMIN, {}, "FORBIDDEN"],
    ["CNIPA, a municipal base", BaseLevel.MUNICIPAL, Role.NATIONAL_ADMIN, {}, "FORBIDDEN"],
    ["the province, a national base", BaseLevel.NATIONAL, Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "FORBIDDEN"],
    ["another province, a provincial base", BaseLevel.PROVINCIAL, Role.PROVINCIAL_OFFICE, { province: ZHEJIANG }, "FORBIDDEN"],
    ["the province, a municipal base of its own", BaseLevel.MUNICIPAL, Role.PROVINCIAL_OFFICE, { province: JIANGSU }, "OK"],
    ["the base's operator", BaseLevel.PROVINCIAL, Role.BASE_OPERATOR, {}, "FORBIDDEN"],
    ["an enterprise", BaseLevel.NATIONAL, Role.ENTERPRISE, { orgId: "00000000-0000-4000-8000-000000000001" }, "FORBIDDEN"],
    ["an expert", BaseLevel.NATIONAL, Role.EXPERT, { expertId: "00000000-0000-4000-8000-000000000001" }, "FORBIDDEN"],
    ["an anonymous caller", BaseLevel.NATIONAL, Role.PUBLIC, {}, "UNAUTHENTICATED"],
  ])("%s: %s", async (_label, level, role, scope, code) => {
    const base = await seedBase(h.dataSource, { level });
    const response = await evaluate(base.id, EvaluationConclusion.RECTIFY, await token(role, { baseId: base.id, ...scope }));
    expect(outcome(response)).toBe(code);
    expect(await statusOf(base.id)).toBe(code === "OK" ? BaseStatus.RECTIFYING : BaseStatus.ACTIVE);
    expect(await evaluations(base.id)).toBe(code === "OK" ? 1 : 0);
  });

  it("lists the moves an evaluator may make next as the base's availableActions", async () => {
    const base = await seedBase(h.dataSource, { status: BaseStatus.RECTIFYING });
    const read = async (tokenValue: string | undefined) => (await h.query(`query($id: ID!) { serviceBase(id: $id) { availableActions } }`, { id: base.id }, tokenValue)).data.serviceBase.availableActions;
    expect(await read(await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU }))).toEqual(["continue", "suspend", "revoke"]);
    expect(await read(await token(Role.NATIONAL_ADMIN))).toEqual([]);
    expect(await read(undefined)).toEqual([]);
  });

  it("lets the evaluator correct the comments, and no one else", async () => {
    const base = await seedBase(h.dataSource);
    const province = await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU });
    const id = (await evaluate(base.id, EvaluationConclusion.CONTINUE, province)).data.createBaseEvaluation.id;
    const correct = async (tokenValue: string | undefined) => outcome(await h.query(`mutation($id: ID!) { updateBaseEvaluation(id: $id, input: { comments: "更正" }) { comments } }`, { id }, tokenValue));
    expect(await correct(await token(Role.BASE_OPERATOR, { baseId: base.id }))).toBe("FORBIDDEN");
    expect(await correct(await token(Role.NATIONAL_ADMIN))).toBe("FORBIDDEN");
    expect(await correct(await token(Role.PROVINCIAL_OFFICE, { province: ZHEJIANG }))).toBe("NOT_FOUND");
    expect(await correct(province)).toBe("OK");
  });
});
