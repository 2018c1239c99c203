// Sections A (core), B (spouse) and C (skill transferability) of the CRS, unchanged from
// 2016-11-19 through the current grid. Copied from IRCC's CRS criteria page:
// https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
// (corroborated by the IMM5791 letter of 2019-07-10 and IRCC's ECA comparison table).
import type {
  Band,
  CrsGrid,
  HumanCapitalTables,
  Pair,
  SpouseTables,
  TransferTables,
} from './types';

const pair = (withSpouse: number, withoutSpouse: number): Pair => ({ withSpouse, withoutSpouse });

const band = <P>(from: number, to: number | null, points: P): Band<P> => ({ from, to, points });

export const CORE_2016: HumanCapitalTables = {
  // Age in completed years on the day of the profile / of the ITA.
  age: [
    band(0, 17, pair(0, 0)),
    band(18, 18, pair(90, 99)),
    band(19, 19, pair(95, 105)),
    band(20, 29, pair(100, 110)),
    band(30, 30, pair(95, 105)),
    band(31, 31, pair(90, 99)),
    band(32, 32, pair(85, 94)),
    band(33, 33, pair(80, 88)),
    band(34, 34, pair(75, 83)),
    band(35, 35, pair(70, 77)),
    band(36, 36, pair(65, 72)),
    band(37, 37, pair(60, 66)),
    band(38, 38, pair(55, 61)),
    band(39, 39, pair(50, 55)),
    band(40, 40, pair(45, 50)),
    band(41, 41, pair(35, 39)),
    band(42, 42, pair(25, 28)),
    band(43, 43, pair(15, 17)),
    band(44, 44, pair(5, 6)),
    band(45, null, pair(0, 0)),
  ],
  education: {
    lessThanSecondary: pair(0, 0),
    secondary: pair(28, 30),
    oneYear: pair(84, 90),
    twoYear: pair(91, 98),
    bachelorsOrThreeYear: pair(112, 120),
    twoOrMore: pair(119, 128),
    mastersOrProfessional: pair(126, 135),
    doctoral: pair(140, 150),
  },
  // Per ability, summed (max 32 / 34 per ability).
  firstLanguage: {
    perAbility: [
      band(0, 3, pair(0, 0)),
      band(4, 5, pair(6, 6)),
      band(6, 6, pair(8, 9)),
      band(7, 7, pair(16, 17)),
      band(8, 8, pair(22, 23)),
      band(9, 9, pair(29, 31)),
      band(10, null, pair(32, 34)),
    ],
    cap: pair(128, 136),
  },
  // Per ability, summed, then capped: 4 × 6 = 24 is above the 22 allowed with a spouse.
  secondLanguage: {
    perAbility: [
      band(0, 4, pair(0, 0)),
      band(5, 6, pair(1, 1)),
      band(7, 8, pair(3, 3)),
      band(9, null, pair(6, 6)),
    ],
    cap: pair(22, 24),
  },
  canadianWork: [
    band(0, 0, pair(0, 0)),
    band(1, 1, pair(35, 40)),
    band(2, 2, pair(46, 53)),
    band(3, 3, pair(56, 64)),
    band(4, 4, pair(63, 72)),
    band(5, null, pair(70, 80)),
  ],
};

export const SPOUSE_2016: SpouseTables = {
  education: {
    lessThanSecondary: 0,
    secondary: 2,
    oneYear: 6,
    twoYear: 7,
    bachelorsOrThreeYear: 8,
    twoOrMore: 9,
    mastersOrProfessional: 10,
    doctoral: 10,
  },
  firstLanguage: {
    perAbility: [band(0, 4, 0), band(5, 6, 1), band(7, 8, 3), band(9, null, 5)],
    cap: 20,
  },
  canadianWork: [
    band(0, 0, 0),
    band(1, 1, 5),
    band(2, 2, 7),
    band(3, 3, 8),
    band(4, 4, 9),
    band(5, null, 10),
  ],
};

// IRCC's skill-transferability tables have two language columns each: education and foreign work
// "CLB 7 or more" (low) and "CLB 9 or more" (high); the certificate of qualification "CLB 5" (low)
// and "CLB 7" (high); Canadian work "1 year" (low) and "2 years or more" (high).
export const TRANSFER_2016: TransferTables = {
  tiers: {
    educationAndForeignWork: { low: 7, high: 9 },
    certificate: { low: 5, high: 7 },
  },
  canadianWorkColumns: { low: 1, high: 2 },
  foreignWorkRows: [band(0, 0, 'none'), band(1, 2, 'oneToTwo'), band(3, null, 'threePlus')],
  // Trap: a single bachelor's degree is in the 13/25 row ("post-secondary credential of one year
  // or longer"); only two-or-more, master's/professional and doctoral are in the 25/50 row.
  educationRows: {
    lessThanSecondary: 'secondaryOrLess',
    secondary: 'secondaryOrLess',
    oneYear: 'oneYearPlus',
    twoYear: 'oneYearPlus',
    bachelorsOrThreeYear: 'oneYearPlus',
    twoOrMore: 'twoOrMoreOrAdvanced',
    mastersOrProfessional: 'twoOrMoreOrAdvanced',
    doctoral: 'twoOrMoreOrAdvanced',
  },
  educationPlusLanguage: {
    secondaryOrLess: { none: 0, low: 0, high: 0 },
    oneYearPlus: { none: 0, low: 13, high: 25 },
    twoOrMoreOrAdvanced: { none: 0, low: 25, high: 50 },
  },
  educationPlusCanadianWork: {
    secondaryOrLess: { none: 0, low: 0, high: 0 },
    oneYearPlus: { none: 0, low: 13, high: 25 },
    twoOrMoreOrAdvanced: { none: 0, low: 25, high: 50 },
  },
  foreignPlusLanguage: {
    none: { none: 0, low: 0, high: 0 },
    oneToTwo: { none: 0, low: 13, high: 25 },
    threePlus: { none: 0, low: 25, high: 50 },
  },
  foreignPlusCanadianWork: {
    none: { none: 0, low: 0, high: 0 },
    oneToTwo: { none: 0, low: 13, high: 25 },
    threePlus: { none: 0, low: 25, high: 50 },
  },
  certificatePlusLanguage: { none: 0, low: 25, high: 50 },
  groupCap: 50,
};

export const CAPS_2016: CrsGrid['caps'] = {
  core: pair(460, 500),
  spouse: 40,
  corePlusSpouse: 500,
  transfer: 100,
  additional: 600,
};
