// "As of March 25, 2025, we're removing job offer points from the Comprehensive Ranking System
// for current and future candidates." (JOB_OFFER_REMOVAL_NOTICE). Everything else unchanged.
import { CRS_2020_10_27 } from './crs-2020-10-27';
import { CRS_CRITERIA_PAGE, JOB_OFFER_REMOVAL_NOTICE, MINISTERIAL_INSTRUCTIONS } from './sources';
import type { CrsGrid } from './types';

export const CRS_2025_03_25: CrsGrid = {
  ...CRS_2020_10_27,
  id: 'crs-2025-03-25',
  effectiveFrom: '2025-03-25',
  effectiveTo: null,
  sources: [CRS_CRITERIA_PAGE, JOB_OFFER_REMOVAL_NOTICE, MINISTERIAL_INSTRUCTIONS],
  change: 'No points for job offers (arranged employment 0).',
  additional: {
    ...CRS_2020_10_27.additional,
    arrangedEmployment: { none: 0, noc00: 0, other: 0 },
  },
};
