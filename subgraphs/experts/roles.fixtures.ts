/** Callers and directly seeded rows the experts subgraph's permission, workflow and visibility tests share. */
import { Role, type CallerScope } from "../../platform/auth";
import { tokenFor, type GraphQLResponse, type TestSubgraph } from "../../test/support/subgraph";
import { Enrollment } from "./enrollments/enrollment.entity";
import { EnrollmentStatus, ExpertStatus, SessionMode } from "./enums";
import { Expert } from "./experts/expert.entity";
import { PoolMembership } from "./experts/pool-membership.entity";
import { TrainingSession } from "./training-sessions/training-session.entity";

export const PUBLIC = "PUBLIC";

/** A token per named caller; PUBLIC is no token at all. */
export async function tokensFor<K extends string>(callers: Record<K, [Role, CallerScope?] | typeof PUBLIC>): Promise<Record<K, string | undefined>> {
  const tokens = {} as Record<K, string | undefined>;
  for (const [name, caller] of Object.entries(callers) as [K, [Role, CallerScope?] | typeof PUBLIC][]) {
    tokens[name] = caller === PUBLIC ? undefined : await tokenFor(caller[0], { ...caller[1] });
  }
  return tokens;
}

/** The error code of a response, or "OK" when it succeeded. */
export const outcome = (response: GraphQLResponse): string => response.errors?.[0]?.extensions?.code ?? "OK";

export async function seedExpert(subgraph: TestSubgraph, overrides: Partial<Expert> & { pools?: Pick<PoolMembership, "scope" | "scopeId">[] } = {}): Promise<Expert> {
  const { pools = [], ...fields } = overrides;
  const now = new Date();
  const expert = {
    id: crypto.randomUUID(), name: "测试专家", title: "研究员", employer: "某研究院", employerOrganizationId: null, regionCode: "320000",
    categories: ["TECHNOLOGY"], industryCodes: ["01"], ipcClasses: [], navigationTypes: [], stages: ["DEMAND_ANALYSIS"], serviceRegionCodes: ["320000"],
    expertise: "", yearsOfExperience: 10, availableFrom: null, availableUntil: null, maxConcurrentTasks: 3, rating: 0, ratingCount: 0,
    status: ExpertStatus.ACTIVE, createdAt: now, updatedAt: now, ...fields,
  } as Expert;
  await subgraph.dataSource.getRepository(Expert).insert(expert);
  if (pools.length) await subgraph.dataSource.getRepository(PoolMembership).insert(pools.map((pool) => ({ id: crypto.randomUUID(), expertId: expert.id, ...pool })));
  return expert;
}

export async function seedSession(subgraph: TestSubgraph, overrides: Partial<TrainingSession> = {}): Promise<TrainingSession> {
  const now = new Date();
  const session = {
    id: crypto.randomUUID(), baseId: crypto.randomUUID(), regionCode: "320000", title: "专利导航实务培训班", mode: SessionMode.OFFLINE,
    startsAt: new Date("2025-05-12T01:00:00.000Z"), endsAt: new Date("2025-05-13T09:00:00.000Z"), location: "苏州", capacity: 50,
    lecturerExpertIds: [], topics: [], createdAt: now, updatedAt: now, ...overrides,
  } as TrainingSession;
  await subgraph.dataSource.getRepository(TrainingSession).insert(session);
  return session;
}

export async function seedEnrollment(subgraph: TestSubgraph, sessionId: string, overrides: Partial<Enrollment> = {}): Promise<Enrollment> {
  const now = new Date();
  const id = crypto.randomUUID();
  const status = overrides.status ?? EnrollmentStatus.APPLIED;
  const enrollment = {
    id, sessionId, traineeName: "李明", traineeOrganizationId: null, traineeOrganizationName: "某公司", status,
    // Seeded passes carry a number outside the real series, so the series under test starts clean.
    certificateNumber: status === EnrollmentStatus.PASSED ? `SEED-${id}` : null, createdAt: now, updatedAt: now, ...overrides,
  } as Enrollment;
  await subgraph.dataSource.getRepository(Enrollment).insert(enrollment);
  return enrollment;
}

/** History rows recorded for an entity, straight from the table. */
export async function historyRows(subgraph: TestSubgraph, entityId: string): Promise<number> {
  const rows = await subgraph.dataSource.query(`SELECT COUNT(*) AS n FROM state_change WHERE "entityId" = '${entityId}'`);
  return Number(rows[0].n);
}
