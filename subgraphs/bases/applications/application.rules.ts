/**
 * The preconditions of the 58号 notice a transition checks: the eligibility facts at submission, the
 * batch's windows, and the provincial recommendation quota with its four exempt categories.
 */
import type { EntityManager } from "typeorm";
import { lockRows } from "../../../platform/database";
import { badInput, conflict } from "../../../platform/errors";
import { Batch } from "../batches/batch.entity";
import { ApplicationStatus, type ExemptCategory } from "../enums";
import type { Organization } from "../organizations/organization.entity";
import { BaseApplication } from "./application.entity";

/** 58号 三(一): at least five people on navigation work and at least five services delivered. */
export const MIN_NAVIGATION_STAFF = 5;
export const MIN_SERVICES_DELIVERED = 5;

/** States of an application that has used one of its province's recommendations. */
export const RECOMMENDED_STATES: readonly ApplicationStatus[] = [
  ApplicationStatus.RECOMMENDED,
  ApplicationStatus.NATIONAL_RECHECK,
  ApplicationStatus.IN_PUBLICITY,
  ApplicationStatus.RECHECK_FAILED,
  ApplicationStatus.CONFIRMED,
];

/** Refuses a submission whose declared facts miss a condition of the notice, naming the fact. */
export function checkEligibility(application: BaseApplication, applicant: Organization): void {
  if (!application.carrierAtProvincialLevelOrAbove) {
    throw badInput("carrierAtProvincialLevelOrAbove", "the carrier must be an industrial park or public institution at provincial level or above");
  }
  if (applicant.type !== (application.carrierType as string)) {
    throw badInput("carrierType", `the applicant is registered as ${applicant.type}, not as ${application.carrierType}`);
  }
  if (application.navigationStaffCount < MIN_NAVIGATION_STAFF) {
    throw badInput("navigationStaffCount", `at least ${MIN_NAVIGATION_STAFF} staff must work on patent navigation (declared ${application.navigationStaffCount})`);
  }
  if (application.servicesDelivered < MIN_SERVICES_DELIVERED) {
    throw badInput("servicesDelivered", `at least ${MIN_SERVICES_DELIVERED} navigation services must have been delivered (declared ${application.servicesDelivered})`);
  }
  if (!application.fundingInPlace) throw badInput("fundingInPlace", "stable working funds must be in place");
  if (!application.premisesInPlace) throw badInput("premisesInPlace", "premises must be in place");
  if (!application.dataResourcesInPlace) throw badInput("dataResourcesInPlace", "patent and industry data resources must be in place");
  if (!application.noSeriousViolation) throw badInput("noSeriousViolation", "the applicant must have had no serious violation in the last three years");
}

/**
 * A first submission must fall in the batch's submission window; a resubmission after a return may
 * come until the provincial review closes, since returns happen during the review.
 */
export function checkWindow(batch: Batch, now: Date, resubmission: boolean, state: ApplicationStatus): void {
  const closes = new Date(resubmission ? batch.reviewClosesAt : batch.submissionClosesAt);
  if (now < new Date(batch.submissionOpensAt) || now > closes) {
    const what = resubmission ? "resubmissions are accepted until the provincial review closes" : "submissions are accepted only in the submission window";
    throw conflict(`${what} of batch ${batch.name} (${new Date(batch.submissionOpensAt).toISOString()} to ${closes.toISOString()})`, state);
  }
}

/** An exempt category the batch does not list is refused when declared. */
export function checkExemptCategory(batch: Batch, category: ExemptCategory | null | undefined, field: string): void {
  if (category && !batch.exemptCategories.includes(category)) {
    throw badInput(field, `batch ${batch.name} does not exempt ${category} from the quota`);
  }
}

/**
 * Refuses a recommendation beyond the province's quota for the batch. Exempt categories and
 * ministry-route applications neither count nor are refused. The batch row is locked first, so two
 * recommendations racing for the last slot are decided one after the other.
 */
export async function checkQuota(manager: EntityManager, application: BaseApplication): Promise<void> {
  if (application.ministryRoute) return;
  await lockRows(manager, Batch, [application.batchId]);
  const batch = await manager.findOneByOrFail(Batch, { id: application.batchId });
  if (application.exemptCategory && batch.exemptCategories.includes(application.exemptCategory)) return;
  const query = manager
    .getRepository(BaseApplication)
    .createQueryBuilder("a")
    .where("a.batchId = :batchId", { batchId: batch.id })
    .andWhere("a.regionCode = :regionCode", { regionCode: application.regionCode })
    .andWhere("a.status IN (:...recommended)", { recommended: RECOMMENDED_STATES })
    .andWhere("a.ministryRoute IS NULL");
  if (batch.exemptCategories.length > 0) {
    query.andWhere("(a.exemptCategory IS NULL OR a.exemptCategory NOT IN (:...exempt))", { exempt: batch.exemptCategories });
  }
  const used = await query.getCount();
  if (used >= batch.provinceQuota) {
    throw conflict(`province ${application.regionCode} has used its quota of ${batch.provinceQuota} non-exempt recommendations in batch ${batch.name}`, application.status);
  }
}
