/**
 * Calendar days of the notices are days in China (UTC+8, no daylight saving): a designation date, a
 * deadline "by 31 December". Instants are converted here so rules never depend on the server's zone.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;

/** The date (YYYY-MM-DD) in China at `instant`. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant after the China day `date` (YYYY-MM-DD): a deadline on that day is met before it. */
export function endOfChinaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00+08:00`) + DAY_MS);
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}
