// A what-if applied to the corrected CRS: only the rows the change touches are re-scored, under the
// grid of the day it happens; every other row keeps its corrected number (IRCC's, or the facts'
// where they replaced IRCC's). The total moves by the difference of the capped sections, so the
// section caps bind as they would at IRCC.
import { gridFor, rowsFor, sectionsFor, totalOf, type CrsProfile } from '../crs';
import { CRS_ROW_KEYS, type CrsRowKey } from '../reader/types';

export type Rows = Record<CrsRowKey, number>;

/** Every row, from a lookup (the rows of a breakdown, each known). */
export function rowsFrom(get: (key: CrsRowKey) => number): Rows {
  return {
    age: get('age'),
    education: get('education'),
    firstLanguage: get('firstLanguage'),
    secondLanguage: get('secondLanguage'),
    canadianWork: get('canadianWork'),
    spouseEducation: get('spouseEducation'),
    spouseLanguage: get('spouseLanguage'),
    spouseCanadianWork: get('spouseCanadianWork'),
    transferEducation: get('transferEducation'),
    transferForeignWork: get('transferForeignWork'),
    transferCertificate: get('transferCertificate'),
    frenchBonus: get('frenchBonus'),
    sibling: get('sibling'),
    canadianEducation: get('canadianEducation'),
    arrangedEmployment: get('arrangedEmployment'),
    provincialNomination: get('provincialNomination'),
  };
}

/** The corrected CRS a plan starts from: every row known. */
export interface Baseline {
  total: number;
  rows: Rows;
  /** Scored with an accompanying spouse (decides the core cap). */
  withSpouse: boolean;
}

export interface Rescored {
  total: number;
  /** The touched rows and their new numbers. */
  rows: Partial<Rows>;
}

/** The baseline with `next` replacing some rows, capped under the grid in force on `on`. */
export function withRows(base: Baseline, next: Partial<Rows>, on: string): Rescored {
  const grid = gridFor(on);
  const rows = { ...base.rows, ...next };
  const capped = (r: Rows) => totalOf(sectionsFor(r, grid, base.withSpouse));
  return { total: base.total - capped(base.rows) + capped(rows), rows: next };
}

/** The rows in which `after` differs from `before`, with `after`'s numbers. */
export function touched(before: Rows, after: Rows): Partial<Rows> {
  const out: Partial<Rows> = {};
  for (const key of CRS_ROW_KEYS) if (before[key] !== after[key]) out[key] = after[key];
  return out;
}

/**
 * The corrected CRS after a profile change: `before` is the profile as the corrected CRS scored it,
 * `after` the changed one, both scored under the grid on `on` so that only the change moves rows.
 */
export function rescore(
  base: Baseline,
  before: CrsProfile,
  after: CrsProfile,
  on: string,
): Rescored {
  const grid = gridFor(on);
  return withRows(base, touched(rowsFor(before, grid), rowsFor(after, grid)), on);
}
