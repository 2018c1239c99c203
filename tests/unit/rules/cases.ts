// One firing and one quiet case for every check of the catalogue, on top of a base candidate who
// is ready (CEC, invited 2026-08-18, deadline 2026-10-18T00:00Z, everything in order). The
// meta-test walks this table; a check without an entry fails the type check and the test.
import { score } from '../../../lib/crs';
import type { Facts } from '../../../lib/facts';
import type { Reading } from '../../../lib/reader/types';
import { BUNDLED_ROUNDS } from '../../../lib/rounds';
import { profileFromFacts } from '../../../lib/rules/corrected-crs';
import type { EvaluateInput, RuleId, Severity } from '../../../lib/rules';
import { CANADIAN_JOB } from '../../support/facts';

export const ITA = '2026-08-18';
export const NOW = Date.UTC(2026, 7, 25, 12, 0);

export const baseFacts: Facts = {
  dateOfBirth: '1995-12-01',
  plannedSubmission: '2026-09-15',
  family: { spouse: 'none', changedSinceProfile: false, size: 1 },
  languageTests: [
    {
      test: 'ielts-general',
      resultDate: '2025-06-01',
      scores: { listening: 8, reading: 7, writing: 7, speaking: 7 },
    },
  ],
  spouseLanguageTest: null,
  education: { level: 'bachelorsOrThreeYear', ecaIssued: '2024-01-10', canadian: 'none' },
  work: [{ ...CANADIAN_JOB, start: '2023-01-02' }],
  certificateOfQualification: false,
  siblingInCanada: false,
  nomination: 'none',
  funds: { amount: 30000, jobOffer: false, authorizedToWork: true },
  policeCertificates: [],
  round: { cutoff: 450 },
};

/** IRCC's breakdown for these facts, as the engine scores them, on the base letter. */
export function readingOf(facts: Facts): Reading {
  const profile = profileFromFacts(facts, ITA, '2026-09-15', 'english');
  if (!profile) throw new Error('base profile');
  const scored = score(profile, ITA);
  return {
    kind: 'ita-letter',
    language: 'en',
    invitation: { date: ITA, program: 'CEC', deadline: '2026-10-18T00:00:00Z' },
    crs: { total: scored.total, rows: { ...scored.rows } },
    daysLeftToSubmit: null,
    profileNumber: null,
    missing: [],
    problems: [],
  };
}

/** IRCC's breakdown for the base facts (age 30 on the ITA date). */
export function baseReading(): Reading {
  return readingOf(baseFacts);
}

export function input(
  facts: Partial<Facts> = {},
  reading: (r: Reading) => Reading = (r) => r,
  over: Partial<EvaluateInput> = {},
): EvaluateInput {
  return {
    reading: reading(baseReading()),
    facts: { ...baseFacts, ...facts },
    rounds: BUNDLED_ROUNDS,
    now: NOW,
    timeZone: 'UTC',
    ...over,
  };
}

const withRows =
  (rows: Partial<Reading['crs']['rows']>, add: number) =>
  (r: Reading): Reading => ({
    ...r,
    crs: { total: (r.crs.total ?? 0) + add, rows: { ...r.crs.rows, ...rows } },
  });

export interface RuleCase {
  fires: { input: EvaluateInput; severity: Severity; why: string };
  /** No finding of the rule; for `deadline`, which always speaks, information only. */
  quiet: { input: EvaluateInput; why: string };
}

const later =
  (date: string, deadline: string) =>
  (r: Reading): Reading => ({ ...r, invitation: { ...r.invitation, date, deadline } });

