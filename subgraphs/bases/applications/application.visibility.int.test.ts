/**
 * Who sees base applications: the applicant organisation, its province's office (not for
 * ministry-route applications) and the national admin. Lists and totals omit the rest; by id and
 * through _entities the rest is null, exactly as a missing application.
 */
import { Role } from "../../../platform/auth";
import { ApplicationStatus } from "../enums";
import { JIANGSU, seedApplication, seedOrganization, startBases, token, ZHEJIANG, type BasesHarness } from "../testing";
import { BaseApplication } from "./application.entity";

let h: BasesHarness;
let batchId: string;
let orgA: string;
let apps: Record<"own" | "ownMinistry" | "sameProvince" | "otherProvince", BaseApplication>;

beforeAll(async () => {
  h = await startBases();
  orgA = (await seedOrganization(h.dataSource)).id;
  const own = await seedApplication(h.dataSource, h.clock.now, { applicantOrganizationId: orgA, status: ApplicationStatus.PROVINCE_REVIEWING });
  batchId = own.batchId;
  apps = {
    own,
    ownMinistry: await seedApplication(h.dataSource, h.clock.now, { batchId, applicantOrganizationId: orgA, ministryRoute: "工业和信息化部", status: ApplicationStatus.SUBMITTED }),
    sameProvince: await seedApplication(h.dataSource, h.clock.now, { batchId }),
    otherProvince: await seedApplication(h.dataSource, h.clock.now, { batchId, regionCode: ZHEJIANG }),
  };
});
afterAll(() => h?.stop());

const CALLERS: [string, Role, Record<string, string>, (keyof typeof apps)[]][] = [
  ["the national admin", Role.NATIONAL_ADMIN, {}, ["own", "ownMinistry", "sameProvince", "otherProvince"]],
  ["the Jiangsu office", Role.PROVINCIAL_OFFICE, { province: JIANGSU }, ["own", "sameProvince"]],
  ["the Zhejiang office", Role.PROVINCIAL_OFFICE, { province: ZHEJIANG }, ["otherProvince"]],
  ["the applicant as an enterprise", Role.ENTERPRISE, {}, ["own", "ownMinistry"]],
  ["the applicant as a base operator", Role.BASE_OPERATOR, { baseId: "00000000-0000-4000-8000-000000000001" }, ["own", "ownMinistry"]],
  ["another service organisation", Role.SERVICE_ORG, { orgId: "00000000-0000-4000-8000-000000000002" }, []],
  ["an expert", Role.EXPERT, { expertId: "00000000-0000-4000-8000-000000000003" }, []],
  ["an anonymous caller", Role.PUBLIC, {}, []],
];

describe.each(CALLERS)("%s", (_label, role, scope, visible) => {
  const tokenOf = () => token(role, { ...scope, ...(role === Role.ENTERPRISE || role === Role.BASE_OPERATOR ? { orgId: orgA } : {}) });
  const ids = () => visible.map((key) => apps[key].id).sort();

  it("lists and counts only what it may see", async () => {
    const response = await h.query(`query($batchId: ID!) { baseApplications(filter: { batchId: $batchId }, first: 100) { totalCount items { id } } }`, { batchId }, await tokenOf());
    expect(response.errors).toBeUndefined();
    expect(response.data.baseApplications.totalCount).toBe(visible.length);
    expect(response.data.baseApplications.items.map((item: { id: string }) => item.id).sort()).toEqual(ids());
  });

  it("reads by id and through _entities only what it may see", async () => {
    const all = Object.values(apps);
    const byId = await Promise.all(all.map(async (app) => (await h.query(`query($id: ID!) { baseApplication(id: $id) { id } }`, { id: app.id }, await tokenOf())).data.baseApplication?.id ?? null));
    expect(byId.filter(Boolean).sort()).toEqual(ids());
    const entities = await h.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on BaseApplication { id } } }`, { reps: all.map((app) => ({ __typename: "BaseApplication", id: app.id })) }, await tokenOf());
    expect(entities.errors).toBeUndefined();
    expect(entities.data._entities.filter(Boolean).map((item: { id: string }) => item.id).sort()).toEqual(ids());
  });
});

describe("availableActions", () => {
  const actions = async (id: string, tokenValue: string | undefined) =>
    (await h.query(`query($id: ID!) { baseApplication(id: $id) { availableActions } }`, { id }, tokenValue)).data.baseApplication.availableActions;

  it("lists what this caller may do next in this state", async () => {
    expect(await actions(apps.own.id, await token(Role.PROVINCIAL_OFFICE, { province: JIANGSU }))).toEqual(["return", "recommend", "decline"]);
    expect(await actions(apps.own.id, await token(Role.ENTERPRISE, { orgId: orgA }))).toEqual(["withdraw"]);
    expect(await actions(apps.own.id, await token(Role.NATIONAL_ADMIN))).toEqual([]);
    expect(await actions(apps.ownMinistry.id, await token(Role.NATIONAL_ADMIN))).toEqual(["startReview"]);
    expect(await actions(apps.sameProvince.id, await token(Role.NATIONAL_ADMIN))).toEqual([]);
  });
});
