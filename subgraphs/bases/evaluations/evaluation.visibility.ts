/** Evaluations are seen by the evaluated base's operator, its province's office and the national admin. */
import type { Caller } from "../../../platform/auth";
import { applyBaseRecordVisibility, canSeeBaseRecord } from "../service-bases/base-record.visibility";
import type { BaseEvaluation } from "./evaluation.entity";

export const applyVisibility = applyBaseRecordVisibility;

export const canSee = (caller: Caller, evaluation: BaseEvaluation): boolean => canSeeBaseRecord(caller, evaluation);
