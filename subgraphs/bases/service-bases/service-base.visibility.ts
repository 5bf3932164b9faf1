/**
 * Service base cards are public. Their workflow history (who changed the status, with which remark) is
 * shown only to those who may see the base's own records.
 */
import type { Caller } from "../../../platform/auth";
import { canSeeBaseRecord } from "./base-record.visibility";
import type { ServiceBase } from "./service-base.entity";

export const canSee = (_caller: Caller, _base: ServiceBase): boolean => true;

export const canSeeHistory = (caller: Caller, base: ServiceBase): boolean => canSeeBaseRecord(caller, { baseId: base.id, regionCode: base.regionCode });
