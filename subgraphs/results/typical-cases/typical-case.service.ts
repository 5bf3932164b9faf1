import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, findPage, getOrThrow, jsonListElementPattern } from "../../../platform/crud";
import { badInput } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { CaseStatus } from "../enums";
import { Result } from "../results/result.entity";
import { TypicalCase } from "./typical-case.entity";
import type { CreateTypicalCaseInput, TypicalCaseFilter, UpdateTypicalCaseInput } from "./typical-case.inputs";

export class TypicalCaseService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: TypicalCaseFilter, page: PageArgs) {
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
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateTypicalCaseInput): Promise<TypicalCase> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      // The case inherits its base and project from its result, so the three can never disagree.
      const result = await manager.findOne(Result, { where: { id: input.resultId }, select: { id: true, baseId: true, projectId: true } });
      if (!result) throw badInput("input.resultId", `no result ${input.resultId}`);
      const repository = manager.getRepository(TypicalCase);
      return repository.save(
        repository.create({
          id: crypto.randomUUID(),
          ...input,
          outcomeFigures: input.outcomeFigures.map(({ label, value, unit }) => ({ label, value, unit })),
          lessons: input.lessons ?? "",
          baseId: result.baseId,
          projectId: result.projectId,
          status: CaseStatus.NOMINATED,
          publishedAt: null,
        }),
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateTypicalCaseInput): Promise<TypicalCase> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(TypicalCase);
      const typicalCase = await getOrThrow(repository, id, "TypicalCase");
      const { outcomeFigures, ...fields } = input;
      applyPatch(typicalCase, fields);
      if (outcomeFigures) typicalCase.outcomeFigures = outcomeFigures.map(({ label, value, unit }) => ({ label, value, unit }));
      return repository.save(typicalCase);
    });
  }
}
