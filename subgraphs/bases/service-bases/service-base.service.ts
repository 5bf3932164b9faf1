import type { DataSource, EntityManager } from "typeorm";
import { requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, containsPattern, findPage, getOrThrow, jsonListElementPattern } from "../../../platform/crud";
import { badInput } from "../../../platform/errors";
import type { PageArgs } from "../../../platform/pagination";
import { Batch } from "../batches/batch.entity";
import { BaseStatus } from "../enums";
import { Organization } from "../organizations/organization.entity";
import { ServiceBase } from "./service-base.entity";
import type { CreateServiceBaseInput, ServiceBaseFilter, UpdateServiceBaseInput } from "./service-base.inputs";

export class ServiceBaseService {
  constructor(private readonly dataSource: DataSource) {}

  list(filter: ServiceBaseFilter, page: PageArgs) {
    const query = this.dataSource
      .getRepository(ServiceBase)
      .createQueryBuilder("b")
      .orderBy("b.regionCode", "ASC")
      .addOrderBy("b.name", "ASC")
      .addOrderBy("b.id", "ASC");
    if (filter.regionCode) query.andWhere("b.regionCode = :regionCode", { regionCode: filter.regionCode });
    if (filter.level) query.andWhere("b.level = :level", { level: filter.level });
    if (filter.carrierType) query.andWhere("b.carrierType = :carrierType", { carrierType: filter.carrierType });
    if (filter.status) query.andWhere("b.status = :status", { status: filter.status });
    if (filter.isContactPoint !== undefined && filter.isContactPoint !== null) {
      query.andWhere("b.isContactPoint = :isContactPoint", { isContactPoint: filter.isContactPoint });
    }
    if (filter.industryCode) {
      query.andWhere("b.industryCodes LIKE :industry ESCAPE '\\'", { industry: jsonListElementPattern(filter.industryCode) });
    }
    if (filter.nameContains) query.andWhere("b.name LIKE :name ESCAPE '\\'", { name: containsPattern(filter.nameContains) });
    return findPage(query, page);
  }

  async create(caller: Caller, input: CreateServiceBaseInput): Promise<ServiceBase> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      const repository = manager.getRepository(ServiceBase);
      return repository.save(
        repository.create({
          id: crypto.randomUUID(),
          ...input,
          batchId: input.batchId ?? null,
          designatedOn: input.designatedOn ?? null,
          introduction: input.introduction ?? "",
          status: BaseStatus.ACTIVE,
          isContactPoint: false,
        }),
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateServiceBaseInput): Promise<ServiceBase> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ServiceBase);
      const base = await getOrThrow(repository, id, "ServiceBase");
      return repository.save(applyPatch(base, patchOf(input)));
    });
  }

  private async checkReferences(manager: EntityManager, input: CreateServiceBaseInput): Promise<void> {
    if (!(await manager.existsBy(Organization, { id: input.hostOrganizationId }))) {
      throw badInput("input.hostOrganizationId", `no organisation ${input.hostOrganizationId}`);
    }
    if (input.batchId && !(await manager.existsBy(Batch, { id: input.batchId }))) {
      throw badInput("input.batchId", `no batch ${input.batchId}`);
    }
  }
}
