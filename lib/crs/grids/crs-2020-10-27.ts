// French proficiency raised to 25 (50 with English CLB 5+). Announced for 2020-10-27; one
// secondary source says 2020-10-20 — scores dated 2020-10-20..26 may differ by the French bonus.
import { CRS_2017_06_06 } from './crs-2017-06-06';
import type { CrsGrid } from './types';

export const CRS_2020_10_27: CrsGrid = {
  ...CRS_2017_06_06,
  id: 'crs-2020-10-27',
  effectiveFrom: '2020-10-27',
  effectiveTo: '2025-03-24',
  change: 'French proficiency 25 (50 with English CLB 5+).',
  additional: {
    ...CRS_2017_06_06.additional,
    frenchBonus: { minNclc: 7, minClb: 5, frenchOnly: 25, frenchAndEnglish: 50 },
  },
};
