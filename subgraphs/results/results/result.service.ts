import type { DataSource, EntityManager } from "typeorm";
import type { Caller } from "../../../platform/auth";
import { recordChange } from "../../../platform/change-feed";
import { isAuthorityFor, requireRole, requireScope } from "../../../platform/access";
import { applyPatch, containsPattern, findPage, jsonListElementPattern } from "../../../platform/crud";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import type { NavigationType } from "../../../reference/graphql";
import type { Acting } from "../commands";
import { Confidentiality, ResultStatus } from "../enums";
import type { ResultsPeers } from "../external/peers";
import { ResultChapter } from "./result-chapter.entity";
import { Result } from "./result.entity";
import type { ChapterInput, CreateResultInput, ResultFilter, UpdateResultInput } from "./result.inputs";
import { isResultAuthor, RESULT_ENTITY } from "./result.transitions";
import { applyResultVisibility, canSeeResult } from "./result.visibility";
import { EDITABLE_RESULT_STATES, RESULT_AUTHOR_ROLES } from "./result.workflow";

/** The producing base's operator, a SERVICE_ORG of the project, or the authorities of the result's province. */
const mayWriteResult = (caller: Caller, result: Pick<Result, "baseId" | "regionCode" | "serviceOrganizationIds">): boolean =>
  isResultAuthor(caller, result) || isAuthorityFor(caller, result.regionCode);

export class ResultService {
  constructor(private readonly dataSource: DataSource, private readonly peers: ResultsPeers) {}

  /** The results the caller may see that match the filter; the total counts only those. */
  list(caller: Caller, filter: ResultFilter, page: PageArgs) {
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
    applyResultVisibility(query, "r", caller);
    return findPage(query, page);
  }

  /**
   * Starts a draft for a project the caller can see: the base, province, navigation type, sponsor and
   * service organisations are the project's, asked from the projects subgraph with the caller's token.
   */
  async create(acting: Acting, input: CreateResultInput): Promise<Result> {
    const { caller } = acting;
    requireRole(caller, RESULT_AUTHOR_ROLES, "create a result");
    const project = await this.peers.projects.facts(input.projectId, acting.authorization);
    if (!project) throw badInput("input.projectId", `no project ${input.projectId}`);
    const owner = { baseId: project.baseId, regionCode: project.regionCode, serviceOrganizationIds: project.serviceOrganizationIds };
    requireScope(mayWriteResult(caller, owner), `create a result for project ${project.id}`);

    const { chapters = [], ...fields } = input;
    const result = {
      id: crypto.randomUUID(),
      ...fields,
      ...owner,
      navigationType: project.navigationType as NavigationType,
      sponsorOrganizationId: project.sponsorOrganizationId,
      keywords: fields.keywords ?? [],
      ipcClasses: fields.ipcClasses ?? [],
      regionCodes: fields.regionCodes ?? [],
      audienceIndustryCodes: fields.audienceIndustryCodes ?? [],
      audienceOrganizationIds: fields.audienceOrganizationIds ?? [],
      status: ResultStatus.DRAFT,
      releasedAt: null,
      sponsorConsentAt: null,
    };
    checkAudience(result);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Result);
      const saved = await repository.save(repository.create(result));
      await replaceChapters(manager, saved.id, chapters);
      await recordStateChange(manager, { entityType: RESULT_ENTITY, entityId: saved.id, action: "create", from: null, to: saved.status, caller });
      await recordChange(manager, RESULT_ENTITY, saved.id);
      return saved;
    });
  }

  /** Edits a draft or returned result; its chapters, when given, replace all chapters. */
  async update(acting: Acting, id: string, input: UpdateResultInput): Promise<Result> {
    const { caller } = acting;
    requireRole(caller, RESULT_AUTHOR_ROLES, "edit a result");
    const { chapters, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Result);
      const result = await repository.findOneBy({ id });
      if (!result || !canSeeResult(caller, result)) throw notFound(RESULT_ENTITY, id);
      requireScope(mayWriteResult(caller, result), `edit result ${id}`);
      if (!EDITABLE_RESULT_STATES.includes(result.status)) {
        throw conflict(`result ${id} is ${result.status}: only ${EDITABLE_RESULT_STATES.join(" or ")} results are edited`, result.status);
      }
      applyPatch(result, fields);
      checkAudience(result);
      const saved = await repository.save(result);
      if (chapters) await replaceChapters(manager, id, chapters);
      await recordChange(manager, RESULT_ENTITY, id);
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
