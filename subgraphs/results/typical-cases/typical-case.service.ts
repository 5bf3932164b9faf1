import type { DataSource } from "typeorm";
import type { Caller } from "../../../platform/auth";
import { isAuthorityFor, operatesBase, requireRole, requireScope } from "../../../platform/access";
import { recordChange } from "../../../platform/change-feed";
import { applyPatch, findPage, jsonListElementPattern } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { actionsFrom, authorizeAction, nextState } from "../../../platform/workflow";
import { requireNote, type Acting } from "../commands";
import { CaseStatus } from "../enums";
import { Result } from "../results/result.entity";
import { canSeeResult } from "../results/result.visibility";
import { TypicalCase } from "./typical-case.entity";
import type { CreateTypicalCaseInput, TypicalCaseFilter, UpdateTypicalCaseInput } from "./typical-case.inputs";
import { applyTypicalCaseVisibility, canSeeTypicalCase } from "./typical-case.visibility";
import { CASE_ACTIONS_NEEDING_NOTE, CASE_NOMINATOR_ROLES, CASE_RESULT_STATES, EDITABLE_CASE_STATES, TypicalCaseWorkflow, type TypicalCaseAction } from "./typical-case.workflow";

export const CASE_ENTITY = "TypicalCase";

/** The base's operator or the authorities of its province: who nominates and edits a case. */
const mayNominate = (caller: Caller, owner: { baseId: string; regionCode: string }): boolean =>
  operatesBase(caller, owner.baseId) || isAuthorityFor(caller, owner.regionCode);

/** What the caller may do next with the case; only CNIPA acts on cases, everywhere. */
export const availableCaseActions = (caller: Caller, typicalCase: TypicalCase): TypicalCaseAction[] =>
  actionsFrom(TypicalCaseWorkflow, typicalCase.status, caller.role);

export class TypicalCaseService {
  constructor(private readonly dataSource: DataSource, private readonly now: () => Date) {}

  list(caller: Caller, filter: TypicalCaseFilter, page: PageArgs) {
    const query = this.dataSource
      .getRepository(TypicalCase)
      .createQueryBuilder("c")
      .orderBy("c.year", "DESC")
      .addOrderBy("c.createdAt", "DESC")
      .addOrderBy("c.id", "ASC");
    for (const key of ["baseId", "regionCode", "status", "navigationType", "year"] as const) {
      const value = filter[key];
      if (value !== undefined && value !== null) query.andWhere(`c.${key} = :${key}`, { [key]: value });
    }
    if (filter.industryCode) {
      query.andWhere("c.industryCodes LIKE :industry ESCAPE '\\'", { industry: jsonListElementPattern(filter.industryCode) });
    }
    applyTypicalCaseVisibility(query, "c", caller);
    return findPage(query, page);
  }

  /** Nominates a case for an in-library or released result the caller can see, with quantified outcomes. */
  async create(acting: Acting, input: CreateTypicalCaseInput): Promise<TypicalCase> {
    const { caller } = acting;
    requireRole(caller, CASE_NOMINATOR_ROLES, "nominate a typical case");
    if (input.outcomeFigures.length === 0) throw badInput("input.outcomeFigures", "a typical case needs at least one measured outcome");
    return this.dataSource.transaction(async (manager) => {
      const result = await manager.findOneBy(Result, { id: input.resultId });
      if (!result || !canSeeResult(caller, result)) throw badInput("input.resultId", `no result ${input.resultId}`);
      // The case inherits its base, project and province from its result, so they can never disagree.
      requireScope(mayNominate(caller, result), `nominate a typical case for result ${result.id}`);
      if (!(CASE_RESULT_STATES as readonly string[]).includes(result.status)) {
        throw conflict(`a typical case is written up from an in-library or released result: result ${result.id} is ${result.status}`, result.status);
      }
      const repository = manager.getRepository(TypicalCase);
      const saved = await repository.save(
        repository.create({
          id: crypto.randomUUID(),
          ...input,
          outcomeFigures: input.outcomeFigures.map(({ label, value, unit }) => ({ label, value, unit })),
          lessons: input.lessons ?? "",
          baseId: result.baseId,
          projectId: result.projectId,
          regionCode: result.regionCode,
          status: CaseStatus.NOMINATED,
          publishedAt: null,
        }),
      );
      await recordStateChange(manager, { entityType: CASE_ENTITY, entityId: saved.id, action: "create", from: null, to: saved.status, caller });
      await recordChange(manager, CASE_ENTITY, saved.id);
      return saved;
    });
  }

  /** Edits the narrative while the case is under selection. */
  async update(acting: Acting, id: string, input: UpdateTypicalCaseInput): Promise<TypicalCase> {
    const { caller } = acting;
    requireRole(caller, CASE_NOMINATOR_ROLES, "edit a typical case");
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(TypicalCase);
      const typicalCase = await repository.findOneBy({ id });
      if (!typicalCase || !canSeeTypicalCase(caller, typicalCase)) throw notFound(CASE_ENTITY, id);
      requireScope(mayNominate(caller, typicalCase), `edit typical case ${id}`);
      if (!EDITABLE_CASE_STATES.includes(typicalCase.status)) {
        throw conflict(`typical case ${id} is ${typicalCase.status}: only cases under selection are edited`, typicalCase.status);
      }
      const { outcomeFigures, ...fields } = input;
      applyPatch(typicalCase, fields);
      if (outcomeFigures) typicalCase.outcomeFigures = outcomeFigures.map(({ label, value, unit }) => ({ label, value, unit }));
      const saved = await repository.save(typicalCase);
      await recordChange(manager, CASE_ENTITY, id);
      return saved;
    });
  }

  async transition(acting: Acting, id: string, action: TypicalCaseAction, note?: string | null): Promise<TypicalCase> {
    const { caller } = acting;
    authorizeAction(TypicalCaseWorkflow, action, caller, "typical case");
    return this.dataSource.transaction(async (manager) => {
      await lockRows(manager, TypicalCase, [id]);
      const typicalCase = await manager.findOneBy(TypicalCase, { id });
      if (!typicalCase || !canSeeTypicalCase(caller, typicalCase)) throw notFound(CASE_ENTITY, id);
      // Only the national admin takes these actions, and its scope is the whole country: no scope check.
      const from = typicalCase.status;
      const to = nextState(TypicalCaseWorkflow, action, from, "typical case", id);
      const reason = CASE_ACTIONS_NEEDING_NOTE.includes(action) ? requireNote(note, `${action} a typical case`) : note?.trim() || null;
      const changes: Partial<TypicalCase> = { status: to };
      if (action === "publish") changes.publishedAt = this.now();
      await manager.update(TypicalCase, { id }, changes);
      await recordStateChange(manager, { entityType: CASE_ENTITY, entityId: id, action, from, to, caller, note: reason });
      await recordChange(manager, CASE_ENTITY, id);
      return manager.findOneByOrFail(TypicalCase, { id });
    });
  }
}
