// Every CRS grid revision the engine knows, oldest first, and which one is in force on a date.
import { isIsoDate } from '../../dates';
import { CRS_2016_11_19 } from './crs-2016-11-19';
import { CRS_2017_06_06 } from './crs-2017-06-06';
import { CRS_2020_10_27 } from './crs-2020-10-27';
import { CRS_2025_03_25 } from './crs-2025-03-25';
import type { CrsGrid } from './types';

export * from './types';

export const GRIDS: readonly CrsGrid[] = [
  CRS_2016_11_19,
  CRS_2017_06_06,
  CRS_2020_10_27,
  CRS_2025_03_25,
];

/**
 * The last day the newest grid is known to hold. Third parties report a revision effective
 * 2026-11-03 (more points for Canadian work, a "high-wage occupation" factor, job-offer points
 * back for listed occupations) whose point values are in no source we have, so a score dated
 * later uses the newest grid and says the rules may have changed.
 */
export const CONFIRMED_THROUGH = '2026-11-02';

export const REPORTED_REVISION = {
  effectiveFrom: '2026-11-03',
  note: 'reported by third parties in October 2026; its point values are not published in any source this tool has',
} as const;

/** A scoring date the engine cannot use: not a `YYYY-MM-DD` day, or before the oldest grid. */
export class CrsDateError extends RangeError {
  override name = 'CrsDateError';
}

const OLDEST = CRS_2016_11_19.effectiveFrom;

/** The grid in force on `on` (`YYYY-MM-DD`). Throws CrsDateError for a bad or too-early date. */
export function gridFor(on: string): CrsGrid {
  if (!isIsoDate(on)) {
    throw new CrsDateError(`date must be a calendar day written YYYY-MM-DD (got "${on}")`);
  }
  if (on < OLDEST) {
    // Before 2016-11-19 job offers were worth 600 and Canadian study nothing: not modelled.
    throw new CrsDateError(`no CRS grid known before ${OLDEST} (got ${on})`);
  }
  const grid = GRIDS.find(
    (g) => g.effectiveFrom <= on && (g.effectiveTo === null || on <= g.effectiveTo),
  );
  if (!grid) throw new CrsDateError(`no CRS grid covers ${on}`);
  return grid;
}
