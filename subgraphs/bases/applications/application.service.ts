import type { DataSource, EntityManager } from "typeorm";
import { actsFor, isNationalAdmin, requireRole, requireScope } from "../../../platform/access";
import { Role, requireSignedIn, type Caller } from "../../../platform/auth";
import { applyPatch, patchOf, findPage } from "../../../platform/crud";
import { lockRows } from "../../../platform/database";
import { badInput, conflict, notFound } from "../../../platform/errors";
import { recordStateChange } from "../../../platform/history";
import type { PageArgs } from "../../../platform/pagination";
import { authorizeAction, nextState } from "../../../platform/workflow";
import { Batch } from "../batches/batch.entity";
import { addDays, chinaDate } from "../calendar";
import { ApplicationStatus, BaseLevel, BatchLevel } from "../enums";
import { Organization } from "../organizations/organization.entity";
import type { BasesRules } from "../policy";
import { insertServiceBase } from "../service-bases/service-base.service";
import { requireNote } from "../workflow-args";
import { BaseApplication } from "./application.entity";
import type { BaseApplicationFilter, CreateBaseApplicationInput, UpdateBaseApplicationInput } from "./application.inputs";
import { checkEligibility, checkExemptCategory, checkQuota, checkWindow } from "./application.rules";
import { applyVisibility, canSee } from "./application.visibility";
import { APPLICANT_ROLES, BaseApplicationWorkflow, mayTakeAction, NOTE_REQUIRED, type ApplicationAction } from "./application.workflow";

export const BASE_APPLICATION = "BaseApplication";

/** States in which the applicant may still edit the declared facts. */
const EDITABLE = new Set([ApplicationStatus.DRAFT, ApplicationStatus.RETURNED]);

export class BaseApplicationService {
  constructor(private readonly dataSource: DataSource, private readonly rules: BasesRules) {}

  list(caller: Caller, filter: BaseApplicationFilter, page: PageArgs) {
    const query = this.dataSource.getRepository(BaseApplication).createQueryBuilder("a").orderBy("a.createdAt", "DESC").addOrderBy("a.id", "ASC");
    applyVisibility(query, "a", caller);
    if (filter.batchId) query.andWhere("a.batchId = :batchId", { batchId: filter.batchId });
    if (filter.regionCode) query.andWhere("a.regionCode = :regionCode", { regionCode: filter.regionCode });
    if (filter.status) query.andWhere("a.status = :status", { status: filter.status });
    return findPage(query, page);
  }

  /** The applicant organisation itself, or CNIPA on its behalf, starts an application as a draft. */
  async create(caller: Caller, input: CreateBaseApplicationInput): Promise<BaseApplication> {
    requireRole(caller, [...APPLICANT_ROLES, Role.NATIONAL_ADMIN], "apply for a service base");
    requireScope(isNationalAdmin(caller) || actsFor(caller, input.applicantOrganizationId), "apply on behalf of another organisation");
    return this.dataSource.transaction(async (manager) => {
      const batch = await manager.findOneBy(Batch, { id: input.batchId });
      if (!batch) throw badInput("input.batchId", `no batch ${input.batchId}`);
      if (batch.level !== BatchLevel.NATIONAL) throw badInput("input.batchId", `batch ${batch.name} is a provincial batch: applications under 58号 go to national batches`);
      const applicant = await manager.findOneBy(Organization, { id: input.applicantOrganizationId });
      if (!applicant) throw badInput("input.applicantOrganizationId", `no organisation ${input.applicantOrganizationId}`);
      if (applicant.regionCode !== input.regionCode) {
        throw badInput("input.regionCode", `the applicant is registered in ${applicant.regionCode}, not in ${input.regionCode}`);
      }
      checkExemptCategory(batch, input.exemptCategory, "input.exemptCategory");
      const repository = manager.getRepository(BaseApplication);
      const application = await repository.save(
        repository.create({
          id: crypto.randomUUID(),
          navigationStaffCount: 0,
          servicesDelivered: 0,
          fundingInPlace: false,
          premisesInPlace: false,
          dataResourcesInPlace: false,
          noSeriousViolation: false,
          carrierAtProvincialLevelOrAbove: false,
          ...patchOf(input),
          exemptCategory: input.exemptCategory ?? null,
          ministryRoute: input.ministryRoute ?? null,
          status: ApplicationStatus.DRAFT,
          submittedAt: null,
          publicityStartsAt: null,
          publicityEndsAt: null,
          serviceBaseId: null,
        }),
      );
      await recordStateChange(manager, { entityType: BASE_APPLICATION, entityId: application.id, action: "create", from: null, to: application.status, caller });
      return application;
    });
  }

