// When the CRS will count one more whole year of work: IRCC's counting (lib/work: exact days, at
// most 30 h a week, the last 10 years) run forward day by day, with the ongoing jobs continuing at
// their hours and the oldest days leaving the window as it slides.
import type { WorkPeriod } from '../facts';
import { addDays, dayNumber, fromDayNumber } from '../dates';
import { countHours, HOURS_PER_YEAR, reaches, WINDOW_YEARS, windowBefore } from '../work';

/** Beyond one whole window every counted day is a future day: waiting longer cannot help. */
const HORIZON_DAYS = 366 * WINDOW_YEARS.CRS;

const everyPeriod = () => true;

/**
 * The first day on or after `from` on which the CRS counts `years` whole years of the periods
 * `accept` takes, or null when that does not happen at the current hours.
 */
export function dayReaching(
  work: readonly WorkPeriod[],
  accept: (period: WorkPeriod) => boolean,
  years: number,
  from: string,
): string | null {
  const periods = work.filter(accept);
  if (periods.length === 0) return null;
  const needed = years * HOURS_PER_YEAR;
  // Each day's counted hours are its own (the weekly cap is applied per day), so the window's
  // total can slide: add the day coming in, take off the days going out.
  const hoursOn = (day: number) => {
    const iso = fromDayNumber(day);
    return countHours(periods, { from: iso, to: iso }, everyPeriod).hours;
  };
  // After the last day worked the count can only fall as old days leave the window.
  const lastWorked = Math.max(
    ...periods.map((p) => (p.end === null ? Number.POSITIVE_INFINITY : dayNumber(p.end))),
  );
  let window = windowBefore(from, WINDOW_YEARS.CRS);
  let hours = countHours(periods, window, everyPeriod).hours;
  for (let i = 0; i <= HORIZON_DAYS; i++) {
    if (reaches(hours, needed)) return window.to;
    if (dayNumber(window.to) >= lastWorked) return null;
    const next = windowBefore(addDays(window.to, 1), WINDOW_YEARS.CRS);
    for (let day = dayNumber(window.from); day < dayNumber(next.from); day++) hours -= hoursOn(day);
    hours += hoursOn(dayNumber(next.to));
    window = next;
  }
  return null;
}
