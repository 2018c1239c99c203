// Arranged employment 200 (NOC 00) / 50 (other skilled) instead of 600; Canadian study 15 / 30.
// No sibling or French points yet: those arrived on 2017-06-06.
import { CAPS_2016, CORE_2016, SPOUSE_2016, TRANSFER_2016 } from './human-capital-2016';
import { CRS_CRITERIA_PAGE, MINISTERIAL_INSTRUCTIONS } from './sources';
import type { CrsGrid } from './types';

export const CRS_2016_11_19: CrsGrid = {
  id: 'crs-2016-11-19',
  effectiveFrom: '2016-11-19',
  effectiveTo: '2017-06-05',
  sources: [CRS_CRITERIA_PAGE, MINISTERIAL_INSTRUCTIONS],
  change: 'Job offers 200 (NOC 00) / 50 (other skilled); Canadian education 15 / 30.',
  caps: CAPS_2016,
  core: CORE_2016,
  spouse: SPOUSE_2016,
  transfer: TRANSFER_2016,
  additional: {
    sibling: 0,
    frenchBonus: { minNclc: 7, minClb: 5, frenchOnly: 0, frenchAndEnglish: 0 },
    canadianEducation: { none: 0, oneOrTwoYear: 15, threeYearsOrMore: 30 },
    arrangedEmployment: { none: 0, noc00: 200, other: 50 },
    provincialNomination: 600,
  },
};
