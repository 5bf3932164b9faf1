import type { DataSource, EntityManager } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, containsPattern, findPage, getOrThrow, jsonListElementPattern } from "../../../platform/crud";
import { badInput } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { Confidentiality, ResultStatus } from "../enums";
import { ResultChapter } from "./result-chapter.entity";
import { Result } from "./result.entity";
import type { ChapterInput, CreateResultInput, ResultFilter, UpdateResultInput } from "./result.inputs";

export class ResultService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: ResultFilter, page: PageArgs) {
    const query = this.dataSource
      .getRepository(Result)
      .createQueryBuilder("r")
      .orderBy("r.year", "DESC")
      .addOrderBy("r.createdAt", "DESC")
      .addOrderBy("r.id", "ASC");
    for (const key of ["projectId", "baseId", "regionCode", "type", "status", "confidentiality", "navigationType", "year"] as const) {
      const value = filter[key];
      if (value !== undefined && value !== null) query.andWhere(`r.${key} = :${key}`, { [key]: value });
    }
    if (filter.yearFrom != null) query.andWhere("r.year >= :yearFrom", { yearFrom: filter.yearFrom });
    if (filter.yearTo != null) query.andWhere("r.year <= :yearTo", { yearTo: filter.yearTo });
    if (filter.industryCode) {
      query.andWhere("r.industryCodes LIKE :industry ESCAPE '\\'", { industry: jsonListElementPattern(filter.industryCode) });
    }
    if (filter.titleContains) query.andWhere("r.title LIKE :title ESCAPE '\\'", { title: containsPattern(filter.titleContains) });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateResultInput): Promise<Result> {
    requireSignedIn(caller);
    const { chapters = [], ...fields } = input;
    const result = {
      id: crypto.randomUUID(),
      ...fields,
      keywords: fields.keywords ?? [],
      ipcClasses: fields.ipcClasses ?? [],
      regionCodes: fields.regionCodes ?? [],
      audienceIndustryCodes: fields.audienceIndustryCodes ?? [],
      audienceOrganizationIds: fields.audienceOrganizationIds ?? [],
      status: ResultStatus.DRAFT,
      releasedAt: null,
    };
    checkAudience(result);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.getRepository(Result).save(manager.getRepository(Result).create(result));
      await replaceChapters(manager, saved.id, chapters);
      return saved;
    });
  }

  async update(caller: Caller, id: string, input: UpdateResultInput): Promise<Result> {
    requireSignedIn(caller);
    const { chapters, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Result);
      const result = applyPatch(await getOrThrow(repository, id, "Result"), fields);
      checkAudience(result);
      const saved = await repository.save(result);
      if (chapters) await replaceChapters(manager, id, chapters);
      return saved;
    });
  }
}

/** A targeted release names its audience; without one nobody but the authorities could ever read it. */
function checkAudience(result: Pick<Result, "confidentiality" | "audienceIndustryCodes" | "audienceOrganizationIds">): void {
  if (result.confidentiality === Confidentiality.TARGETED && result.audienceIndustryCodes.length + result.audienceOrganizationIds.length === 0) {
    throw badInput("input.audienceIndustryCodes", "a TARGETED result names at least one audience industry or organisation");
  }
}

async function replaceChapters(manager: EntityManager, resultId: string, chapters: ChapterInput[]): Promise<void> {
  await manager.delete(ResultChapter, { resultId });
  if (chapters.length === 0) return;
  await manager.insert(
    ResultChapter,
    chapters.map((chapter, index) => ({ id: crypto.randomUUID(), resultId, position: index + 1, title: chapter.title, text: chapter.text })),
  );
}
