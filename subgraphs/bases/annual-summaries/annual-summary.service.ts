import type { DataSource, EntityManager } from "typeorm";
import { operatesBase, requireRole, requireScope } from "../../../platform/access";
import { Role, requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, isUniqueViolation } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { authorizeAction, nextState } from "../../../platform/workflow";
import { endOfChinaDay } from "../calendar";
import { AnnualSummaryStatus } from "../enums";
import { annualSummaryDueOn, type BasesPolicy, type BasesRules } from "../policy";
import { ServiceBase } from "../service-bases/service-base.entity";
import { AnnualSummary } from "./annual-summary.entity";
import type { AnnualFiguresInput, AnnualSummaryFilter, CreateAnnualSummaryInput } from "./annual-summary.inputs";
import { applyVisibility, canSee } from "./annual-summary.visibility";
import { AnnualSummaryWorkflow } from "./annual-summary.workflow";

export const ANNUAL_SUMMARY = "AnnualSummary";

export const statusOf = (summary: AnnualSummary): AnnualSummaryStatus => (summary.submittedAt ? AnnualSummaryStatus.SUBMITTED : AnnualSummaryStatus.DRAFT);

/** The day the summary is due under the policy in force. */
export const dueOn = (summary: AnnualSummary, policy: BasesPolicy): string => annualSummaryDueOn(summary.year, policy.annualSummaryDue);

/** Submitted after its due day, or still unsubmitted once that day has passed (days in China). */
export function isLate(summary: AnnualSummary, policy: BasesPolicy, now: Date): boolean {
  const deadline = endOfChinaDay(dueOn(summary, policy));
  return (summary.submittedAt ? new Date(summary.submittedAt) : now) >= deadline;
}

export class AnnualSummaryService {
  constructor(private readonly dataSource: DataSource, private readonly rules: BasesRules) {}

  list(caller: Caller, filter: AnnualSummaryFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(AnnualSummary).createQueryBuilder("s").orderBy("s.year", "DESC").addOrderBy("s.id", "ASC");
    applyVisibility(query, "s", caller);
    if (filter.baseId) query.andWhere("s.baseId = :baseId", { baseId: filter.baseId });
    if (filter.year) query.andWhere("s.year = :year", { year: filter.year });
    if (filter.submitted === true) query.andWhere("s.submittedAt IS NOT NULL");
    if (filter.submitted === false) query.andWhere("s.submittedAt IS NULL");
    return findPage(query, page);
  }

  /** The base's own operator drafts its summary of a year; one per base and year. */
  async create(caller: Caller, input: CreateAnnualSummaryInput): Promise<AnnualSummary> {
    requireRole(caller, [Role.BASE_OPERATOR], "write an annual summary");
    requireScope(operatesBase(caller, input.baseId), `write the summary of base ${input.baseId}`);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const base = await manager.findOneBy(ServiceBase, { id: input.baseId });
        if (!base) throw badInput("input.baseId", `no service base ${input.baseId}`);
        const repository = manager.getRepository(AnnualSummary);
        if (await repository.existsBy({ baseId: input.baseId, year: input.year })) {
          throw conflict(`base ${input.baseId} already has a summary for ${input.year}`);
        }
        const summary = await repository.save(repository.create({ id: crypto.randomUUID(), ...patchOf(input), regionCode: base.regionCode, submittedAt: null }));
        await recordStateChange(manager, { entityType: ANNUAL_SUMMARY, entityId: summary.id, action: "create", from: null, to: AnnualSummaryStatus.DRAFT, caller });
        return summary;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`base ${input.baseId} already has a summary for ${input.year}`);
      throw error;
    }
  }

  async update(caller: Caller, id: string, input: AnnualFiguresInput): Promise<AnnualSummary> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const summary = await this.loadForChange(manager, caller, id);
      requireRole(caller, [Role.BASE_OPERATOR], "edit an annual summary");
      requireScope(operatesBase(caller, summary.baseId), `edit summary ${id}`);
      if (summary.submittedAt) throw conflict(`summary ${id} was submitted and can no longer change`, AnnualSummaryStatus.SUBMITTED);
      return manager.save(applyPatch(summary, patchOf(input)));
    });
  }

  /** DRAFT → SUBMITTED by the base's operator; the submission instant decides whether it was late. */
  async submit(caller: Caller, id: string, note?: string | null): Promise<AnnualSummary> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const summary = await this.loadForChange(manager, caller, id);
      authorizeAction(AnnualSummaryWorkflow, "submit", caller, "annual summary");
      requireScope(operatesBase(caller, summary.baseId), `submit summary ${id}`);
      const from = statusOf(summary);
      const to = nextState(AnnualSummaryWorkflow, "submit", from, "annual summary", id);
      summary.submittedAt = this.rules.now();
      const saved = await manager.save(summary);
      await recordStateChange(manager, { entityType: ANNUAL_SUMMARY, entityId: id, action: "submit", from, to, caller, note: note?.trim() || null });
      return saved;
    });
  }

  private async loadForChange(manager: EntityManager, caller: Caller, id: string): Promise<AnnualSummary> {
    await lockRows(manager, AnnualSummary, [id]);
    const summary = await manager.findOneBy(AnnualSummary, { id });
    if (!summary || !canSee(caller, summary)) throw notFound(ANNUAL_SUMMARY, id);
    return summary;
  }
}
