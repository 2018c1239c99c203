// Work experience counted as IRCC counts it: exact calendar days of each period, at most 30 hours
// a week counted (also across jobs held at the same time), 1,560 hours = 1 year full-time, only
// paid skilled work (NOC 2021 TEER 0–3), inside the program's window measured back from a
// reference date (the ITA or the submission).
// https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html
import { addDays, addYears, dayNumber } from '../dates';
import type { WorkPeriod } from '../facts';

export const HOURS_PER_YEAR = 1560;
export const MAX_HOURS_PER_WEEK = 30;
/** Years each program looks back (CEC 3, FSW 10, FST 5; CRS years within the last 10). */
export const WINDOW_YEARS = { CEC: 3, FSW: 10, FST: 5, CRS: 10 } as const;

export interface Window {
  from: string;
  to: string;
}

/** The `years` before `ref`, `ref` included: 3 years before 2026-03-10 is 2023-03-11 … 2026-03-10. */
export function windowBefore(ref: string, years: number): Window {
  return { from: addDays(addYears(ref, -years), 1), to: ref };
}

const skilledPaid = (p: WorkPeriod): boolean => p.paid && p.teer <= 3;
/** CEC and CRS Canadian experience: in Canada, not self-employed, not while a full-time student. */
export const countsForCanadian = (p: WorkPeriod): boolean =>
  skilledPaid(p) && p.country === 'CA' && !p.selfEmployed && !p.fullTimeStudent;
export const countsForForeign = (p: WorkPeriod): boolean => skilledPaid(p) && p.country !== 'CA';
export const countsForFederal = skilledPaid;

/** Counted hours per day of the window, each day's weekly total capped at 30 h. */
function dailyHours(periods: readonly WorkPeriod[], window: Window): number[] {
  const first = dayNumber(window.from);
  const last = dayNumber(window.to);
  const weekly = new Array<number>(Math.max(0, last - first + 1)).fill(0);
  for (const p of periods) {
    // An ongoing period ends on the reference date (the window's last day).
    const start = Math.max(first, dayNumber(p.start));
    const end = Math.min(last, p.end === null ? last : dayNumber(p.end));
    for (let d = start; d <= end; d++)
      weekly[d - first] = (weekly[d - first] ?? 0) + p.hoursPerWeek;
  }
  return weekly.map((h) => Math.min(h, MAX_HOURS_PER_WEEK) / 7);
}

export interface HoursCount {
  /** Counted hours (not rounded; show with `formatHours`). */
  hours: number;
  window: Window;
}

export function countHours(
  periods: readonly WorkPeriod[],
  window: Window,
  accept: (p: WorkPeriod) => boolean,
): HoursCount {
  const hours = dailyHours(periods.filter(accept), window).reduce((a, b) => a + b, 0);
  return { hours, window };
}

/** True when `hours` reaches `needed`; tolerant of the float sum of sevenths. */
export function reaches(hours: number, needed: number): boolean {
  return hours + 1e-6 >= needed;
}

/** Hours shown to the user: whole hours, rounded down so 1,559.9 never reads as 1,560. */
export function wholeHours(hours: number): number {
  return Math.floor(hours + 1e-6);
}

/** CEC: 1,560 h of Canadian skilled work in the 3 years before `ref`. */
export function cecHours(work: readonly WorkPeriod[], ref: string): HoursCount {
  return countHours(work, windowBefore(ref, WINDOW_YEARS.CEC), countsForCanadian);
}

/** FST: 2 years (3,120 h) of skilled work in the 5 years before `ref`. */
export function fstHours(work: readonly WorkPeriod[], ref: string): HoursCount {
  return countHours(work, windowBefore(ref, WINDOW_YEARS.FST), countsForFederal);
}

/**
 * FSW: the most hours in one continuous stretch (same occupation, no break) in the 10 years before
 * `ref`; 1 year needs 1,560 h in one stretch. Periods with the same NOC code that touch or overlap
 * form one stretch; a period without a NOC code stands alone.
 */
export function fswContinuousHours(work: readonly WorkPeriod[], ref: string): HoursCount {
  const window = windowBefore(ref, WINDOW_YEARS.FSW);
  const groups = new Map<string, WorkPeriod[]>();
  work.filter(countsForFederal).forEach((p, i) => {
    const key = p.noc ?? `#${i}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  });
  let best = 0;
  for (const group of groups.values()) {
    let run = 0;
    for (const h of dailyHours(group, window)) {
      run = h > 0 ? run + h : 0;
      best = Math.max(best, run);
    }
  }
  return { hours: best, window };
}

export interface CrsYears {
  canadian: number;
  foreign: number;
  canadianHours: number;
  foreignHours: number;
}

/** Whole years the CRS counts at `ref` (Canadian and foreign, last 10 years). */
export function crsYears(work: readonly WorkPeriod[], ref: string): CrsYears {
  const window = windowBefore(ref, WINDOW_YEARS.CRS);
  const canadianHours = countHours(work, window, countsForCanadian).hours;
  const foreignHours = countHours(work, window, countsForForeign).hours;
  const years = (h: number): number => Math.floor((h + 1e-6) / HOURS_PER_YEAR);
  return {
    canadian: years(canadianHours),
    foreign: years(foreignHours),
    canadianHours,
    foreignHours,
  };
}