  /** Only the applicant edits, and only a draft or a returned application. */
  async update(caller: Caller, id: string, input: UpdateBaseApplicationInput): Promise<BaseApplication> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.loadForChange(manager, caller, id);
      requireRole(caller, APPLICANT_ROLES, "edit a base application");
      requireScope(actsFor(caller, application.applicantOrganizationId), `edit application ${id}`);
      if (!EDITABLE.has(application.status)) {
        throw conflict(`application ${id} is ${application.status}: only DRAFT or RETURNED applications can be edited`, application.status);
      }
      if (input.exemptCategory) checkExemptCategory(await manager.findOneByOrFail(Batch, { id: application.batchId }), input.exemptCategory, "input.exemptCategory");
      return manager.save(applyPatch(application, patchOf(input, ["exemptCategory", "ministryRoute"])));
    });
  }

  /** Takes one workflow action: visibility, role, scope, state, reason, preconditions, then the write and its history. */
  async transition(caller: Caller, id: string, action: ApplicationAction, note?: string | null): Promise<BaseApplication> {
    requireSignedIn(caller);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.loadForChange(manager, caller, id);
      authorizeAction(BaseApplicationWorkflow, action, caller, "base application");
      requireScope(mayTakeAction(caller, application, action), `${action} application ${id}`);
      const from = application.status;
      const to = nextState(BaseApplicationWorkflow, action, from, "base application", id);
      const reason = NOTE_REQUIRED.has(action) ? requireNote(note, `${action} an application`) : note?.trim() || null;
      await this.apply(manager, caller, application, action);
      application.status = to;
      const saved = await manager.save(application);
      await recordStateChange(manager, { entityType: BASE_APPLICATION, entityId: id, action, from, to, caller, note: reason });
      return saved;
    });
  }

  /** Preconditions and effects of the actions that have them. */
  private async apply(manager: EntityManager, caller: Caller, application: BaseApplication, action: ApplicationAction): Promise<void> {
    const now = this.rules.now();
    switch (action) {
      case "submit":
      case "resubmit": {
        checkEligibility(application, await manager.findOneByOrFail(Organization, { id: application.applicantOrganizationId }));
        checkWindow(await manager.findOneByOrFail(Batch, { id: application.batchId }), now, action === "resubmit", application.status);
        application.submittedAt = now;
        return;
      }
      case "recommend":
        return checkQuota(manager, application);
      case "publicise": {
        const batch = await manager.findOneByOrFail(Batch, { id: application.batchId });
        application.publicityStartsAt = now;
        application.publicityEndsAt = addDays(now, batch.publicityDays);
        return;
      }
      case "confirm": {
        if (!application.publicityEndsAt || now < new Date(application.publicityEndsAt)) {
          const ends = application.publicityEndsAt ? new Date(application.publicityEndsAt).toISOString() : "unknown";
          throw conflict(`application ${application.id} is still in its publicity window (until ${ends})`, application.status);
        }
        const base = await insertServiceBase(
          manager,
          {
            name: application.baseName,
            level: BaseLevel.NATIONAL,
            carrierType: application.carrierType,
            hostOrganizationId: application.applicantOrganizationId,
            regionCode: application.regionCode,
            industryCodes: application.industryCodes,
            batchId: application.batchId,
            designatedOn: chinaDate(now),
            introduction: "",
          },
          caller,
          `designated on confirmation of application ${application.id}`,
        );
        application.serviceBaseId = base.id;
        return;
      }
      default:
        return;
    }
  }

  /** Locks and loads an application the caller may see; a missing and an invisible one answer alike. */
  private async loadForChange(manager: EntityManager, caller: Caller, id: string): Promise<BaseApplication> {
    await lockRows(manager, BaseApplication, [id]);
    const application = await manager.findOneBy(BaseApplication, { id });
    if (!application || !canSee(caller, application)) throw notFound(BASE_APPLICATION, id);
    return application;
  }
}
