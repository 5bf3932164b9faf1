/** The acceptance review: who records and updates it, in which project states, one per project across rounds. */
import { Role } from "../../../platform/auth";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { ProjectStatus } from "../enums";
import { CREATE_REVIEW, MISSING_ID, outOfScopeTokens, reviewInput, seedProject, seedReview, tokensFor, transition } from "../projects.fixtures";
import { projectsSubgraph } from "../schema";
import { AcceptanceReview } from "./acceptance-review.entity";

let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph(projectsSubgraph);
});
afterAll(() => subgraph?.stop());

const UPDATE = `mutation($id: ID!, $input: UpdateAcceptanceReviewInput!) { updateAcceptanceReview(id: $id, input: $input) { id conclusion goalsMet } }`;
const reviewsOf = (projectId: string) => subgraph.dataSource.getRepository(AcceptanceReview).findBy({ projectId });
const submitted = () => seedProject(subgraph.dataSource, { status: ProjectStatus.SUBMITTED_FOR_ACCEPTANCE });

describe("recording a review", () => {
  it.each(Object.values(ProjectStatus))("of a project in %s", async (status) => {
    const project = await seedProject(subgraph.dataSource, { status });
    const result = await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }, (await tokensFor(project)).PROVINCIAL_OFFICE);
    if (status === ProjectStatus.SUBMITTED_FOR_ACCEPTANCE) {
      expect(result.data?.createAcceptanceReview).toMatchObject({ conclusion: "PASS", project: { id: project.id } });
    } else {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: status });
      expect(await reviewsOf(project.id)).toEqual([]);
    }
  });

  it("is for the office of the project's province and the national admin only", async () => {
    const project = await submitted();
    const tokens = await tokensFor(project);
    const outside = await outOfScopeTokens(project);
    const missing = await subgraph.query(CREATE_REVIEW, { input: reviewInput(MISSING_ID) }, outside.hidden.PROVINCIAL_OFFICE);
    const refusals: [string | undefined, string][] = [
      [tokens.BASE_OPERATOR, "FORBIDDEN"],
      [tokens.SERVICE_ORG, "FORBIDDEN"],
      [tokens.ENTERPRISE, "FORBIDDEN"],
      [tokens.EXPERT, "FORBIDDEN"],
      [tokens.PUBLIC, "UNAUTHENTICATED"],
      [outside.visible.PROVINCIAL_OFFICE, "FORBIDDEN"],
    ];
    for (const [token, code] of refusals) {
      expect((await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }, token)).errors?.[0]?.extensions?.code).toBe(code);
    }
    // Another province's office cannot see the project: it is answered as a missing one.
    const hidden = await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }, outside.hidden.PROVINCIAL_OFFICE);
    expect(hidden.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.projectId" });
    expect(hidden.errors?.[0]?.message.replace(project.id, "<id>")).toBe(missing.errors?.[0]?.message.replace(MISSING_ID, "<id>"));
    expect(await reviewsOf(project.id)).toEqual([]);
    expect((await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }, tokens.NATIONAL_ADMIN)).errors).toBeUndefined();
  });

  it("keeps one review per project, also when two are recorded at once", async () => {
    const project = await submitted();
    const tokens = await tokensFor(project);
    const outcomes = await Promise.all([
      subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }, tokens.PROVINCIAL_OFFICE),
      subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id, { conclusion: "FAIL" }) }, tokens.NATIONAL_ADMIN),
    ]);
    expect(outcomes.filter((o) => o.data?.createAcceptanceReview)).toHaveLength(1);
    expect(outcomes.filter((o) => o.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(1);
    expect(await reviewsOf(project.id)).toHaveLength(1);
    const again = await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id) }, tokens.PROVINCIAL_OFFICE);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0]?.message).toContain("update it");
  });
});

describe("updating a review", () => {
  const UPDATABLE = [ProjectStatus.SUBMITTED_FOR_ACCEPTANCE, ProjectStatus.RECTIFYING];

  it.each(Object.values(ProjectStatus))("of a project in %s", async (status) => {
    const project = await seedProject(subgraph.dataSource, { status });
    const review = await seedReview(subgraph.dataSource, project.id);
    const result = await subgraph.query(UPDATE, { id: review.id, input: { conclusion: "PASS_WITH_CHANGES", goalsMet: 2 } }, (await tokensFor(project)).NATIONAL_ADMIN);
    if (UPDATABLE.includes(status)) {
      expect(result.data?.updateAcceptanceReview).toEqual({ id: review.id, conclusion: "PASS_WITH_CHANGES", goalsMet: 2 });
    } else {
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", state: status });
      expect((await reviewsOf(project.id))[0]).toMatchObject({ conclusion: "PASS", goalsMet: 4 });
    }
  });

  it("is for the same authorities; others are refused and a hidden review is not found", async () => {
    const project = await submitted();
    const review = await seedReview(subgraph.dataSource, project.id);
    const tokens = await tokensFor(project);
    const outside = await outOfScopeTokens(project);
    const refusals: [string | undefined, string][] = [
      [tokens.BASE_OPERATOR, "FORBIDDEN"],
      [tokens.SERVICE_ORG, "FORBIDDEN"],
      [tokens.ENTERPRISE, "FORBIDDEN"],
      [tokens.PUBLIC, "UNAUTHENTICATED"],
      [outside.visible.PROVINCIAL_OFFICE, "FORBIDDEN"],
      [outside.hidden.PROVINCIAL_OFFICE, "NOT_FOUND"],
    ];
    for (const [token, code] of refusals) {
      expect((await subgraph.query(UPDATE, { id: review.id, input: { goalsMet: 1 } }, token)).errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await reviewsOf(project.id))[0].goalsMet).toBe(4);
    expect((await subgraph.query(UPDATE, { id: review.id, input: { goalsMet: 5 } }, tokens.PROVINCIAL_OFFICE)).data?.updateAcceptanceReview.goalsMet).toBe(5);
  });

  it("carries a failed round through rectification to acceptance on the same review", async () => {
    const project = await submitted();
    const tokens = await tokensFor(project);
    const created = await subgraph.query(CREATE_REVIEW, { input: reviewInput(project.id, { conclusion: "FAIL", dataQuality: 1 }) }, tokens.PROVINCIAL_OFFICE);
    const reviewId = created.data.createAcceptanceReview.id;
    expect((await transition(subgraph, "accept", project.id, tokens.PROVINCIAL_OFFICE)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await transition(subgraph, "requireRectification", project.id, tokens.PROVINCIAL_OFFICE, "补充专利数据清洗说明")).project?.status).toBe("RECTIFYING");
    expect((await transition(subgraph, "resubmitForAcceptance", project.id, tokens.SERVICE_ORG, "已补充")).project?.status).toBe("SUBMITTED_FOR_ACCEPTANCE");
    expect((await subgraph.query(UPDATE, { id: reviewId, input: { conclusion: "PASS", dataQuality: 4 } }, tokens.PROVINCIAL_OFFICE)).errors).toBeUndefined();
    expect((await transition(subgraph, "accept", project.id, tokens[Role.PROVINCIAL_OFFICE])).project?.status).toBe("ACCEPTED");
    expect(await reviewsOf(project.id)).toEqual([expect.objectContaining({ id: reviewId, conclusion: "PASS", dataQuality: 4 })]);
  });
});
