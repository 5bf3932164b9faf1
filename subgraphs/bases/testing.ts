/**
 * Test set-up for the bases subgraph's integration tests: a subgraph with a movable clock, rows
 * inserted directly in any state (set-up, not a product path), tokens and small assertions.
 */
import type { DataSource } from "typeorm";
import { Role, type CallerScope } from "../../platform/auth";
import { StateChange } from "../../platform/history";
import { startTestSubgraph, tokenFor, type GraphQLResponse, type TestSubgraph } from "../../test/support/subgraph";
import { AnnualSummary } from "./annual-summaries/annual-summary.entity";
import { BaseApplication } from "./applications/application.entity";
import { Batch } from "./batches/batch.entity";
import { ApplicationStatus, BaseLevel, BaseStatus, BatchLevel, CarrierType, EvaluationConclusion, EvaluationGrade, EvaluatorLevel, ExemptCategory, OrganizationType } from "./enums";
import { BaseEvaluation } from "./evaluations/evaluation.entity";
import { Organization } from "./organizations/organization.entity";
import { DEFAULT_BASES_POLICY, type BasesPolicy } from "./policy";
import { basesSubgraph } from "./schema";
import { ServiceBase } from "./service-bases/service-base.entity";

export const JIANGSU = "320000";
export const ZHEJIANG = "330000";
export const DAY = 86_400_000;
/** A Monday in the middle of a submission window, in China. */
export const START = new Date("2026-03-16T10:00:00+08:00");

export interface BasesHarness {
  subgraph: TestSubgraph;
  dataSource: DataSource;
  clock: { now: Date };
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function startBases(options: { policy?: Partial<BasesPolicy>; now?: Date; demoData?: boolean } = {}): Promise<BasesHarness> {
  const clock = { now: options.now ?? START };
  const policy = options.policy ? { ...DEFAULT_BASES_POLICY, ...options.policy } : undefined;
  const subgraph = await startTestSubgraph(basesSubgraph, { clock: () => clock.now, policy, demoData: options.demoData });
  return { subgraph, dataSource: subgraph.dataSource, clock, query: subgraph.query, stop: () => subgraph.stop() };
}

let serial = 0;
const nextSerial = () => String(++serial).padStart(8, "0");
const id = () => crypto.randomUUID();

export async function seedOrganization(dataSource: DataSource, values: Partial<Organization> = {}): Promise<Organization> {
  const n = nextSerial();
  const row = { id: id(), name: `测试产业园区管理委员会${n}`, creditCode: `11320000MB${n}`, type: OrganizationType.INDUSTRIAL_PARK, regionCode: JIANGSU, ...values };
  return dataSource.getRepository(Organization).save(row);
}

/** A national batch whose submission window holds `now` (ten days open, thirty to go). */
export async function seedBatch(dataSource: DataSource, now: Date, values: Partial<Batch> = {}): Promise<Batch> {
  const n = Number(nextSerial());
  return dataSource.getRepository(Batch).save({
    id: id(),
    name: `测试批次${n}`,
    level: BatchLevel.NATIONAL,
    regionCode: null,
    year: 2026,
    sequence: n,
    provinceQuota: 3,
    exemptCategories: Object.values(ExemptCategory),
    submissionOpensAt: new Date(now.getTime() - 10 * DAY),
    submissionClosesAt: new Date(now.getTime() + 30 * DAY),
    reviewClosesAt: new Date(now.getTime() + 90 * DAY),
    publicityDays: 7,
    ...values,
  });
}

/** An eligible application in `values.status` (DRAFT by default); its batch and applicant are created unless given. */
export async function seedApplication(dataSource: DataSource, now: Date, values: Partial<BaseApplication> = {}): Promise<BaseApplication> {
  const batchId = values.batchId ?? (await seedBatch(dataSource, now)).id;
  const applicantOrganizationId = values.applicantOrganizationId ?? (await seedOrganization(dataSource, { regionCode: values.regionCode ?? JIANGSU })).id;
  const status = values.status ?? ApplicationStatus.DRAFT;
  return dataSource.getRepository(BaseApplication).save({
    id: id(),
    batchId,
    applicantOrganizationId,
    baseName: `国家级专利导航服务基地（测试${nextSerial()}）`,
    carrierType: CarrierType.INDUSTRIAL_PARK,
    carrierAtProvincialLevelOrAbove: true,
    regionCode: JIANGSU,
    industryCodes: ["01"],
    navigationStaffCount: 8,
    servicesDelivered: 12,
    fundingInPlace: true,
    premisesInPlace: true,
    dataResourcesInPlace: true,
    noSeriousViolation: true,
    exemptCategory: null,
    ministryRoute: null,
    submittedAt: status === ApplicationStatus.DRAFT ? null : new Date(now.getTime() - DAY),
    publicityStartsAt: null,
    publicityEndsAt: null,
    serviceBaseId: null,
    ...values,
    status,
  });
}

export async function seedBase(dataSource: DataSource, values: Partial<ServiceBase> = {}): Promise<ServiceBase> {
  const hostOrganizationId = values.hostOrganizationId ?? (await seedOrganization(dataSource, { regionCode: values.regionCode ?? JIANGSU })).id;
  return dataSource.getRepository(ServiceBase).save({
    id: id(),
    name: `测试专利导航服务基地${nextSerial()}`,
    level: BaseLevel.PROVINCIAL,
    carrierType: CarrierType.INDUSTRIAL_PARK,
    hostOrganizationId,
    regionCode: JIANGSU,
    industryCodes: ["01"],
    batchId: null,
    status: BaseStatus.ACTIVE,
    designatedOn: "2024-06-01",
    isContactPoint: false,
    introduction: "",
    ...values,
  });
}

export async function seedSummary(dataSource: DataSource, base: ServiceBase, values: Partial<AnnualSummary> = {}): Promise<AnnualSummary> {
  return dataSource.getRepository(AnnualSummary).save({
    id: id(), baseId: base.id, regionCode: base.regionCode, year: 2025, submittedAt: null,
    projectsStarted: 3, projectsAccepted: 2, resultsFiled: 4, resultsReleased: 3, enterprisesServed: 60, trainings: 4, trainees: 200, dockings: 9, narrative: "年度工作总结",
    ...values,
  });
}

export async function seedEvaluation(dataSource: DataSource, base: ServiceBase, values: Partial<BaseEvaluation> = {}): Promise<BaseEvaluation> {
  return dataSource.getRepository(BaseEvaluation).save({
    id: id(), baseId: base.id, regionCode: base.regionCode, year: 2025,
    evaluatorLevel: base.level === BaseLevel.NATIONAL ? EvaluatorLevel.NATIONAL : EvaluatorLevel.PROVINCE,
    grade: EvaluationGrade.GOOD, conclusion: EvaluationConclusion.CONTINUE, comments: "", evaluatedAt: new Date("2026-03-01T10:00:00+08:00"),
    ...values,
  });
}

/** A token; PUBLIC means no token at all. */
export function token(role: Role, scope: CallerScope = {}): Promise<string | undefined> {
  return role === Role.PUBLIC ? Promise.resolve(undefined) : tokenFor(role, scope);
}

export async function historyOf(dataSource: DataSource, entityId: string): Promise<StateChange[]> {
  return dataSource.getRepository(StateChange).find({ where: { entityId }, order: { at: "ASC", id: "ASC" } });
}

/** The error code of the first error, or "OK" when the operation succeeded. */
export function outcome(response: GraphQLResponse): string {
  return response.errors?.[0]?.extensions?.code ?? "OK";
}
