import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, findPage, getOrThrow, isUniqueViolation, patchOf } from "../../../platform/crud";
import { badInput, conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";

import { NavigationProject } from "../projects/project.entity";
import { AcceptanceReview } from "./acceptance-review.entity";
import type { AcceptanceReviewFilter, CreateAcceptanceReviewInput, UpdateAcceptanceReviewInput } from "./acceptance-review.inputs";

export class AcceptanceReviewService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: AcceptanceReviewFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(AcceptanceReview).createQueryBuilder("a").orderBy("a.reviewedAt", "DESC").addOrderBy("a.id", "ASC");
    if (filter.projectId) query.andWhere("a.projectId = :projectId", { projectId: filter.projectId });
    if (filter.conclusion) query.andWhere("a.conclusion = :conclusion", { conclusion: filter.conclusion });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateAcceptanceReviewInput): Promise<AcceptanceReview> {
    requireSignedIn(caller);
    const alreadyReviewed = () => conflict(`project ${input.projectId} already has an acceptance review`);
    try {
      return await this.dataSource.transaction(async (manager) => {
        if (!(await manager.existsBy(NavigationProject, { id: input.projectId }))) {
          throw badInput("input.projectId", `no navigation project ${input.projectId}`);
        }
        const repository = manager.getRepository(AcceptanceReview);
        if (await repository.existsBy({ projectId: input.projectId })) throw alreadyReviewed();
        return repository.save(
          repository.create({ ...input, id: crypto.randomUUID(), comments: input.comments ?? "", reviewedAt: input.reviewedAt ?? new Date() }),
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
      const review = await getOrThrow(repository, id, "AcceptanceReview");
      return repository.save(applyPatch(review, patchOf(input)));
    });
  }
}
