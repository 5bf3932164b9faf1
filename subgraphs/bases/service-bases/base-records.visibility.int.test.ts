/**
 * Base cards are public; a base's annual summaries, evaluations and history are seen by its operator,
 * its province's office and the national admin only — in lists and totals, by id, through _entities
 * and through the base's own fields.
 */
import { Role } from "../../../platform/auth";
import { JIANGSU, seedBase, seedEvaluation, seedSummary, startBases, token, ZHEJIANG, type BasesHarness } from "../testing";
import { ServiceBase } from "./service-base.entity";

let h: BasesHarness;
let jiangsuBase: ServiceBase;
let zhejiangBase: ServiceBase;
const ids: Record<string, string> = {};

beforeAll(async () => {
  h = await startBases();
  jiangsuBase = await seedBase(h.dataSource, { regionCode: JIANGSU });
  zhejiangBase = await seedBase(h.dataSource, { regionCode: ZHEJIANG });
  ids.jiangsuSummary = (await seedSummary(h.dataSource, jiangsuBase)).id;
  ids.zhejiangSummary = (await seedSummary(h.dataSource, zhejiangBase)).id;
  ids.jiangsuEvaluation = (await seedEvaluation(h.dataSource, jiangsuBase)).id;
  ids.zhejiangEvaluation = (await seedEvaluation(h.dataSource, zhejiangBase)).id;
  // One history entry on the Jiangsu base, through the product path.
  await h.query(`mutation($baseId: ID!) { designateContactPoint(baseId: $baseId) { id } }`, { baseId: jiangsuBase.id }, await token(Role.NATIONAL_ADMIN));
});
afterAll(() => h?.stop());

const CALLERS: [string, Role, () => Record<string, string>, ("jiangsu" | "zhejiang")[]][] = [
  ["the national admin", Role.NATIONAL_ADMIN, () => ({}), ["jiangsu", "zhejiang"]],
  ["the Jiangsu office", Role.PROVINCIAL_OFFICE, () => ({ province: JIANGSU }), ["jiangsu"]],
  ["the Jiangsu base's operator", Role.BASE_OPERATOR, () => ({ baseId: jiangsuBase.id }), ["jiangsu"]],
  ["the Zhejiang base's operator", Role.BASE_OPERATOR, () => ({ baseId: zhejiangBase.id }), ["zhejiang"]],
  ["an enterprise", Role.ENTERPRISE, () => ({ orgId: jiangsuBase.hostOrganizationId }), []],
  ["an anonymous caller", Role.PUBLIC, () => ({}), []],
];

describe.each(CALLERS)("%s", (_label, role, scope, visible) => {
  const baseIds = () => [jiangsuBase.id, zhejiangBase.id];

  it.each([
    ["annual summaries", "annualSummaries", "annualSummary", "AnnualSummary", "Summary"],
    ["evaluations", "baseEvaluations", "baseEvaluation", "BaseEvaluation", "Evaluation"],
  ])("sees only its %s in lists, by id and through _entities", async (_what, list, single, typename, suffix) => {
    const tokenValue = await token(role, scope());
    const expected = visible.map((province) => ids[`${province}${suffix}`]).sort();
    const page = await h.query(`{ ${list}(first: 100) { totalCount items { id } } }`, {}, tokenValue);
    expect(page.errors).toBeUndefined();
    expect(page.data[list].totalCount).toBe(expected.length);
    expect(page.data[list].items.map((item: { id: string }) => item.id).sort()).toEqual(expected);
    const all = [ids[`jiangsu${suffix}`], ids[`zhejiang${suffix}`]];
    const byId = await Promise.all(all.map(async (id) => (await h.query(`query($id: ID!) { ${single}(id: $id) { id } }`, { id }, tokenValue)).data[single]?.id));
    expect(byId.filter(Boolean).sort()).toEqual(expected);
    const entities = await h.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ${typename} { id } } }`, { reps: all.map((id) => ({ __typename: typename, id })) }, tokenValue);
    expect(entities.data._entities.filter(Boolean).map((item: { id: string }) => item.id).sort()).toEqual(expected);
  });

  it("sees every base card, but a base's records and history only where allowed", async () => {
    const response = await h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceBase { id name annualSummaries { id } evaluations { id } history { action } } } }`,
      { reps: baseIds().map((id) => ({ __typename: "ServiceBase", id })) },
      await token(role, scope()),
    );
    expect(response.errors).toBeUndefined();
    const [jiangsu, zhejiang] = response.data._entities;
    expect([jiangsu.name, zhejiang.name]).toEqual([jiangsuBase.name, zhejiangBase.name]);
    expect(jiangsu.annualSummaries.length + jiangsu.evaluations.length).toBe(visible.includes("jiangsu") ? 2 : 0);
    expect(zhejiang.annualSummaries.length + zhejiang.evaluations.length).toBe(visible.includes("zhejiang") ? 2 : 0);
    expect(jiangsu.history).toEqual(visible.includes("jiangsu") ? [{ action: "designateContactPoint" }] : []);
  });
});

it("reads a base's summaries, evaluations and history in a fixed number of statements for N and 10×N bases", async () => {
  const admin = await token(Role.NATIONAL_ADMIN);
  const bases: string[] = [];
  for (let i = 0; i < 20; i++) {
    const base = await seedBase(h.dataSource, { regionCode: "510000" });
    await seedSummary(h.dataSource, base);
    await seedEvaluation(h.dataSource, base);
    bases.push(base.id);
  }
  const statements = async (n: number) => {
    h.subgraph.sql.reset();
    const response = await h.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on ServiceBase { hostOrganization { name } batch { id } annualSummaries { dueOn history { action } base { id } } evaluations { grade } history { action } } } }`,
      { reps: bases.slice(0, n).map((id) => ({ __typename: "ServiceBase", id })) },
      admin,
    );
    expect(response.errors).toBeUndefined();
    return h.subgraph.sql.count;
  };
  expect(await statements(20)).toBe(await statements(2));
});
