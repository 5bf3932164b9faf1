import { In, type DataSource, type EntityManager } from "typeorm";
import { isAuthorityFor, isNationalAdmin, isProvincialOfficeOf, operatesBase, requireRole, requireScope } from "../../../platform/access";
import { Role, requireSignedIn, type Caller } from "../../../platform/auth";
import { recordChange } from "../../../platform/change-feed";
import { applyPatch, patchOf, containsPattern, findPage, getOrThrow, isUniqueViolation, jsonListElementPattern } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { Batch } from "../batches/batch.entity";
import { BaseLevel, BaseStatus } from "../enums";
import { Organization } from "../organizations/organization.entity";
import { ServiceBase } from "./service-base.entity";
import type { CreateServiceBaseInput, ServiceBaseFilter, UpdateServiceBaseInput } from "./service-base.inputs";

export const SERVICE_BASE = "ServiceBase";

/** CNIPA creates bases of any level; a provincial office the provincial and municipal bases of its province. */
export const mayCreateBase = (caller: Caller, level: BaseLevel, regionCode: string): boolean =>
  isNationalAdmin(caller) || (level !== BaseLevel.NATIONAL && isProvincialOfficeOf(caller, regionCode));

/** Inserts a base in the caller's transaction and records its creation in the base's history and the change feed. */
export async function insertServiceBase(
  manager: EntityManager,
  values: Omit<ServiceBase, "id" | "regionName" | "status" | "isContactPoint" | "createdAt" | "updatedAt">,
  caller: Caller,
  note?: string,
): Promise<ServiceBase> {
  const repository = manager.getRepository(ServiceBase);
  const base = await repository.save(repository.create({ id: crypto.randomUUID(), ...values, status: BaseStatus.ACTIVE, isContactPoint: false }));
  await recordStateChange(manager, { entityType: SERVICE_BASE, entityId: base.id, action: "create", from: null, to: base.status, caller, note });
  await recordChange(manager, SERVICE_BASE, base.id);
  return base;
}

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
    requireRole(caller, [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE], "create a service base");
    requireScope(mayCreateBase(caller, input.level, input.regionCode), `create a ${input.level} base in ${input.regionCode}`);
    return this.dataSource.transaction(async (manager) => {
      await this.checkReferences(manager, input);
      return insertServiceBase(
        manager,
        {
          ...input,
          batchId: input.batchId ?? null,
          designatedOn: input.designatedOn ?? null,
          introduction: input.introduction ?? "",
        },
        caller,
      );
    });
  }

  async update(caller: Caller, id: string, input: UpdateServiceBaseInput): Promise<ServiceBase> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ServiceBase);
      const base = await getOrThrow(repository, id, SERVICE_BASE);
      requireScope(operatesBase(caller, base.id) || isAuthorityFor(caller, base.regionCode), `change base ${id}`);
      const saved = await repository.save(applyPatch(base, patchOf(input)));
      // A renamed base re-indexes the reports that carry its name.
      await recordChange(manager, SERVICE_BASE, id);
      return saved;
    });
  }

  /**
   * 30号: each province has one contact point (联系点). Designating a base moves the flag from the
   * previous one in the same transaction; the rows involved are locked, and the database's unique
   * index settles two designations racing in a province that has none yet.
   */
  async designateContactPoint(caller: Caller, baseId: string): Promise<ServiceBase> {
    requireRole(caller, [Role.NATIONAL_ADMIN, Role.PROVINCIAL_OFFICE], "designate a contact point");
    try {
      return await this.dataSource.transaction(async (manager) => {
        const repository = manager.getRepository(ServiceBase);
        await lockRows(manager, ServiceBase, [baseId]);
        const base = await getOrThrow(repository, baseId, SERVICE_BASE);
        requireScope(isAuthorityFor(caller, base.regionCode), `designate the contact point of ${base.regionCode}`);
        if (base.status === BaseStatus.REVOKED) throw conflict(`base ${baseId} is REVOKED and cannot be a contact point`, base.status);
        if (base.isContactPoint) return base;
        const holders = await repository.findBy({ regionCode: base.regionCode, isContactPoint: true });
        await lockRows(manager, ServiceBase, holders.map((holder) => holder.id));
        // Read again under the locks: a designation may have committed while this one waited.
        const previous = await repository.findBy({ regionCode: base.regionCode, isContactPoint: true });
        if (previous.length > 0) {
          await repository.update({ id: In(previous.map((holder) => holder.id)) }, { isContactPoint: false });
          for (const holder of previous) {
            await recordStateChange(manager, { entityType: SERVICE_BASE, entityId: holder.id, action: "releaseContactPoint", from: holder.status, to: holder.status, caller, note: `联系点改由 ${base.name} 担任` });
            await recordChange(manager, SERVICE_BASE, holder.id);
          }
        }
        base.isContactPoint = true;
        const saved = await repository.save(base);
        const note = previous.length > 0 ? `接替 ${previous.map((holder) => holder.name).join("、")} 担任联系点` : "担任联系点";
        await recordStateChange(manager, { entityType: SERVICE_BASE, entityId: base.id, action: "designateContactPoint", from: base.status, to: base.status, caller, note });
        await recordChange(manager, SERVICE_BASE, base.id);
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`another contact point was designated in the same province at the same time; try again`);
      throw error;
    }
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
