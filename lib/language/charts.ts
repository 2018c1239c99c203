// IRCC's language test equivalency charts, as data: for each test, the lowest score that reaches
// each CLB (English) or NCLC (French) level, per ability. Ranges in the charts are contiguous, so
// the minimum of each row is enough: a score belongs to the highest row whose minimum it meets.
// Source: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/standard-requirements/language-requirements/test-equivalency-charts.html
// TEF Canada: the Express Entry grid restored for all tests (tests of 2023-12-11..2024-05-06 were
// re-issued by CCI): https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html

export const ABILITIES = ['reading', 'writing', 'listening', 'speaking'] as const;
export type Ability = (typeof ABILITIES)[number];
export type PerAbility<T> = Record<Ability, T>;

export const LANGUAGE_TESTS = [
  'ielts-general',
  'celpip-general',
  'pte-core',
  'tef-canada',
  'tcf-canada',
] as const;
export type LanguageTest = (typeof LANGUAGE_TESTS)[number];

/** The range a test reports an ability on: `min`..`max` in steps of `step`. */
export interface Scale {
  min: number;
  max: number;
  step: number;
}

export interface Chart {
  name: string;
  language: 'english' | 'french';
  scale: PerAbility<Scale>;
  /** Rows from the highest level down; `level` is the CLB (or NCLC) a score at or above `min` reaches. */
  rows: readonly { level: number; min: PerAbility<number> }[];
}

const sameScale = (scale: Scale): PerAbility<Scale> => ({
  reading: scale,
  writing: scale,
  listening: scale,
  speaking: scale,
});

const row = (
  level: number,
  reading: number,
  writing: number,
  listening: number,
  speaking: number,
) => ({
  level,
  min: { reading, writing, listening, speaking },
});

export const CHARTS: Record<LanguageTest, Chart> = {
  'ielts-general': {
    name: 'IELTS General Training',
    language: 'english',
    scale: sameScale({ min: 0, max: 9, step: 0.5 }),
    rows: [
      row(10, 8, 7.5, 8.5, 7.5),
      row(9, 7, 7, 8, 7),
      row(8, 6.5, 6.5, 7.5, 6.5),
      row(7, 6, 6, 6, 6),
      row(6, 5, 5.5, 5.5, 5.5),
      row(5, 4, 5, 5, 5),
      row(4, 3.5, 4, 4.5, 4),
    ],
  },
  // CELPIP level = CLB level for 4..9; 10, 11 and 12 are all CLB 10. Level "M" (minimal) is 0 here.
  'celpip-general': {
    name: 'CELPIP-General',
    language: 'english',
    scale: sameScale({ min: 0, max: 12, step: 1 }),
    rows: [10, 9, 8, 7, 6, 5, 4].map((level) => row(level, level, level, level, level)),
  },
  // Pearson's PTE Core table of January 2024 (accepted by IRCC since early 2024); its chart goes
  // down to CLB 3.
  'pte-core': {
    name: 'PTE Core',
    language: 'english',
    scale: sameScale({ min: 10, max: 90, step: 1 }),
    rows: [
      row(10, 88, 90, 89, 89),
      row(9, 78, 88, 82, 84),
      row(8, 69, 79, 71, 76),
      row(7, 60, 69, 60, 68),
      row(6, 51, 60, 50, 59),
      row(5, 42, 51, 39, 51),
      row(4, 33, 41, 28, 42),
      row(3, 24, 32, 18, 34),
    ],
  },
  'tef-canada': {
    name: 'TEF Canada',
    language: 'french',
    scale: {
      reading: { min: 0, max: 300, step: 1 },
      writing: { min: 0, max: 450, step: 1 },
      listening: { min: 0, max: 360, step: 1 },
      speaking: { min: 0, max: 450, step: 1 },
    },
    rows: [
      row(10, 263, 393, 316, 393),
      row(9, 248, 371, 298, 371),
      row(8, 233, 349, 280, 349),
      row(7, 207, 310, 249, 310),
      row(6, 181, 271, 217, 271),
      row(5, 151, 226, 181, 226),
      row(4, 121, 181, 145, 181),
    ],
  },
  'tcf-canada': {
    name: 'TCF Canada',
    language: 'french',
    scale: {
      reading: { min: 0, max: 699, step: 1 },
      writing: { min: 0, max: 20, step: 1 },
      listening: { min: 0, max: 699, step: 1 },
      speaking: { min: 0, max: 20, step: 1 },
    },
    rows: [
      row(10, 549, 16, 549, 16),
      row(9, 524, 14, 523, 14),
      row(8, 499, 12, 503, 12),
      row(7, 453, 10, 458, 10),
      row(6, 406, 7, 398, 7),
      row(5, 375, 6, 369, 6),
      row(4, 342, 4, 331, 4),
    ],
  },
};
