/**
 * Who sees which result, per caller: lists and their totals (SQL), by id and `_entities` (object check),
 * the results and counts added to NavigationProject and ServiceBase, and the fields only insiders read.
 */
import { StateChange } from "../../../platform/history";
import { startTestSubgraph, type TestSubgraph } from "../../../test/support/subgraph";
import { Confidentiality as C, ResultStatus as S } from "../enums";
import { BASE, ENTERPRISE, mintTokens, seedResult, uuid, type Tokens } from "../results.test-support";
import { ResultChapter } from "./result-chapter.entity";
import { resultsSubgraph } from "../schema";

let subgraph: TestSubgraph;
let tokens: Tokens;
const PROJECT = uuid(7, 1);
const ids: Record<string, string> = {};

const ROWS: Record<string, [S, C, { audienceOrganizationIds?: string[]; audienceIndustryCodes?: string[] }?]> = {
  draftPublic: [S.DRAFT, C.PUBLIC],
  reviewRestricted: [S.IN_REVIEW, C.RESTRICTED],
  libraryTargeted: [S.IN_LIBRARY, C.TARGETED, { audienceOrganizationIds: [ENTERPRISE] }],
  releasedPublic: [S.RELEASED, C.PUBLIC],
  releasedRegistered: [S.RELEASED, C.REGISTERED],
  releasedTargetedOrg: [S.RELEASED, C.TARGETED, { audienceOrganizationIds: [ENTERPRISE] }],
  releasedTargetedIndustry: [S.RELEASED, C.TARGETED, { audienceIndustryCodes: ["05"] }],
  releasedRestricted: [S.RELEASED, C.RESTRICTED],
  withdrawnPublic: [S.WITHDRAWN, C.PUBLIC],
};
const ALL = Object.keys(ROWS);
const OPEN = ["releasedPublic", "releasedRegistered"];

/** What each caller sees of the rows above. */
const EXPECTED: Record<keyof Tokens, string[]> = {
  public: ["releasedPublic"],
  expert: OPEN,
  enterprise: [...OPEN, "releasedTargetedOrg"], // its organisation is in the audience; its industry 01 is not
  otherEnterprise: [...OPEN, "releasedTargetedIndustry"], // its industry 05 is
  otherServiceOrg: OPEN,
  otherOffice: OPEN,
  otherOperator: OPEN,
  serviceOrg: ALL.filter((name) => name !== "releasedRestricted"),
  sponsor: ALL,
  operator: ALL,
  office: ALL,
  admin: ALL,
};
const CALLERS = Object.keys(EXPECTED) as (keyof Tokens)[];
const sorted = (names: string[]) => names.map((name) => ids[name]).sort();

beforeAll(async () => {
  subgraph = await startTestSubgraph(resultsSubgraph);
  tokens = await mintTokens();
  for (const [name, [status, confidentiality, audience]] of Object.entries(ROWS)) {
    const row = await seedResult(subgraph, { projectId: PROJECT, status, confidentiality, ...audience, releasedAt: status === S.RELEASED ? new Date() : null });
    ids[name] = row.id;
    await subgraph.dataSource.getRepository(ResultChapter).insert({ id: crypto.randomUUID(), resultId: row.id, position: 1, title: "第一章", text: "正文" });
    await subgraph.dataSource.getRepository(StateChange).insert({
      id: crypto.randomUUID(), entityType: "Result", entityId: row.id, action: "create", fromState: null, toState: "DRAFT", actor: "test", actorRole: "BASE_OPERATOR", note: null, at: new Date(),
    });
  }
});
afterAll(() => subgraph?.stop());

describe.each(CALLERS)("as %s", (caller) => {
  const token = () => tokens[caller];
  const expected = () => sorted(EXPECTED[caller]);

  it("lists only the visible results, and the total counts only them", async () => {
    const answer = await subgraph.query(`{ results(filter: { projectId: "${PROJECT}" }, first: 100) { totalCount items { id } } }`, {}, token());
    expect(answer.errors).toBeUndefined();
    expect(answer.data.results.items.map((item: { id: string }) => item.id).sort()).toEqual(expected());
    expect(answer.data.results.totalCount).toBe(EXPECTED[caller].length);
  });

  it("reads a visible result with its chapters by id, and null for the others", async () => {
    for (const name of ALL) {
      const answer = await subgraph.query(`query($id: ID!) { result(id: $id) { id chapters { title } } }`, { id: ids[name] }, token());
      expect(answer.errors).toBeUndefined();
      expect(answer.data.result).toEqual(EXPECTED[caller].includes(name) ? { id: ids[name], chapters: [{ title: "第一章" }] } : null);
    }
  });

  it("resolves _entities to null for invisible results", async () => {
    const answer = await subgraph.query(`query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Result { id } } }`, {
      reps: ALL.map((name) => ({ __typename: "Result", id: ids[name] })),
    }, token());
    expect(answer.data._entities).toEqual(ALL.map((name) => (EXPECTED[caller].includes(name) ? { id: ids[name] } : null)));
  });

  it("applies the same rule to NavigationProject.results/resultCount and ServiceBase.releasedResultCount", async () => {
    const answer = await subgraph.query(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on NavigationProject { resultCount results(first: 100) { id } } ... on ServiceBase { releasedResultCount } } }`,
      { reps: [{ __typename: "NavigationProject", id: PROJECT }, { __typename: "ServiceBase", id: BASE }] },
      token(),
    );
    const [project, base] = answer.data._entities;
    expect(project.results.map((result: { id: string }) => result.id).sort()).toEqual(expected());
    expect(project.resultCount).toBe(EXPECTED[caller].length);
    expect(base.releasedResultCount).toBe(EXPECTED[caller].filter((name) => name.startsWith("released")).length);
  });
});

describe("fields only insiders read", () => {
  const FIELDS = `query($id: ID!) { result(id: $id) { audienceOrganizations { id } history { action } } }`;

  it("shows a targeted result's audience and history to its stakeholders and service organisations", async () => {
    for (const caller of ["sponsor", "operator", "office", "admin", "serviceOrg"] as const) {
      const answer = await subgraph.query(FIELDS, { id: ids.releasedTargetedOrg }, tokens[caller]);
      expect(answer.data.result).toEqual({ audienceOrganizations: [{ id: ENTERPRISE }], history: [{ action: "create" }] });
    }
  });

  it("leaves them empty for the audience and the public", async () => {
    expect((await subgraph.query(FIELDS, { id: ids.releasedTargetedOrg }, tokens.enterprise)).data.result).toEqual({ audienceOrganizations: [], history: [] });
    expect((await subgraph.query(FIELDS, { id: ids.releasedPublic })).data.result).toEqual({ audienceOrganizations: [], history: [] });
  });
});
