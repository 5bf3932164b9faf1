import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, getOrThrow } from "../../../platform/crud";
import { badInput, conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { ExemptCategory } from "../enums";
import { DEFAULT_POLICY } from "../policy";
import { Batch } from "./batch.entity";
import type { BatchFilter, CreateBatchInput, UpdateBatchInput } from "./batch.inputs";

export class BatchService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: BatchFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(Batch).createQueryBuilder("t").orderBy("t.year", "DESC").addOrderBy("t.sequence", "DESC");
    if (filter.level) query.andWhere("t.level = :level", { level: filter.level });
    if (filter.year) query.andWhere("t.year = :year", { year: filter.year });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateBatchInput): Promise<Batch> {
    requireSignedIn(caller);
    checkWindows(input.submissionOpensAt, input.submissionClosesAt, input.reviewClosesAt);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Batch);
      if (await repository.existsBy({ level: input.level, year: input.year, sequence: input.sequence })) {
        throw conflict(`batch ${input.year}-${input.sequence} of level ${input.level} already exists`);
      }
      return repository.save(
        repository.create({
          id: crypto.randomUUID(),
          ...input,
          provinceQuota: input.provinceQuota ?? DEFAULT_POLICY.provinceQuota,
          publicityDays: input.publicityDays ?? DEFAULT_POLICY.publicityDays,
          exemptCategories: input.exemptCategories ?? Object.values(ExemptCategory),
        }),
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateBatchInput): Promise<Batch> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Batch);
      const batch = applyPatch(await getOrThrow(repository, id, "Batch"), patchOf(input));
      checkWindows(batch.submissionOpensAt, batch.submissionClosesAt, batch.reviewClosesAt);
      return repository.save(batch);
    });
  }
}

function checkWindows(opens: Date, closes: Date, reviewCloses: Date): void {
  if (new Date(closes) <= new Date(opens)) throw badInput("input.submissionClosesAt", "submissions must close after they open");
  if (new Date(reviewCloses) < new Date(closes)) throw badInput("input.reviewClosesAt", "the review must close after submissions close");
}
