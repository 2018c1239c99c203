// Sibling in Canada 15; French (NCLC 7+ on all four) 15, or 30 with English CLB 5+ on all four.
import { CRS_2016_11_19 } from './crs-2016-11-19';
import type { CrsGrid } from './types';

export const CRS_2017_06_06: CrsGrid = {
  ...CRS_2016_11_19,
  id: 'crs-2017-06-06',
  effectiveFrom: '2017-06-06',
  effectiveTo: '2020-10-26',
  change: 'Sibling in Canada 15; French proficiency 15 (30 with English CLB 5+).',
  additional: {
    ...CRS_2016_11_19.additional,
    sibling: 15,
    frenchBonus: { minNclc: 7, minClb: 5, frenchOnly: 15, frenchAndEnglish: 30 },
  },
};
