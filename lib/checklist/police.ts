// Police certificates: one per person and country (other than Canada) where they spent 6 months or
// more in a row in the last 10 years or since 18, whichever is shorter (cic.gc.ca help centre,
// answer 1143). The countries the user listed come first; a stay abroad their work periods show and
// the list lacks is added, so a forgotten country is not found by IRCC first.
import { addYears, dayNumber } from '../dates';
import type { WorkPeriod } from '../facts';
import { windowBefore } from '../work';
import type { Context } from './context';
import type { Draft } from './draft';
import { CHECKLIST_SOURCES as SRC } from './sources';
import type { PeriodRef } from './types';

/** Six calendar months are never fewer than 181 days (January 1 to July 1). */
const SIX_MONTHS_DAYS = 181;
const LOOK_BACK_YEARS = 10;
const ADULT_AGE = 18;

export const periodRef = (p: WorkPeriod): PeriodRef => ({
  start: p.start,
  end: p.end,
  country: p.country,
  hoursPerWeek: p.hoursPerWeek,
  teer: p.teer,
  selfEmployed: p.selfEmployed,
});

/** The first day of the look-back: 10 years before today, or the 18th birthday if later. */
function lookBackFrom(ctx: Context): string {
  const tenYears = windowBefore(ctx.today, LOOK_BACK_YEARS).from;
  const birth = ctx.facts.dateOfBirth;
  const adult = birth ? addYears(birth, ADULT_AGE) : null;
  return adult !== null && adult > tenYears ? adult : tenYears;
}

/** Days of `p` inside [from, today]. */
function daysWithin(p: WorkPeriod, from: string, today: string): number {
  const start = p.start > from ? p.start : from;
  const end = p.end === null || p.end > today ? today : p.end;
  return end < start ? 0 : dayNumber(end) - dayNumber(start) + 1;
}

export function policeDrafts(ctx: Context): Draft[] {
  const listed = ctx.facts.policeCertificates;
  if (listed === undefined) ctx.missing.add('policeCertificates');
  const drafts: Draft[] = [];
  const seen = new Set<string>();
  for (const row of listed ?? []) {
    const person = row.person ?? 'candidate';
    const id = `${person}:${row.country}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const canada = row.country === 'CA';
    drafts.push({
      id: 'police-certificate',
      for: person,
      country: row.country,
      why: canada ? { code: 'police-canada' } : { code: 'police-listed', country: row.country },
      needed: !canada,
      proven: row.received,
      requested: row.requested ?? null,
      required: true,
      source: SRC.police,
    });
  }
  const from = lookBackFrom(ctx);
  for (const period of ctx.facts.work ?? []) {
    const id = `candidate:${period.country}`;
    if (period.country === 'CA' || seen.has(id)) continue;
    if (daysWithin(period, from, ctx.today) < SIX_MONTHS_DAYS) continue;
    seen.add(id);
    drafts.push({
      id: 'police-certificate',
      for: 'candidate',
      country: period.country,
      why: { code: 'police-worked', country: period.country, period: periodRef(period) },
      needed: true,
      required: true,
      source: SRC.police,
    });
  }
  return drafts;
}
