// Calendar-day arithmetic on `YYYY-MM-DD` strings through UTC day numbers, so that no local time
// zone can shift a date (the tests run under America/Vancouver and Asia/Kolkata too).

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
}

/** Days since 1970-01-01 (UTC); throws on a string that is not a date — callers validate first. */
export function dayNumber(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match || !isIsoDate(iso)) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The same calendar date `years` later (or earlier when negative). February 29 in a year without
 * one becomes February 28 — the earlier of the two possible readings, so a language result dated
 * 2024-02-29 is treated as two years old on 2026-02-28 and the tool never calls a result valid on a
 * day IRCC might not.
 */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || !isIsoDate(iso)) {
    throw new RangeError(`not a YYYY-MM-DD date: ${iso}`);
  }
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Completed years from `birth` to `on` (an age). */
export function wholeYearsBetween(birth: string, on: string): number {
  let years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (addYears(birth, years) > on) years -= 1;
  return years;
}
