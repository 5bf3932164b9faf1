/**
 * Policy numbers of the two notices, with their defaults and the environment variables that change
 * them: 58号 limits each province to three non-exempt recommendations per batch and publicises the
 * selected bases; 30号 wants each contact point's work summary by the end of the year.
 */
import type { EnvReader } from "../../platform/config";

export interface BasesPolicy {
  /** Non-exempt recommendations a provincial office may make per batch, unless the batch says otherwise. */
  provinceQuota: number;
  /** Length of the publicity window (公示) in days, unless the batch says otherwise. */
  publicityDays: number;
  /** When a year's annual summary is due: "MM-DD" of the summary's year, or "next-MM-DD" of the following year. */
  annualSummaryDue: string;
}

export const DEFAULT_BASES_POLICY: Readonly<BasesPolicy> = Object.freeze({
  provinceQuota: 3,
  publicityDays: 7,
  annualSummaryDue: "12-31",
});

const DUE_PATTERN = /^(next-)?(\d{2})-(\d{2})$/;

/** Whether `due` names a day that exists in every year (so 02-29 is refused). */
export function isAnnualDue(due: string): boolean {
  const match = DUE_PATTERN.exec(due);
  if (!match) return false;
  const [month, day] = [Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(2023, month - 1, day));
  return month >= 1 && month <= 12 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The date (YYYY-MM-DD) on which the summary of `year` is due under `due`. */
export function annualSummaryDueOn(year: number, due: string): string {
  const match = DUE_PATTERN.exec(due);
  if (!match) throw new Error(`invalid annual summary due date "${due}"`);
  return `${year + (match[1] ? 1 : 0)}-${match[2]}-${match[3]}`;
}

/** Reads BATCH_PROVINCE_QUOTA, PUBLICITY_DAYS and ANNUAL_SUMMARY_DUE; problems are collected by the reader. */
export function readBasesPolicy(reader: EnvReader): BasesPolicy {
  const annualSummaryDue = reader.string("ANNUAL_SUMMARY_DUE", DEFAULT_BASES_POLICY.annualSummaryDue);
  if (!isAnnualDue(annualSummaryDue)) {
    reader.problem(`ANNUAL_SUMMARY_DUE must be MM-DD or next-MM-DD, a day every year has (got "${annualSummaryDue}")`);
  }
  return {
    provinceQuota: reader.int("BATCH_PROVINCE_QUOTA", DEFAULT_BASES_POLICY.provinceQuota, { min: 0, max: 50 }),
    publicityDays: reader.int("PUBLICITY_DAYS", DEFAULT_BASES_POLICY.publicityDays, { min: 1, max: 60 }),
    annualSummaryDue: isAnnualDue(annualSummaryDue) ? annualSummaryDue : DEFAULT_BASES_POLICY.annualSummaryDue,
  };
}

/** What the services are judged by: the policy in force and the clock windows and deadlines are read from. */
export interface BasesRules {
  policy: BasesPolicy;
  now(): Date;
}
