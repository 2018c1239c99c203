// Hand-worked planner scenarios. Every breakdown is written out with the CRS grid rows it comes
// from (crs-2025-03-25, in force since 2025-03-25; single candidate, "without spouse" column), so a
// test failure can be checked with a pencil.
import type { Facts, WorkPeriod } from '../../../lib/facts';
import { planFor } from '../../../lib/plan';
import type { CrsRowKey, Reading } from '../../../lib/reader/types';
import { BUNDLED_ROUNDS } from '../../../lib/rounds';
import { NO_POINTS } from '../../support/readings';
import { CANADIAN_JOB } from '../../support/facts';

export const ITA = '2026-01-06';

/** Full time in Canada, TEER 1: 40 h a week, of which 30 count (30/7 h a day). */
export const job = (start: string): WorkPeriod => ({ ...CANADIAN_JOB, start });

/** IELTS General Training: listening 8, reading 7, writing 7, speaking 7 = CLB 9 in all four. */
const IELTS_CLB9 = { listening: 8, reading: 7, writing: 7, speaking: 7 };
/** listening 7.5, reading/writing/speaking 6.5 = CLB 8 in all four. */
export const IELTS_CLB8 = { listening: 7.5, reading: 6.5, writing: 6.5, speaking: 6.5 };
/** listening 8.5, reading 8, writing 7.5, speaking 7.5 = CLB 10 in all four. */
const IELTS_CLB10 = { listening: 8.5, reading: 8, writing: 7.5, speaking: 7.5 };

/**
 * Born 1996-01-10: 29 at the ITA (2026-01-06), 30 from 2026-01-10. Bachelor's degree, CLB 9,
 * Canadian work since 2023-01-02 (3 full years at the ITA), single.
 */
export const facts: Facts = {
  dateOfBirth: '1996-01-10',
  family: { spouse: 'none', changedSinceProfile: false, size: 1 },
  languageTests: [{ test: 'ielts-general', resultDate: '2025-06-01', scores: IELTS_CLB9 }],
  spouseLanguageTest: null,
  education: { level: 'bachelorsOrThreeYear', ecaIssued: '2024-01-10', canadian: 'none' },
  work: [job('2023-01-02')],
  certificateOfQualification: false,
  siblingInCanada: false,
  nomination: 'none',
};

export type Rows = Record<CrsRowKey, number>;

const NONE: Rows = NO_POINTS;

/**
 * IRCC's breakdown for `facts`:
 * - age 29 → 110; bachelor's → 120; CLB 9 × 4 abilities → 4 × 31 = 124; 3 years Canadian → 64
 *   (core 418)
 * - transfer: education (one-year-plus row) + CLB 9 (high) 25, + Canadian work 2+ years (high) 25
 *   → 50; no foreign work → 0 (transfer 50)
 * Total 468.
 */
export const ROWS: Rows = {
  ...NONE,
  age: 110,
  education: 120,
  firstLanguage: 124,
  canadianWork: 64,
  transferEducation: 50,
};

export function letter(rows: Rows, date = ITA): Reading {
  return {
    kind: 'ita-letter',
    language: 'en',
    invitation: { date, program: 'CEC', deadline: '2026-03-08T00:00:00Z' },
    crs: { total: Object.values(rows).reduce((a, b) => a + b, 0), rows },
    daysLeftToSubmit: null,
    profileNumber: null,
    missing: [],
    problems: [],
  };
}

export function run(
  reading: Reading,
  over: Partial<Facts>,
  today: string,
  cutoff?: number,
): ReturnType<typeof planFor> {
  return planFor({
    reading,
    facts: { ...facts, ...over },
    rounds: BUNDLED_ROUNDS,
    now: Date.parse(`${today}T12:00:00Z`),
    timeZone: 'UTC',
    ...(cutoff !== undefined ? { cutoff } : {}),
  });
}

/** Thin margin: 525 against 512. */
export const THIN = {
  /** Master's, CLB 10, Canadian study of 3 years or more. */
  facts: {
    languageTests: [{ test: 'ielts-general', resultDate: '2025-06-01', scores: IELTS_CLB10 }],
    education: {
      level: 'mastersOrProfessional',
      ecaIssued: '2024-01-10',
      canadian: 'threeYearsOrMore',
    },
  } satisfies Partial<Facts>,
  /**
   * age 29 → 110; master's → 135; CLB 10 × 4 → 4 × 34 = 136; 3 years Canadian → 64 (core 445);
   * transfer: education (two-or-more row) + CLB 10 50, + Canadian 2+ years 50 → capped 50;
   * Canadian study 3+ years → 30. Total 445 + 50 + 30 = 525.
   */
  rows: {
    ...NONE,
    age: 110,
    education: 135,
    firstLanguage: 136,
    canadianWork: 64,
    transferEducation: 50,
    canadianEducation: 30,
  } satisfies Rows,
  cutoff: 512,
};
