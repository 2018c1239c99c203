// What was seen from outside, one scenario each, on top of the ready base candidate of cases.ts
// (CEC, invited 2026-08-18, deadline 2026-10-18T00:00Z, today 2026-08-25). Each says what must
// hold: never "ready", and the finding or check that names what is wrong. The words test scans
// every text these scenarios produce.
import type { Assessment, EvaluateInput, RuleId } from '../../../lib/rules';
import { baseFacts, input } from './cases';

export interface Scenario {
  input: EvaluateInput;
  /** The finding that must name the problem, and words its English detail must contain. */
  finding?: { id: RuleId; severity: 'decline' | 'warning' | 'info'; says?: string[] };
  /** A further condition, with the message that says what to fix when it fails. */
  also?: (a: Assessment) => string | null;
  /** False for the few scenarios that must stay ready (a fact entered is not missing). */
  notReady?: boolean;
}

const job = baseFacts.work![0]!;
const ielts = baseFacts.languageTests![0]!;
const noDate = input({}, (r) => ({ ...r, invitation: { ...r.invitation, date: null } }));
const noDates = input({}, (r) => ({
  ...r,
  invitation: { ...r.invitation, date: null, deadline: null },
}));
const statusOf = (a: Assessment, id: RuleId) => a.checks.find((c) => c.id === id)?.status;

