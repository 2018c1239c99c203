// Test facts shared by the facts parser tests (tests/unit/facts/parse.test.ts), the options form
// tests (tests/unit/options/forms.test.ts) and the rule cases (tests/unit/rules/cases.ts).
// FACTS_EXAMPLE is the example of docs/formats.md "Candidate facts", in the format the options page
// stores.
import type { Facts, LanguageTestFact, WorkPeriod } from '../../lib/facts';

/**
 * A work period as the options page stores it: full time, paid, TEER 1, in Canada, from 2024-03-04
 * and still held; `over` changes what a test is about.
 */
export function workPeriod(over: Partial<WorkPeriod> = {}): WorkPeriod {
  return {
    start: '2024-03-04',
    end: null,
    hoursPerWeek: 40,
    country: 'CA',
    teer: 1,
    paid: true,
    selfEmployed: false,
    fullTimeStudent: false,
    ...over,
  };
}

/** One full-time, paid job in Canada, TEER 1 (NOC 21231), still held: a period that counts. */
export const CANADIAN_JOB: WorkPeriod = workPeriod({ noc: '21231' });

/** IELTS General Training, English, scored on its own band scale (listening 8.5 is CLB 10). */
export const IELTS_TEST: LanguageTestFact = {
  language: 'english',
  test: 'ielts-general',
  resultDate: '2025-01-20',
  scores: { listening: 8.5, reading: 7, writing: 7, speaking: 7 },
};

export const FACTS_EXAMPLE: Facts = {
  dateOfBirth: '1996-03-14',
  plannedSubmission: '2026-12-01',
  family: { spouse: 'accompanying', changedSinceProfile: false, size: 2 },
  languageTests: [IELTS_TEST],
  spouseLanguageTest: null,
  education: { level: 'mastersOrProfessional', ecaIssued: '2023-05-02', canadian: 'none' },
  spouseEducation: 'bachelorsOrThreeYear',
  work: [CANADIAN_JOB],
  spouseCanadianWorkYears: 0,
  certificateOfQualification: false,
  siblingInCanada: false,
  nomination: 'none',
  funds: { amount: 21000, jobOffer: false, authorizedToWork: true },
  policeCertificates: [{ country: 'IN', received: false, requested: '2026-11-10' }],
  round: { number: '437', cutoff: 382, category: 'french' },
};
