/** Inputs and helpers the experts subgraph's integration tests share. */
import type { TestSubgraph } from "../../test/support/subgraph";

export const MISSING_ID = "00000000-0000-4000-8000-000000000000";

export const CREATE_EXPERT = `mutation($input: CreateExpertInput!) {
  createExpert(input: $input) {
    id name regionName status rating serviceRegionCodes employerOrganization { id }
    pools { id scope regionCode regionName base { id } }
    conflicts { type organizationName since until organization { id } project { id } }
  }
}`;
export const CREATE_SESSION = `mutation($input: CreateTrainingSessionInput!) {
  createTrainingSession(input: $input) { id title mode capacity regionName startsAt endsAt base { id } lecturers { id name } topics enrolledCount }
}`;
export const CREATE_ENROLLMENT = `mutation($input: CreateEnrollmentInput!) {
  createEnrollment(input: $input) { id traineeName status certificateNumber session { id } traineeOrganization { id } }
}`;

export function expertInput(overrides: Record<string, unknown> = {}) {
  return {
    name: "王建国",
    title: "研究员",
    employer: "中国科学院微电子研究所",
    regionCode: "110000",
    categories: ["TECHNOLOGY"],
    industryCodes: ["01"],
    ipcClasses: ["H01L 21/02"],
    navigationTypes: ["INDUSTRIAL_PLANNING"],
    stages: ["DEMAND_ANALYSIS", "INFO_FUSION_ANALYSIS"],
    yearsOfExperience: 20,
    ...overrides,
  };
}

export function sessionInput(baseId: string, overrides: Record<string, unknown> = {}) {
  return {
    baseId,
    regionCode: "320000",
    title: "集成电路专利导航实务培训班",
    mode: "OFFLINE",
    startsAt: "2025-05-12T01:00:00.000Z",
    endsAt: "2025-05-13T09:00:00.000Z",
    location: "苏州工业园区",
    capacity: 50,
    topics: ["专利导航分析方法"],
    ...overrides,
  };
}

export function enrollmentInput(sessionId: string, overrides: Record<string, unknown> = {}) {
  return { sessionId, traineeName: "李明", traineeOrganizationName: "苏州某半导体有限公司", ...overrides };
}

async function mutate(subgraph: TestSubgraph, query: string, input: unknown, token: string, field: string) {
  const result = await subgraph.query(query, { input }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data[field];
}

export const createExpert = (subgraph: TestSubgraph, token: string, overrides: Record<string, unknown> = {}) =>
  mutate(subgraph, CREATE_EXPERT, expertInput(overrides), token, "createExpert");

export const createSession = (subgraph: TestSubgraph, token: string, baseId: string, overrides: Record<string, unknown> = {}) =>
  mutate(subgraph, CREATE_SESSION, sessionInput(baseId, overrides), token, "createTrainingSession");

export const createEnrollment = (subgraph: TestSubgraph, token: string, sessionId: string, overrides: Record<string, unknown> = {}) =>
  mutate(subgraph, CREATE_ENROLLMENT, enrollmentInput(sessionId, overrides), token, "createEnrollment");

export async function countRows(subgraph: TestSubgraph, table: string): Promise<number> {
  const rows = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(rows[0].n);
}

export async function countAllRows(subgraph: TestSubgraph): Promise<number> {
  let total = 0;
  for (const table of ["expert", "expert_pool_membership", "conflict_declaration", "training_session", "enrollment"]) total += await countRows(subgraph, table);
  return total;
}