export const SCENARIOS: Record<string, Scenario> = {
  'the deadline has passed': {
    input: input({}, undefined, { now: Date.UTC(2026, 9, 18, 0, 0, 1) }),
    finding: {
      id: 'deadline',
      severity: 'decline',
      says: ['can no longer be accepted', 'October 18, 2026'],
    },
    also: (a) =>
      a.findings[0]?.title.en === 'This invitation can no longer be used'
        ? null
        : 'the first thing said must be that the invitation can no longer be used',
  },
  'the planned submission is after the deadline': {
    input: input({ plannedSubmission: '2026-10-20' }),
    finding: {
      id: 'deadline',
      severity: 'warning',
      says: ['October 20, 2026', 'October 17, 2026'],
    },
  },
  'the letter date is missing: the ITA date is inferred from the deadline, named': {
    input: noDate,
    finding: { id: 'invitation-date-assumed', severity: 'warning', says: ['August 18, 2026'] },
  },
  'the letter date is missing and the work is short: the program check still judges': {
    input: input({ work: [{ ...job, start: '2025-09-01' }] }, (r) => ({
      ...r,
      invitation: { ...r.invitation, date: null },
    })),
    finding: {
      id: 'program-requirements-not-met',
      severity: 'decline',
      says: ['August 18, 2026 (assumed invitation date)'],
    },
  },
  'the letter date is missing and the claimed work is short: work-experience-short still judges': {
    input: input({}, (r) => ({
      ...r,
      invitation: { ...r.invitation, date: null },
      crs: { total: (r.crs.total ?? 0) + 8, rows: { ...r.crs.rows, canadianWork: 72 } },
    })),
    finding: { id: 'work-experience-short', severity: 'warning' },
  },
  'the letter date is missing in a category round: the category check still judges': {
    input: input({ round: { cutoff: 450, category: 'healthcare' } }, (r) => ({
      ...r,
      invitation: { ...r.invitation, date: null },
    })),
    finding: {
      id: 'category-experience-short',
      severity: 'decline',
      says: ['NOC 21231 is not one of the category’s occupations'],
    },
  },
  'the deadline is missing: estimated from the letter date, named': {
    input: input({}, (r) => ({ ...r, invitation: { ...r.invitation, deadline: null } })),
    finding: {
      id: 'deadline',
      severity: 'warning',
      says: ['estimated as 60 days after the invitation date', 'October 18, 2026'],
    },
  },
  'neither the date nor the deadline: the checks that need the date wait for it': {
    input: noDates,
    finding: { id: 'facts-missing', severity: 'warning', says: ['the invitation date'] },
    also: (a) => {
      const waiting = ['program-requirements-not-met', 'work-experience-short'] as const;
      const wrong = waiting.filter((id) => statusOf(a, id) !== 'needs-facts');
      return wrong.length === 0 ? null : `${wrong.join(', ')} must report needs-facts`;
    },
  },
  'an ECA issued after the invitation': {
    input: input({ education: { ...baseFacts.education, ecaIssued: '2026-08-20' } }),
    finding: {
      id: 'facts-contradict',
      severity: 'warning',
      says: ['August 20, 2026', '“Level of education” (120 points)'],
    },
  },
  'a language result dated after the invitation': {
    input: input({ languageTests: [{ ...ielts, resultDate: '2026-08-20' }] }),
    finding: { id: 'facts-contradict', severity: 'warning', says: ['“First official language”'] },
  },
  'an invitation dated after today': {
    input: input({}, undefined, { now: Date.UTC(2026, 7, 10, 12) }),
    finding: {
      id: 'facts-contradict',
      severity: 'warning',
      says: ['after today, August 10, 2026'],
    },
  },
  'a date of birth that disagrees with the age points': {
    input: input({ dateOfBirth: '1990-03-01' }),
    finding: {
      id: 'facts-contradict',
      severity: 'warning',
      says: ['36 years old', '“Age”', '105 points'],
    },
  },
  'a date of birth in the future': {
    input: input({ dateOfBirth: '2026-12-01' }),
    finding: { id: 'facts-contradict', severity: 'warning', says: ['December 1, 2026'] },
  },
  'a date of birth after the invitation': {
    input: input({ dateOfBirth: '2026-08-20' }),
    finding: {
      id: 'facts-contradict',
      severity: 'warning',
      says: ['is not before the invitation date, August 18, 2026'],
    },
  },
  'work before birth': {
    input: input({ work: [job, { ...job, start: '1994-01-01', end: '1995-01-01' }] }),
    finding: { id: 'facts-contradict', severity: 'warning', says: ['before your date of birth'] },
  },
  'work before 16': {
    input: input({ work: [job, { ...job, start: '2010-01-01', end: '2010-06-01' }] }),
    finding: { id: 'facts-contradict', severity: 'warning', says: ['before you turned 16'] },
  },
  'a spouse not coming with a family size of 1': {
    input: input({ family: { ...baseFacts.family, spouse: 'not-accompanying', size: 1 } }),
    finding: { id: 'facts-contradict', severity: 'warning', says: ['at least 2'] },
  },
  'children left out of the family size': {
    input: input({ family: { ...baseFacts.family, size: 1, children: 2 } }),
    finding: { id: 'facts-contradict', severity: 'warning', says: ['2 dependent children'] },
  },
  'a score above the cut-off is no finding': {
    input: input(),
    notReady: false,
    also: (a) =>
      a.findings.some((f) => f.id === 'score-below-cutoff')
        ? 'score-below-cutoff must not be a finding when the score is above the cut-off'
        : statusOf(a, 'score-below-cutoff') === 'pass'
          ? null
          : 'score-below-cutoff must report pass',
  },
  'two police certificates, one received and one requested, are entered': {
    input: input({
      policeCertificates: [
        { country: 'IN', received: true },
        { country: 'AE', received: false, requested: '2026-08-20' },
      ],
    }),
    finding: {
      id: 'police-certificates-pending',
      severity: 'warning',
      says: ['United Arab Emirates'],
    },
    also: (a) =>
      a.findings.some((f) => f.missing?.some((m) => m.fact === 'policeCertificates'))
        ? 'police certificates are entered: they must not be listed as missing'
        : null,
  },
  'a category round: a period outside the category is named, with why': {
    input: input({
      round: { cutoff: 450, category: 'stem' },
      work: [job, { ...job, start: '2019-01-01', end: '2021-12-31', noc: '21220' }],
    }),
    finding: {
      id: 'category-experience-short',
      severity: 'decline',
      says: [
        'NOC 21231 is not one of the category’s occupations',
        'outside the 3 years before the invitation',
      ],
    },
  },
  'a round for physicians: work abroad does not count': {
    input: input({
      round: { cutoff: 450, category: 'physicians' },
      work: [{ ...job, noc: '31100', country: 'FR' }],
    }),
    finding: { id: 'category-experience-short', severity: 'decline', says: ['not in Canada'] },
  },
  'a missing fact': {
    input: input({ policeCertificates: undefined }),
    finding: { id: 'facts-missing', severity: 'warning', says: ['your police certificates'] },
  },
  'a page date far in the future': {
    input: input({}, (r) => ({
      ...r,
      invitation: { ...r.invitation, date: '9999-12-31', deadline: '9999-12-31T00:00:00Z' },
    })),
    finding: { id: 'facts-missing', severity: 'warning', says: ['the invitation date'] },
    also: (a) =>
      a.findings.some((f) => f.detail.en.includes('9999'))
        ? 'a date the rules cannot count with must not be shown as read'
        : null,
  },
  'an expired result on a page without dates: a check, not a decline nobody can know': {
    input: input({ languageTests: [{ ...ielts, resultDate: '2024-06-01' }] }, (r) => ({
      ...r,
      invitation: { ...r.invitation, date: null, deadline: null },
    })),
    finding: { id: 'language-test-expires', severity: 'warning' },
    also: (a) =>
      a.verdict === 'decline'
        ? 'without a deadline, an expired result is to check, not a decline'
        : null,
  },
  'an ECA that turns five before the planned submission': {
    input: input({ education: { ...baseFacts.education, ecaIssued: '2021-09-01' } }),
    finding: { id: 'eca-expired', severity: 'warning', says: ['Submit by August 31, 2026'] },
  },
  'French typography and the deadline in the user’s zone': {
    input: input({}, undefined, { timeZone: 'America/Toronto', now: Date.UTC(2026, 9, 12) }),
    finding: {
      id: 'deadline',
      severity: 'warning',
      says: ['October 17, 2026 at 8:00 p.m. your time (October 18, 2026 at 12:00 a.m. UTC)'],
    },
  },
};
