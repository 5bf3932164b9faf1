import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, getOrThrow } from "../../../platform/crud";
import { badInput } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { BaseLevel, EvaluatorLevel } from "../enums";
import { ServiceBase } from "../service-bases/service-base.entity";
import { BaseEvaluation } from "./evaluation.entity";
import type { BaseEvaluationFilter, CreateBaseEvaluationInput, UpdateBaseEvaluationInput } from "./evaluation.inputs";

export class BaseEvaluationService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: BaseEvaluationFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(BaseEvaluation).createQueryBuilder("e").orderBy("e.evaluatedAt", "DESC").addOrderBy("e.id", "ASC");
    if (filter.baseId) query.andWhere("e.baseId = :baseId", { baseId: filter.baseId });
    if (filter.year) query.andWhere("e.year = :year", { year: filter.year });
    if (filter.conclusion) query.andWhere("e.conclusion = :conclusion", { conclusion: filter.conclusion });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateBaseEvaluationInput): Promise<BaseEvaluation> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const base = await manager.findOneBy(ServiceBase, { id: input.baseId });
      if (!base) throw badInput("input.baseId", `no service base ${input.baseId}`);
      const expected = base.level === BaseLevel.NATIONAL ? EvaluatorLevel.NATIONAL : EvaluatorLevel.PROVINCE;
      if (input.evaluatorLevel !== expected) {
        throw badInput("input.evaluatorLevel", `a ${base.level} base is evaluated by ${expected}`);
      }
      const repository = manager.getRepository(BaseEvaluation);
      return repository.save(repository.create({ id: crypto.randomUUID(), ...input, comments: input.comments ?? "", evaluatedAt: new Date() }));
    });
  }

  async update(caller: Caller, id: string, input: UpdateBaseEvaluationInput): Promise<BaseEvaluation> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(BaseEvaluation);
      return repository.save(applyPatch(await getOrThrow(repository, id, "BaseEvaluation"), patchOf(input)));
    });
  }
}
