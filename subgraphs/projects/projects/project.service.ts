import type { DataSource, EntityManager } from "typeorm";
import { requireSignedIn, Role, type Caller } from "../../../platform/auth";
import { isAuthorityFor, operatesBase, requireRole, requireScope } from "../../../platform/access";
import { applyPatch, containsPattern, findPage, isUniqueViolation, jsonListElementPattern, patchOf } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { ProjectStatus } from "../enums";
import { PROJECT_HISTORY } from "../history";
import { NavigationProject } from "./project.entity";
import {
  PROJECT_CODE,
  type CreateNavigationProjectInput,
  type NavigationProjectFilter,
  type UpdateNavigationProjectInput,
} from "./project.inputs";
import { applyProjectVisibility, canSeeProject } from "./project.visibility";

const WRITERS = [Role.BASE_OPERATOR, Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] as const;

/** States in which the base operator may still change a project's description; authorities may at any time. */
export const OPERATOR_EDITABLE: readonly ProjectStatus[] = [
  ProjectStatus.PLANNING,
  ProjectStatus.APPLIED,
  ProjectStatus.APPROVED,
  ProjectStatus.PROCURING,
  ProjectStatus.IN_EXECUTION,
];

/** A generated code can lose a race with a concurrent create; it is drawn again this many times. */
const CODE_ATTEMPTS = 3;
const MAX_SEQUENCE = 9999;

export class NavigationProjectService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(NavigationProject);
  }

  /** The caller's visible projects matching the filter; the total counts visible projects only. */
  list(caller: Caller, filter: NavigationProjectFilter, page: PageArgs) {
    const query = this.repository
      .createQueryBuilder("p")
      .orderBy("p.year", "DESC")
      .addOrderBy("p.createdAt", "DESC")
      .addOrderBy("p.id", "ASC");
    if (filter.baseId) query.andWhere("p.baseId = :baseId", { baseId: filter.baseId });
    if (filter.regionCode) query.andWhere("p.regionCode = :regionCode", { regionCode: filter.regionCode });
    if (filter.navigationType) query.andWhere("p.navigationType = :navigationType", { navigationType: filter.navigationType });
    if (filter.status) query.andWhere("p.status = :status", { status: filter.status });
    if (filter.industryCode) {
      query.andWhere("p.industryCodes LIKE :industry ESCAPE '\\'", { industry: jsonListElementPattern(filter.industryCode) });
    }
    if (filter.year) query.andWhere("p.year = :year", { year: filter.year });
    if (filter.yearFrom) query.andWhere("p.year >= :yearFrom", { yearFrom: filter.yearFrom });
    if (filter.yearTo) query.andWhere("p.year <= :yearTo", { yearTo: filter.yearTo });
    if (filter.titleContains) query.andWhere("p.title LIKE :title ESCAPE '\\'", { title: containsPattern(filter.titleContains) });
    return findPage(applyProjectVisibility(query, "p", caller), page);
  }

  /**
   * A base operator registers projects of its own base; a provincial office those of its province; the
   * national admin any.
   */
  async create(caller: Caller, input: CreateNavigationProjectInput): Promise<NavigationProject> {
    requireSignedIn(caller);
    requireRole(caller, WRITERS, "create a navigation project");
    if (caller.role === Role.BASE_OPERATOR) requireScope(operatesBase(caller, input.baseId), `create a project of base ${input.baseId}`);
    if (caller.role === Role.PROVINCIAL_OFFICE) requireScope(isAuthorityFor(caller, input.regionCode), `create a project in province ${input.regionCode}`);
    checkPlannedDates(input.plannedStart, input.plannedEnd);
    if (input.code) checkCodeMatches(input.code, input.year, input.regionCode);
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction((manager) => this.insert(manager, caller, input));
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        if (input.code) throw conflict(`a project with code ${input.code} already exists`);
        if (attempt >= CODE_ATTEMPTS) throw conflict(`no free project code was found for ${input.year} in ${input.regionCode}; try again`);
      }
    }
  }

  /** Descriptive fields: the base's operator until execution ends, the authorities of its province at any time. */
  async update(caller: Caller, id: string, input: UpdateNavigationProjectInput): Promise<NavigationProject> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(NavigationProject);
      await lockRows(manager, NavigationProject, [id]);
      const found = await repository.findOneBy({ id });
      if (!found || !canSeeProject(caller, found)) throw notFound("NavigationProject", id);
      requireRole(caller, WRITERS, "update a navigation project");
      requireScope(operatesBase(caller, found.baseId) || isAuthorityFor(caller, found.regionCode), `update project ${found.code}`);
      if (caller.role === Role.BASE_OPERATOR && !OPERATOR_EDITABLE.includes(found.status)) {
        throw conflict(`the base operator may not change project ${found.code} any more: it is ${found.status}`, found.status);
      }
      const project = applyPatch(found, patchOf(input));
      checkPlannedDates(project.plannedStart, project.plannedEnd, input.plannedEnd ? "input.plannedEnd" : "input.plannedStart");
      return repository.save(project);
    });
  }

  private async insert(manager: EntityManager, caller: Caller, input: CreateNavigationProjectInput): Promise<NavigationProject> {
    const repository = manager.getRepository(NavigationProject);
    if (input.code && (await repository.existsBy({ code: input.code }))) {
      throw conflict(`a project with code ${input.code} already exists`);
    }
    const project = await repository.save(
      repository.create({
        ...input,
        id: crypto.randomUUID(),
        code: input.code ?? (await nextCode(manager, input.year, input.regionCode)),
        scenario: input.scenario ?? "",
        ipcScope: input.ipcScope ?? [],
        regionScope: input.regionScope ?? [],
        serviceOrganizationIds: input.serviceOrganizationIds ?? [],
        status: ProjectStatus.PLANNING,
        phase: null,
        suspendedFrom: null,
      }),
    );
    await recordStateChange(manager, { entityType: PROJECT_HISTORY, entityId: project.id, action: "create", from: null, to: project.status, caller });
    return project;
  }
}

function checkPlannedDates(start: string, end: string, field = "input.plannedEnd"): void {
  if (end < start) throw badInput(field, `the planned end ${end} is before the planned start ${start}`);
}

function checkCodeMatches(code: string, year: number, regionCode: string): void {
  const [, codeYear, codeRegion] = PROJECT_CODE.exec(code) ?? [];
  if (Number(codeYear) !== year || codeRegion !== regionCode) {
    throw badInput("input.code", `code ${code} must carry the project's year ${year} and province ${regionCode}`);
  }
}

/** The next free sequence number of the year and province; codes have a fixed width, so text order is numeric order. */
async function nextCode(manager: EntityManager, year: number, regionCode: string): Promise<string> {
  const prefix = `ZLDH-${year}-${regionCode}-`;
  const last = await manager
    .getRepository(NavigationProject)
    .createQueryBuilder("p")
    .select("p.code", "code")
    .where("p.code LIKE :prefix", { prefix: `${prefix}%` })
    .orderBy("p.code", "DESC")
    .limit(1)
    .getRawOne<{ code: string }>();
  const sequence = last ? Number(last.code.slice(prefix.length)) + 1 : 1;
  if (sequence > MAX_SEQUENCE) throw conflict(`no project code is left for ${year} in ${regionCode}`);
  return `${prefix}${String(sequence).padStart(4, "0")}`;
}
