// What the form shows as the user types: CLB/NCLC levels per ability and the counted work hours.
// Computed here (pure) so the components only render.
import type { WorkPeriod } from '../facts';
import { CHARTS, levelName, toClb, type Ability } from '../language';
import {
  countHours,
  countsForCanadian,
  countsForFederal,
  countsForForeign,
  crsYears,
  windowBefore,
  WINDOW_YEARS,
  type Window,
} from '../work';
import type { LanguageTestDraft, WorkDraft } from './draft';
import { scoreOnScale } from './numbers';

export interface LevelsPreview {
  name: 'CLB' | 'NCLC';
  /** Null for an ability whose score is blank or off the test's scale. */
  levels: Record<Ability, number | null>;
}

/** Levels for the abilities typed so far; null until a test is chosen. */
export function levelsPreview(d: LanguageTestDraft): LevelsPreview | null {
  if (d.test === '' || d.test === 'none') return null;
  const test = d.test;
  const typed = (a: Ability) => scoreOnScale(test, a, d[a]);
  // toClb converts four scores at once; an ability not typed yet is given the scale's lowest
  // score (always valid) and its level is not shown.
  const score = (a: Ability) => typed(a) ?? CHARTS[test].scale[a].min;
  const all = toClb(test, {
    reading: score('reading'),
    writing: score('writing'),
    listening: score('listening'),
    speaking: score('speaking'),
  });
  const level = (a: Ability) => (typed(a) === null ? null : all[a]);
  return {
    name: levelName(test),
    levels: {
      reading: level('reading'),
      writing: level('writing'),
      listening: level('listening'),
      speaking: level('speaking'),
    },
  };
}

/**
 * Why a period adds nothing to one of the totals: unpaid work, TEER 4 or 5, and in Canada
 * self-employment or work while a full-time student do not count (IRCC, Canadian Experience Class:
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html).
 */
export type NotCounted = 'unpaid' | 'teer' | 'selfEmployed' | 'student';

export interface PeriodSummary {
  /** Counted hours in the window (30 h/week cap, exact days); null while the row is incomplete. */
  hours: number | null;
  kind: 'canadian' | 'foreign' | 'none';
  reasons: NotCounted[];
}

export interface WorkSummary {
  periods: PeriodSummary[];
  window: Window;
  canadianHours: number;
  foreignHours: number;
  canadianYears: number;
  foreignYears: number;
}

function reasons(p: WorkPeriod): NotCounted[] {
  const out: NotCounted[] = [];
  if (!p.paid) out.push('unpaid');
  if (p.teer > 3) out.push('teer');
  if (p.country === 'CA' && p.selfEmployed) out.push('selfEmployed');
  if (p.country === 'CA' && p.fullTimeStudent) out.push('student');
  return out;
}

/**
 * Counted hours per row and overall, in the 10 years the CRS looks back from `ref` (the planned
 * submission date, else today). Overall totals apply the 30 h/week cap across jobs held at once,
 * so they can be less than the sum of the rows.
 */
export function workSummary(
  rows: readonly WorkDraft[],
  parse: (d: WorkDraft) => WorkPeriod | undefined,
  ref: string,
): WorkSummary {
  const window = windowBefore(ref, WINDOW_YEARS.CRS);
  const parsed = rows.map(parse);
  const periods = parsed.map((p): PeriodSummary => {
    if (p === undefined) return { hours: null, kind: 'none', reasons: [] };
    const kind = countsForCanadian(p) ? 'canadian' : countsForForeign(p) ? 'foreign' : 'none';
    return {
      hours: countHours([p], window, countsForFederal).hours,
      kind,
      reasons: reasons(p),
    };
  });
  const valid = parsed.filter((p): p is WorkPeriod => p !== undefined);
  const years = crsYears(valid, ref);
  return {
    periods,
    window,
    canadianHours: years.canadianHours,
    foreignHours: years.foreignHours,
    canadianYears: years.canadian,
    foreignYears: years.foreign,
  };
}
