/** Annual summaries are seen by the base's operator, its province's office and the national admin. */
import type { Caller } from "../../../platform/auth";
import { applyBaseRecordVisibility, canSeeBaseRecord } from "../service-bases/base-record.visibility";
import type { AnnualSummary } from "./annual-summary.entity";

export const applyVisibility = applyBaseRecordVisibility;

export const canSee = (caller: Caller, summary: AnnualSummary): boolean => canSeeBaseRecord(caller, summary);
