/**
 * Calendar helpers that never read the clock. A "day" is a whole number of days since 1970-01-01;
 * instants are rendered in China Standard Time with an explicit +08:00 offset.
 */
import type { Rng } from "./random";

const MS_PER_DAY = 86_400_000;

export function day(year: number, month: number, dayOfMonth: number): number {
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

/** The first and last days any record may fall on. */
export const FIRST_DAY = day(2019, 1, 1);
export const LAST_DAY = day(2026, 10, 31);
/** The demo's notion of "today": sessions and summaries after it are still open. */
export const DEMO_TODAY = day(2026, 6, 30);

export function clampDay(value: number, min = FIRST_DAY, max = LAST_DAY): number {
  return Math.min(max, Math.max(min, value));
}

/** YYYY-MM-DD of a day number. */
export function dateOf(value: number): string {
  return new Date(value * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dayOfDate(date: string): number {
  return day(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function yearOf(value: number): number {
  return new Date(value * MS_PER_DAY).getUTCFullYear();
}

const pad = (value: number): string => String(value).padStart(2, "0");

/** An ISO instant on the given day at the given minute of the day, with a +08:00 offset. */
export function instant(value: number, minuteOfDay = 9 * 60): string {
  const minutes = Math.max(0, Math.min(24 * 60 - 1, Math.round(minuteOfDay)));
  return `${dateOf(value)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00+08:00`;
}

/** An instant during office hours (08:30–18:00) on the given day, clamped into the data window. */
export function officeInstant(rng: Rng, value: number): string {
  return instant(clampDay(value), rng.int(8 * 60 + 30, 18 * 60));
}

/** A day in [from, to], both inclusive. */
export function randomDay(rng: Rng, from: number, to: number): number {
  return to <= from ? from : rng.int(from, to);
}

/** A random day within a calendar year (optionally limited to months). */
export function dayInYear(rng: Rng, year: number, fromMonth = 1, toMonth = 12): number {
  const from = day(year, fromMonth, 1);
  const to = day(toMonth === 12 ? year + 1 : year, toMonth === 12 ? 1 : toMonth + 1, 1) - 1;
  return randomDay(rng, from, to);
}

/** The day part of an instant or date string. */
export function dayOfInstant(value: string): number {
  return dayOfDate(value.slice(0, 10));
}
