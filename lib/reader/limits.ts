// What the CRS grid allows, as the reader checks a page against it: the most each row has ever been
// worth (single candidate, over every grid since 2016-11-19) and the section caps. These are the
// grids' own numbers (lib/crs/grids); the content script cannot carry the grids themselves within
// its size budget, so they are repeated here and tests/unit/reader/limits.test.ts derives them from
// the grids again: a new grid that raises a maximum fails that test until this table follows.
// Source: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
import { CRS_ROW_KEYS, CRS_SECTIONS, type CrsRowKey, type CrsSection } from './types';

// In the order of CRS_ROW_KEYS: age 110, education 150, first language 136, second 24, Canadian
// work 80; the spouse's education 10, language 20, Canadian work 10; each transferability group
// 50; French 50, sibling 15, Canadian education 30, arranged employment 200, nomination 600.
const ROW_MAX = [110, 150, 136, 24, 80, 10, 20, 10, 50, 50, 50, 50, 15, 30, 200, 600];

/** The most the whole score can be. */
export const TOTAL_MAX = 1200;

/** The most a row (or the total) has ever been worth. */
export function maxOf(key: CrsRowKey | 'total'): number {
  return key === 'total' ? TOTAL_MAX : (ROW_MAX[CRS_ROW_KEYS.indexOf(key)] ?? TOTAL_MAX);
}

/** Section caps: core is 500 for a single candidate and 460 with a spouse; core + spouse ≤ 500. */
export const CAPS = {
  coreSingle: 500,
  coreWithSpouse: 460,
  spouse: 40,
  corePlusSpouse: 500,
  transfer: 100,
  additional: 600,
} as const;

/**
 * The totals the grid gives for these rows (absent rows count 0): one when the core cap is known,
 * two when the page does not say whether a spouse was scored (all spouse rows 0 or absent: 500 or
 * 460). Caps are monotonic, so with rows absent these are lower bounds of the real total.
 */
export function cappedTotals(rows: Partial<Record<CrsRowKey, number>>): number[] {
  const sum = (section: CrsSection) =>
    CRS_SECTIONS[section].reduce((total, key) => total + (rows[key] ?? 0), 0);
  const spouse = Math.min(sum('spouse'), CAPS.spouse);
  const rest =
    Math.min(sum('transfer'), CAPS.transfer) + Math.min(sum('additional'), CAPS.additional);
  const withCore = (coreCap: number) =>
    Math.min(Math.min(sum('core'), coreCap) + spouse, CAPS.corePlusSpouse) + rest;
  const totals =
    spouse > 0
      ? [withCore(CAPS.coreWithSpouse)]
      : [withCore(CAPS.coreSingle), withCore(CAPS.coreWithSpouse)];
  return [...new Set(totals.map((t) => Math.min(t, TOTAL_MAX)))];
}
