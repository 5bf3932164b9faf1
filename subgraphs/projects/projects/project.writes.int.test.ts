/** Who may register and describe a project: role and scope of create and update, and the creation history. */
import { randomUUID } from "node:crypto";
import { Role } from "../../../platform/auth";
import { startTestSubgraph, tokenFor, type TestSubgraph } from "../../../test/support/subgraph";
import { ProjectStatus } from "../enums";
import { CREATE_PROJECT, historyOf, OTHER_REGION, outOfScopeTokens, projectInput, REGION, seedProject, tokensFor } from "../projects.fixtures";
import { projectsSubgraph } from "../schema";
import { NavigationProject } from "./project.entity";

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(projectsSubgraph);
});
afterAll(() => subgraph?.stop());

const UPDATE = `mutation($id: ID!, $budget: Int!) { updateNavigationProject(id: $id, input: { budget: $budget }) { id budget } }`;
const count = () => subgraph.dataSource.getRepository(NavigationProject).count();

describe("creating a project", () => {
  it("is open to the operator of the base, the office of its province and the national admin, and recorded as created", async () => {
    const baseId = randomUUID();
    const callers: [Role, string][] = [
      [Role.BASE_OPERATOR, await tokenFor(Role.BASE_OPERATOR, { baseId })],
      [Role.PROVINCIAL_OFFICE, await tokenFor(Role.PROVINCIAL_OFFICE, { province: REGION })],
      [Role.NATIONAL_ADMIN, await tokenFor(Role.NATIONAL_ADMIN)],
    ];
    for (const [role, token] of callers) {
      const created = await subgraph.query(CREATE_PROJECT, { input: projectInput({ baseId }) }, token);
      expect(created.errors).toBeUndefined();
      expect(created.data.createNavigationProject.status).toBe("PLANNING");
      const history = await historyOf(subgraph.dataSource, created.data.createNavigationProject.id);
      expect(history).toEqual([expect.objectContaining({ action: "create", fromState: null, toState: "PLANNING", actorRole: role, actor: `test-${role.toLowerCase()}` })]);
    }
  });

  it("refuses other bases, other provinces and other roles without writing", async () => {
    const baseId = randomUUID();
    const input = projectInput({ baseId });
    const before = await count();
    const refusals: [string | undefined, string][] = [
      [await tokenFor(Role.BASE_OPERATOR, { baseId: randomUUID() }), "FORBIDDEN"],
      [await tokenFor(Role.PROVINCIAL_OFFICE, { province: OTHER_REGION }), "FORBIDDEN"],
      [await tokenFor(Role.SERVICE_ORG, { orgId: input.serviceOrganizationIds[0] }), "FORBIDDEN"],
      [await tokenFor(Role.ENTERPRISE, { orgId: input.sponsorOrganizationId }), "FORBIDDEN"],
      [await tokenFor(Role.EXPERT, { expertId: randomUUID() }), "FORBIDDEN"],
      [undefined, "UNAUTHENTICATED"],
    ];
    for (const [token, code] of refusals) {
      const result = await subgraph.query(CREATE_PROJECT, { input }, token);
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await count()).toBe(before);
  });
});

describe("updating a project's description", () => {
  const EDITABLE = [ProjectStatus.PLANNING, ProjectStatus.APPLIED, ProjectStatus.APPROVED, ProjectStatus.PROCURING, ProjectStatus.IN_EXECUTION];

  it.each(Object.values(ProjectStatus))("in %s: the base operator while it is not yet submitted, the authorities always", async (status) => {
    const project = await seedProject(subgraph.dataSource, { status });
    const tokens = await tokensFor(project);
    const byOperator = await subgraph.query(UPDATE, { id: project.id, budget: 600000 }, tokens.BASE_OPERATOR);
    if (EDITABLE.includes(status)) {
      expect(byOperator.data?.updateNavigationProject).toEqual({ id: project.id, budget: 600000 });
    } else {
      expect(byOperator.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: status });
    }
    for (const role of [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] as const) {
      expect((await subgraph.query(UPDATE, { id: project.id, budget: 700000 }, tokens[role])).data?.updateNavigationProject.budget).toBe(700000);
    }
  });

  it("refuses the sponsor, listed service organisations, experts and callers out of scope", async () => {
    const project = await seedProject(subgraph.dataSource, { status: ProjectStatus.PLANNING, budget: 500000 });
    const tokens = await tokensFor(project);
    const outside = await outOfScopeTokens(project);
    const refusals: [string | undefined, string][] = [
      [tokens.SERVICE_ORG, "FORBIDDEN"],
      [tokens.ENTERPRISE, "FORBIDDEN"],
      [tokens.EXPERT, "FORBIDDEN"],
      [tokens.PUBLIC, "UNAUTHENTICATED"],
      [outside.visible.BASE_OPERATOR, "FORBIDDEN"],
      [outside.visible.PROVINCIAL_OFFICE, "FORBIDDEN"],
      [outside.hidden.BASE_OPERATOR, "NOT_FOUND"],
      [outside.hidden.PROVINCIAL_OFFICE, "NOT_FOUND"],
    ];
    for (const [token, code] of refusals) {
      expect((await subgraph.query(UPDATE, { id: project.id, budget: 1 }, token)).errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await subgraph.dataSource.getRepository(NavigationProject).findOneByOrFail({ id: project.id })).budget).toBe(500000);
  });
});
