import type { DataSource } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage, getOrThrow } from "../../../platform/crud";
import { badInput, conflict } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { Batch } from "../batches/batch.entity";
import { ApplicationStatus } from "../enums";
import { Organization } from "../organizations/organization.entity";
import { BaseApplication } from "./application.entity";
import type { BaseApplicationFilter, CreateBaseApplicationInput, UpdateBaseApplicationInput } from "./application.inputs";

/** States in which the applicant may still edit the declared facts. */
const EDITABLE = new Set([ApplicationStatus.DRAFT, ApplicationStatus.RETURNED]);

export class BaseApplicationService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: BaseApplicationFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(BaseApplication).createQueryBuilder("a").orderBy("a.createdAt", "DESC").addOrderBy("a.id", "ASC");
    if (filter.batchId) query.andWhere("a.batchId = :batchId", { batchId: filter.batchId });
    if (filter.regionCode) query.andWhere("a.regionCode = :regionCode", { regionCode: filter.regionCode });
    if (filter.status) query.andWhere("a.status = :status", { status: filter.status });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateBaseApplicationInput): Promise<BaseApplication> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(Batch, { id: input.batchId }))) throw badInput("input.batchId", `no batch ${input.batchId}`);
      if (!(await manager.existsBy(Organization, { id: input.applicantOrganizationId }))) {
        throw badInput("input.applicantOrganizationId", `no organisation ${input.applicantOrganizationId}`);
      }
      const repository = manager.getRepository(BaseApplication);
      return repository.save(
        repository.create({
          id: crypto.randomUUID(),
          navigationStaffCount: 0,
          servicesDelivered: 0,
          fundingInPlace: false,
          premisesInPlace: false,
          dataResourcesInPlace: false,
          noSeriousViolation: false,
          ...input,
          exemptCategory: input.exemptCategory ?? null,
          ministryRoute: input.ministryRoute ?? null,
          status: ApplicationStatus.DRAFT,
          submittedAt: null,
          serviceBaseId: null,
        }),
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateBaseApplicationInput): Promise<BaseApplication> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(BaseApplication);
      const application = await getOrThrow(repository, id, "BaseApplication");
      if (!EDITABLE.has(application.status)) {
        throw conflict(`application ${id} is ${application.status}: only DRAFT or RETURNED applications can be edited`, application.status);
      }
      return repository.save(applyPatch(application, patchOf(input, ["exemptCategory", "ministryRoute"])));
    });
  }
}
