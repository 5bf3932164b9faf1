import type { DataSource, EntityManager } from "typeorm";
import { requireRole, requireScope } from "../../../platform/access";
import { Role, requireSignedIn, type Caller } from "../../../platform/auth";
import { recordChange } from "../../../platform/change-feed";
import { applyPatch, patchOf, findPage } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { authorizeAction, nextState } from "../../../platform/workflow";
import { BaseLevel, BaseStatus, EvaluatorLevel } from "../enums";
import type { BasesRules } from "../policy";
import { ServiceBase } from "../service-bases/service-base.entity";
import { SERVICE_BASE } from "../service-bases/service-base.service";
import { actionOfConclusion, BaseStatusWorkflow, mayEvaluate } from "../service-bases/service-base.workflow";
import { BaseEvaluation } from "./evaluation.entity";
import type { BaseEvaluationFilter, CreateBaseEvaluationInput, UpdateBaseEvaluationInput } from "./evaluation.inputs";
import { applyVisibility, canSee } from "./evaluation.visibility";

const EVALUATORS = [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE];

export class BaseEvaluationService {
  constructor(private readonly dataSource: DataSource, private readonly rules: BasesRules) {}

  list(caller: Caller, filter: BaseEvaluationFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(BaseEvaluation).createQueryBuilder("e").orderBy("e.evaluatedAt", "DESC").addOrderBy("e.id", "ASC");
    applyVisibility(query, "e", caller);
    if (filter.baseId) query.andWhere("e.baseId = :baseId", { baseId: filter.baseId });
    if (filter.year) query.andWhere("e.year = :year", { year: filter.year });
    if (filter.conclusion) query.andWhere("e.conclusion = :conclusion", { conclusion: filter.conclusion });
    return findPage(query, page);
  }

  /**
   * Records an evaluation and, in the same transaction, moves the base as its conclusion says, with
   * an entry in the base's history. The base row is locked so two evaluations are applied in turn.
   */
  async create(caller: Caller, input: CreateBaseEvaluationInput): Promise<BaseEvaluation> {
    requireRole(caller, EVALUATORS, "evaluate a base");
    return this.dataSource.transaction(async (manager) => {
      await lockRows(manager, ServiceBase, [input.baseId]);
      const base = await manager.findOneBy(ServiceBase, { id: input.baseId });
      if (!base) throw badInput("input.baseId", `no service base ${input.baseId}`);
      requireScope(mayEvaluate(caller, base), `evaluate base ${base.id}`);
      const action = actionOfConclusion(input.conclusion, base.status);
      authorizeAction(BaseStatusWorkflow, action, caller, "service base");
      const from = base.status;
      const to = nextState(BaseStatusWorkflow, action, from, "service base", base.id);
      const repository = manager.getRepository(BaseEvaluation);
      const evaluation = await repository.save(
        repository.create({
          id: crypto.randomUUID(),
          ...patchOf(input),
          baseId: base.id,
          regionCode: base.regionCode,
          evaluatorLevel: base.level === BaseLevel.NATIONAL ? EvaluatorLevel.NATIONAL : EvaluatorLevel.PROVINCE,
          comments: input.comments ?? "",
          evaluatedAt: this.rules.now(),
        }),
      );
      base.status = to;
      // A revoked base no longer serves as its province's contact point.
      if (to === BaseStatus.REVOKED) base.isContactPoint = false;
      await manager.save(base);
      const note = `${evaluation.year}年度评估 ${evaluation.grade} ${evaluation.conclusion}${evaluation.comments ? `: ${evaluation.comments}` : ""}`;
      await recordStateChange(manager, { entityType: SERVICE_BASE, entityId: base.id, action, from, to, caller, note: note.slice(0, 2000) });
      await recordChange(manager, SERVICE_BASE, base.id);
      return evaluation;
    });
  }

  /** The evaluator corrects the comments; the conclusion and its effect stay. */
  async update(caller: Caller, id: string, input: UpdateBaseEvaluationInput): Promise<BaseEvaluation> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const evaluation = await this.loadForChange(manager, caller, id);
      requireRole(caller, EVALUATORS, "correct an evaluation");
      const base = await manager.findOneByOrFail(ServiceBase, { id: evaluation.baseId });
      requireScope(mayEvaluate(caller, base), `correct evaluation ${id}`);
      return manager.save(applyPatch(evaluation, patchOf(input)));
    });
  }

  private async loadForChange(manager: EntityManager, caller: Caller, id: string): Promise<BaseEvaluation> {
    const evaluation = await manager.findOneBy(BaseEvaluation, { id });
    if (!evaluation || !canSee(caller, evaluation)) throw notFound("BaseEvaluation", id);
    return evaluation;
  }
}
