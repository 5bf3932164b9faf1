import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, getOrThrow } from "../../../platform/crud";
import { badInput, conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { ServiceBase } from "../service-bases/service-base.entity";
import { AnnualSummary } from "./annual-summary.entity";
import type { AnnualFiguresInput, AnnualSummaryFilter, CreateAnnualSummaryInput } from "./annual-summary.inputs";

export class AnnualSummaryService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: AnnualSummaryFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(AnnualSummary).createQueryBuilder("s").orderBy("s.year", "DESC").addOrderBy("s.id", "ASC");
    if (filter.baseId) query.andWhere("s.baseId = :baseId", { baseId: filter.baseId });
    if (filter.year) query.andWhere("s.year = :year", { year: filter.year });
    if (filter.submitted === true) query.andWhere("s.submittedAt IS NOT NULL");
    if (filter.submitted === false) query.andWhere("s.submittedAt IS NULL");
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateAnnualSummaryInput): Promise<AnnualSummary> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ServiceBase, { id: input.baseId }))) throw badInput("input.baseId", `no service base ${input.baseId}`);
      const repository = manager.getRepository(AnnualSummary);
      if (await repository.existsBy({ baseId: input.baseId, year: input.year })) {
        throw conflict(`base ${input.baseId} already has a summary for ${input.year}`);
      }
      return repository.save(repository.create({ id: crypto.randomUUID(), ...input, submittedAt: null }));
    });
  }

  async update(caller: Caller, id: string, input: AnnualFiguresInput): Promise<AnnualSummary> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AnnualSummary);
      const summary = await getOrThrow(repository, id, "AnnualSummary");
      if (summary.submittedAt) throw conflict(`summary ${id} was submitted and can no longer change`, "SUBMITTED");
      return repository.save(applyPatch(summary, patchOf(input)));
    });
  }
}
