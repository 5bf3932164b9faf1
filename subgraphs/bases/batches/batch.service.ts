import { IsNull, type DataSource } from "typeorm";
import { isNationalAdmin, isProvincialOfficeOf, requireRole, requireScope } from "../../../platform/access";
import { Role, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, getOrThrow, isUniqueViolation } from "../../../platform/crud";
import { badInput, conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { BatchLevel, ExemptCategory } from "../enums";
import type { BasesRules } from "../policy";
import { Batch } from "./batch.entity";
import type { BatchFilter, CreateBatchInput, UpdateBatchInput } from "./batch.inputs";

const MANAGERS = [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE];

/** CNIPA manages national batches; a provincial batch is also managed by its province's office. */
const mayManage = (caller: Caller, batch: Pick<Batch, "level" | "regionCode">): boolean =>
  isNationalAdmin(caller) || (batch.level === BatchLevel.PROVINCIAL && isProvincialOfficeOf(caller, batch.regionCode));

export class BatchService {
  constructor(private readonly dataSource: DataSource, private readonly rules: BasesRules) {}

  list(filter: BatchFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Batch).createQueryBuilder("t").orderBy("t.year", "DESC").addOrderBy("t.sequence", "DESC").addOrderBy("t.id", "ASC");
    if (filter.level) query.andWhere("t.level = :level", { level: filter.level });
    if (filter.year) query.andWhere("t.year = :year", { year: filter.year });
    if (filter.regionCode) query.andWhere("t.regionCode = :regionCode", { regionCode: filter.regionCode });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateBatchInput): Promise<Batch> {
    requireRole(caller, MANAGERS, "open a batch");
    if (input.level === BatchLevel.PROVINCIAL && !input.regionCode) throw badInput("input.regionCode", "a provincial batch needs the code of its province");
    if (input.level === BatchLevel.NATIONAL && input.regionCode) throw badInput("input.regionCode", "a national batch has no province");
    const regionCode = input.regionCode ?? null;
    requireScope(mayManage(caller, { level: input.level, regionCode }), `open a ${input.level} batch`);
    checkWindows(input.submissionOpensAt, input.submissionClosesAt, input.reviewClosesAt);
    const { policy } = this.rules;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(Batch);
        if (await repository.existsBy({ level: input.level, regionCode: regionCode ?? IsNull(), year: input.year, sequence: input.sequence })) {
          throw conflict(`batch ${input.year}-${input.sequence} of level ${input.level}${regionCode ? ` in ${regionCode}` : ""} already exists`);
        }
        return repository.save(
          repository.create({
            id: crypto.randomUUID(),
            ...input,
            regionCode,
            provinceQuota: input.provinceQuota ?? policy.provinceQuota,
            publicityDays: input.publicityDays ?? policy.publicityDays,
            exemptCategories: input.exemptCategories ?? (input.level === BatchLevel.NATIONAL ? Object.values(ExemptCategory) : []),
          }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`batch ${input.year}-${input.sequence} of level ${input.level} already exists`);
      throw error;
    }
  }

  async update(caller: Caller, id: string, input: UpdateBatchInput): Promise<Batch> {
    requireRole(caller, MANAGERS, "change a batch");
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Batch);
      const batch = await getOrThrow(repository, id, "Batch");
      requireScope(mayManage(caller, batch), `change batch ${id}`);
      applyPatch(batch, patchOf(input));
      checkWindows(batch.submissionOpensAt, batch.submissionClosesAt, batch.reviewClosesAt);
      return repository.save(batch);
    });
  }
}

function checkWindows(opens: Date, closes: Date, reviewCloses: Date): void {
  if (new Date(closes) <= new Date(opens)) throw badInput("input.submissionClosesAt", "submissions must close after they open");
  if (new Date(reviewCloses) < new Date(closes)) throw badInput("input.reviewClosesAt", "the review must close after submissions close");
}
