import type { DataSource, EntityManager } from "typeorm";
import { requireSignedIn, Role, type Caller } from "../../../platform/auth";
import { isAuthorityFor, requireRole, requireScope } from "../../../platform/access";
import { applyPatch, findPage, isUniqueViolation, patchOf } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { ProjectStatus } from "../enums";
import { NavigationProject } from "../projects/project.entity";
import { canSeeProject } from "../projects/project.visibility";
import { AcceptanceReview } from "./acceptance-review.entity";
import type { AcceptanceReviewFilter, CreateAcceptanceReviewInput, UpdateAcceptanceReviewInput } from "./acceptance-review.inputs";
import { applyReviewVisibility } from "./acceptance-review.visibility";

const REVIEWERS = [Role.PROVINCIAL_OFFICE, Role.NATIONAL_ADMIN] as const;

/**
 * One review per project: recorded while the project awaits acceptance, corrected for the next round
 * while it is rectified or submitted again.
 */
const UPDATABLE: readonly ProjectStatus[] = [ProjectStatus.SUBMITTED_FOR_ACCEPTANCE, ProjectStatus.RECTIFYING];

export class AcceptanceReviewService {
  constructor(private readonly dataSource: DataSource, private readonly clock: () => Date) {}

  /** The caller's visible reviews (those of projects it may see) matching the filter. */
  list(caller: Caller, filter: AcceptanceReviewFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(AcceptanceReview).createQueryBuilder("a").orderBy("a.reviewedAt", "DESC").addOrderBy("a.id", "ASC");
    if (filter.projectId) query.andWhere("a.projectId = :projectId", { projectId: filter.projectId });
    if (filter.conclusion) query.andWhere("a.conclusion = :conclusion", { conclusion: filter.conclusion });
    return findPage(applyReviewVisibility(query, "a", caller), page);
  }

  async create(caller: Caller, input: CreateAcceptanceReviewInput): Promise<AcceptanceReview> {
    requireSignedIn(caller);
    requireRole(caller, REVIEWERS, "record an acceptance review");
    const alreadyReviewed = () => conflict(`project ${input.projectId} already has an acceptance review; update it for a new round`, ProjectStatus.SUBMITTED_FOR_ACCEPTANCE);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const project = await lockedProject(manager, input.projectId, caller);
        if (!project) throw badInput("input.projectId", `no navigation project ${input.projectId}`);
        requireScope(isAuthorityFor(caller, project.regionCode), `review project ${project.code}`);
        if (project.status !== ProjectStatus.SUBMITTED_FOR_ACCEPTANCE) {
          throw conflict(`project ${project.code} can be reviewed only when SUBMITTED_FOR_ACCEPTANCE (it is ${project.status})`, project.status);
        }
        const repository = manager.getRepository(AcceptanceReview);
        if (await repository.existsBy({ projectId: input.projectId })) throw alreadyReviewed();
        return repository.save(
          repository.create({ ...input, id: crypto.randomUUID(), comments: input.comments ?? "", reviewedAt: input.reviewedAt ?? this.clock() }),
        );
      });
    } catch (error) {
      // Two reviews of one project racing past the check: the unique index decides.
      if (isUniqueViolation(error)) throw alreadyReviewed();
      throw error;
    }
  }

  async update(caller: Caller, id: string, input: UpdateAcceptanceReviewInput): Promise<AcceptanceReview> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AcceptanceReview);
      const review = await repository.findOneBy({ id });
      const project = review && (await lockedProject(manager, review.projectId, caller));
      if (!review || !project) throw notFound("AcceptanceReview", id);
      requireRole(caller, REVIEWERS, "update an acceptance review");
      requireScope(isAuthorityFor(caller, project.regionCode), `update the review of project ${project.code}`);
      if (!UPDATABLE.includes(project.status)) {
        throw conflict(`the review of project ${project.code} can be updated only while it is SUBMITTED_FOR_ACCEPTANCE or RECTIFYING (it is ${project.status})`, project.status);
      }
      return repository.save(applyPatch(review, patchOf(input)));
    });
  }
}

/** The project, locked against a concurrent transition, or null when it is missing or hidden from the caller. */
async function lockedProject(manager: EntityManager, id: string, caller: Caller): Promise<NavigationProject | null> {
  await lockRows(manager, NavigationProject, [id]);
  const project = await manager.findOneBy(NavigationProject, { id });
  return project && canSeeProject(caller, project) ? project : null;
}