export const CASES: Record<RuleId, RuleCase> = {
  'score-below-cutoff': {
    fires: {
      input: input({ round: { cutoff: 500 } }),
      severity: 'decline',
      why: 'corrected CRS below a cut-off of 500',
    },
    quiet: { input: input(), why: 'corrected CRS above the cut-off 450' },
  },
  'program-requirements-not-met': {
    fires: {
      input: input({ work: [{ ...baseFacts.work![0]!, start: '2025-09-01' }] }),
      severity: 'decline',
      why: '352 days of CEC work at the ITA',
    },
    quiet: { input: input(), why: '3+ years of Canadian work' },
  },
  'work-experience-short': {
    fires: {
      input: input({}, withRows({ canadianWork: 72 }, 8)),
      severity: 'warning',
      why: 'IRCC counted 4 years, the hours give 3',
    },
    quiet: { input: input(), why: 'claimed years reached' },
  },
  'language-test-expires': {
    fires: {
      input: input({
        languageTests: [{ ...baseFacts.languageTests![0]!, resultDate: '2024-09-15' }],
      }),
      severity: 'warning',
      why: 'turns two on the planned submission day, can still submit earlier',
    },
    quiet: {
      input: input({
        languageTests: [{ ...baseFacts.languageTests![0]!, resultDate: '2024-10-18' }],
      }),
      why: 'turns two the day after the last day to submit',
    },
  },
  'eca-expired': {
    fires: {
      input: input({ education: { ...baseFacts.education, ecaIssued: '2021-08-18' } }),
      severity: 'decline',
      why: 'ECA turned five on the ITA date',
    },
    quiet: {
      input: input({ education: { ...baseFacts.education, ecaIssued: '2021-10-18' } }),
      why: 'ECA turns five after the deadline',
    },
  },
  'nomination-withdrawn': {
    fires: {
      input: input({ nomination: 'withdrawn' }, withRows({ provincialNomination: 600 }, 600)),
      severity: 'decline',
      why: '600 points counted, nomination withdrawn',
    },
    quiet: {
      input: input({ nomination: 'active' }, withRows({ provincialNomination: 600 }, 600)),
      why: 'nomination still active',
    },
  },
  'family-change': {
    fires: {
      input: input({ family: { ...baseFacts.family, changedSinceProfile: true } }),
      severity: 'warning',
      why: 'family changed since the profile',
    },
    quiet: { input: input(), why: 'no change' },
  },
  'funds-short': {
    fires: {
      input: input({ funds: { amount: 15262, jobOffer: false, authorizedToWork: true } }, (r) => ({
        ...r,
        invitation: { ...r.invitation, program: 'FSW' },
      })),
      severity: 'warning',
      why: 'FSW, CAD 15,262 for a family of 1 (needs 15,263)',
    },
    quiet: {
      input: input({ funds: { amount: 15263, jobOffer: false, authorizedToWork: true } }, (r) => ({
        ...r,
        invitation: { ...r.invitation, program: 'FSW' },
      })),
      why: 'exactly CAD 15,263',
    },
  },
  'category-experience-short': {
    fires: {
      input: input({ round: { cutoff: 450, category: 'french' } }),
      severity: 'decline',
      why: 'French round without a French result',
    },
    quiet: {
      input: input({
        round: { cutoff: 450, category: 'stem' },
        work: [{ ...baseFacts.work![0]!, noc: '21220' }],
      }),
      why: '3 years as NOC 21220, a STEM occupation, for a STEM round',
    },
  },
  'police-certificates-pending': {
    fires: {
      input: input({
        policeCertificates: [{ country: 'IN', received: false, requested: '2026-08-20' }],
      }),
      severity: 'warning',
      why: 'India certificate not received',
    },
    quiet: {
      input: input({ policeCertificates: [{ country: 'IN', received: true }] }),
      why: 'all received',
    },
  },
  deadline: {
    fires: {
      input: input({}, undefined, { now: Date.UTC(2026, 9, 11, 0, 0, 1) }),
      severity: 'warning',
      why: 'less than 7 days left',
    },
    quiet: {
      input: input({}, undefined, { now: Date.UTC(2026, 9, 11, 0, 0, 0) }),
      why: 'exactly 7 days left: information only',
    },
  },
  'age-after-invitation': {
    fires: {
      input: input({ dateOfBirth: '1995-09-01' }),
      severity: 'info',
      why: 'turns 31 after the ITA, before submitting',
    },
    quiet: { input: input(), why: 'no birthday before the deadline' },
  },
  'breakdown-mismatch': {
    fires: {
      input: input({}, withRows({ education: 150 }, 30)),
      severity: 'warning',
      why: 'IRCC education 150, facts 120',
    },
    quiet: { input: input(), why: 'rows agree' },
  },
  'cutoff-unknown': {
    fires: {
      input: input({ round: undefined }, later('2026-08-20', '2026-10-20T00:00:00Z')),
      severity: 'warning',
      why: 'no round on 2026-08-20',
    },
    quiet: { input: input({ round: undefined }), why: 'round 436 matched by date and CEC' },
  },
  'facts-missing': {
    fires: {
      input: input({ dateOfBirth: undefined }),
      severity: 'warning',
      why: 'no date of birth: the age checks wait for it',
    },
    quiet: { input: input(), why: 'every fact entered' },
  },
  'facts-contradict': {
    fires: {
      input: input({ family: { ...baseFacts.family, spouse: 'not-accompanying', size: 1 } }),
      severity: 'warning',
      why: 'a spouse who is not coming still counts in a family size of 1',
    },
    quiet: {
      input: input({ family: { ...baseFacts.family, spouse: 'not-accompanying', size: 2 } }),
      why: 'family of 2 with a spouse who is not coming',
    },
  },
  'invitation-date-assumed': {
    fires: {
      input: input({}, (r) => ({ ...r, invitation: { ...r.invitation, date: null } })),
      severity: 'warning',
      why: 'no letter date: inferred from the deadline',
    },
    quiet: { input: input(), why: 'the letter states its date' },
  },
  'rules-may-have-changed': {
    fires: {
      input: input({}, later('2026-11-03', '2027-01-03T00:00:00Z'), { now: Date.UTC(2026, 10, 5) }),
      severity: 'warning',
      why: 'ITA after the confirmed grid',
    },
    quiet: {
      input: input({}, later('2026-11-02', '2027-01-02T00:00:00Z'), { now: Date.UTC(2026, 10, 5) }),
      why: 'ITA on the last confirmed day',
    },
  },
};
