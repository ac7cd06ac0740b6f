/**
 * Pure calendar arithmetic on plain (year, month, day) triples in the proleptic Gregorian
 * calendar, without time zones: no `Date` parsing of text, so an odd input can never make a
 * reference date invalid (the chrono trap of issue 3).
 */

/** A calendar day. `month` is 1-12. */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Days in `month` of `year`. */
export function daysInMonth(year: number, month: number): number {
  // the day before the first of the next month, without a Date object (Date.UTC reads years as
  // `new Date` does)
  return (Date.UTC(year, month, 1) - Date.UTC(year, month - 1, 1)) / 86_400_000;
}

/** True when the triple names a real day between years 1 and 9999. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(d) + n);
}

/** ISO weekday: 1 = Monday (Senin) .. 7 = Sunday (Minggu). */
export function isoWeekday(d: Ymd): number {
  // 1970-01-01 was a Thursday (4)
  const w = (((toDayNumber(d) + 3) % 7) + 7) % 7;
  return w + 1;
}

/** "2023-06-20" */
export function isoDay(d: Ymd): string {
  return `${String(d.year).padStart(4, '0')}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** "2023-06" */
export function isoMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}`;
}

/** "2023-02-14T11:13" */
export function isoDateTime(d: Ymd, hour: number, minute: number): string {
  return `${isoDay(d)}T${pad2(hour)}:${pad2(minute)}`;
}

/** Parse "YYYY-MM-DD" (a longer ISO string is cut); null unless it is a real day. */
export function parseIsoDay(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

/**
 * The most recent day with ISO weekday `weekday` on or before `ref` (`strict`: before `ref`).
 * "pada Senin" in an article of Wednesday 2024-02-21 is 2024-02-19.
 */
export function weekdayOnOrBefore(ref: Ymd, weekday: number, strict = false): Ymd {
  let diff = (isoWeekday(ref) - weekday + 7) % 7;
  if (strict && diff === 0) diff = 7;
  return addDays(ref, -diff);
}

/** The first day with ISO weekday `weekday` after `ref` (`inclusive`: on or after). */
export function weekdayAfter(ref: Ymd, weekday: number, inclusive = false): Ymd {
  let diff = (weekday - isoWeekday(ref) + 7) % 7;
  if (!inclusive && diff === 0) diff = 7;
  return addDays(ref, diff);
}

/** The day with ISO weekday `weekday` in the Monday-based week of `ref`, shifted by `weeks`. */
export function weekdayInWeek(ref: Ymd, weekday: number, weeks = 0): Ymd {
  return addDays(ref, weekday - isoWeekday(ref) + 7 * weeks);
}
