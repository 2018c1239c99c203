// Readings and facts the checklist, documents, reminders and CLI tests share: an ITA letter per
// program, read on 2026-11-22 in Toronto, with IRCC's breakdown rows as the letter would show them.
import type { Facts, LanguageTestFact, WorkPeriod } from '@/lib/facts';
import type { CrsRowKey, Program, Reading } from '@/lib/reader/types';
import { workPeriod } from './facts';

/** 2026-11-22 12:00 UTC: the letter of 2026-11-12 has its last day on 2027-01-11 in Toronto. */
export const NOW = Date.parse('2026-11-22T12:00:00Z');
export const ZONE = 'America/Toronto';
export const LAST_DAY = '2027-01-11';
/** From 2026-11-22 to 2027-01-11. */
export const DAYS_LEFT = 50;

/** IRCC's 16 breakdown rows, every one at 0. */
export const NO_POINTS: Record<CrsRowKey, number> = {
  age: 0,
  education: 0,
  firstLanguage: 0,
  secondLanguage: 0,
  canadianWork: 0,
  spouseEducation: 0,
  spouseLanguage: 0,
  spouseCanadianWork: 0,
  transferEducation: 0,
  transferForeignWork: 0,
  transferCertificate: 0,
  frenchBonus: 0,
  sibling: 0,
  canadianEducation: 0,
  arrangedEmployment: 0,
  provincialNomination: 0,
};

/** An ITA letter of 2026-11-12 under `program`, every row shown (0 unless given). */
export function letter(program: Program, rows: Partial<Record<CrsRowKey, number>> = {}): Reading {
  const all = { ...NO_POINTS, age: 100, education: 120, firstLanguage: 120, ...rows };
  return {
    kind: 'ita-letter',
    language: 'en',
    invitation: { date: '2026-11-12', program, deadline: '2027-01-12T00:00:00Z' },
    crs: { total: Object.values(all).reduce((a, b) => a + b, 0), rows: all },
    daysLeftToSubmit: null,
    profileNumber: null,
    missing: [],
    problems: [],
  };
}

export const ielts = (resultDate: string): LanguageTestFact => ({
  language: 'english',
  test: 'ielts-general',
  resultDate,
  scores: { listening: 8, reading: 7, writing: 7, speaking: 7 },
});

export const job = (
  start: string,
  end: string | null,
  country: string,
  extra: Partial<WorkPeriod> = {},
): WorkPeriod => workPeriod({ start, end, country, ...extra });

/** What every scenario has unless it says otherwise: single, no children, nothing claimed. */
export const BASE: Facts = {
  family: { spouse: 'none', children: 0 },
  languageTests: [ielts('2025-08-14')],
  education: { level: 'bachelorsOrThreeYear', ecaIssued: '2024-02-01', canadian: 'none' },
  work: [job('2021-01-04', null, 'CA')],
  policeCertificates: [],
  nomination: 'none',
  funds: { amount: 30000, jobOffer: false, authorizedToWork: false },
  siblingInCanada: false,
  certificateOfQualification: false,
};
