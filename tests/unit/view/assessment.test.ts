// The pure readings of an assessment the popup shows: the reason beside the verdict, the cards, the
// facts still missing (each once), how many checks ran, and the deadline the checks used.
import { describe, expect, it } from 'vitest';
import {
  cardsOf,
  checksProgress,
  deadlineOf,
  missingList,
  reasonOf,
  type AssessmentView,
} from '@/lib/view/assessment';
import type { Finding } from '@/lib/rules/types';
import {
  CUTOFF_UNKNOWN,
  DECLINE,
  READY,
  REVIEW,
  REVIEW_FAMILY,
  assessment,
  checks,
  findings,
} from '../../support/stored';

const MAY_HAVE_CHANGED: Finding = {
  ...findings.cutoff,
  id: 'rules-may-have-changed',
  severity: 'warning',
};

/** The countdown inside the last week: a warning, but the time left on the first screen says it. */
const SOON: Finding = { ...findings.deadline, severity: 'warning' };
const PLANNED_LATE: Finding = {
  ...findings.deadline,
  severity: 'warning',
  title: { en: 'You plan to submit after the deadline', fr: 'Vous prévoyez présenter trop tard' },
  fact: 'plannedSubmission',
};

describe('reasonOf', () => {
  it.each<[string, AssessmentView, string]>([
    ['decline: the first reason to decline', DECLINE, 'finding:score-below-cutoff'],
    ['review: a telling warning before the facts missing', REVIEW_FAMILY, 'finding:family-change'],
    ['review: only facts missing → how many checks ran', REVIEW, 'facts'],
    ['review: facts missing and the cut-off → the facts first', CUTOFF_UNKNOWN, 'facts'],
    [
      'review: only the cut-off',
      assessment('review', [findings.cutoffUnknown, findings.deadline]),
      'cutoff',
    ],
    [
      'review: a background warning leads only when nothing else fired',
      assessment('review', [MAY_HAVE_CHANGED, findings.deadline]),
      'finding:rules-may-have-changed',
    ],
    [
      'review: a background warning does not hide the facts missing',
      assessment('review', [MAY_HAVE_CHANGED, findings.factsMissing]),
      'facts',
    ],
    ['ready: every check passed', READY, 'all-passed'],
    [
      'review: only the deadline close (the time left says how close)',
      assessment('review', [SOON]),
      'deadline-soon',
    ],
    [
      'review: a submission planned after the last day is a reason of its own',
      assessment('review', [SOON, PLANNED_LATE]),
      'finding:deadline',
    ],
  ])('%s', (_why, a, expected) => {
    const reason = reasonOf(a);
    expect(reason.kind === 'finding' ? `finding:${reason.finding.id}` : reason.kind).toBe(expected);
  });

  it('counts checks and facts for the facts reason', () => {
    expect(reasonOf(REVIEW)).toEqual({ kind: 'facts', done: 12, total: 15, count: 2 });
  });
});

describe('cardsOf', () => {
  it.each<[string, AssessmentView, string[]]>([
    [
      'decline: every other finding, most severe first, the plain countdown left out',
      DECLINE,
      ['language-test-expires', 'funds-short'],
    ],
    [
      'facts missing and the cut-off are not cards (the list and the choice say them)',
      CUTOFF_UNKNOWN,
      [],
    ],
    ['the reason’s own finding is not a card again', REVIEW_FAMILY, []],
  ])('%s', (_why, a, expected) => {
    expect(cardsOf(a, reasonOf(a)).map((f) => f.id)).toEqual(expected);
  });

  it('the countdown, close or not, is no card; a submission planned too late is', () => {
    const a = assessment('review', [findings.familyChange, SOON, PLANNED_LATE]);
    expect(cardsOf(a, reasonOf(a))).toEqual([PLANNED_LATE]);
  });
});

describe('missingList and checksProgress', () => {
  it('names each fact once with how many checks wait for it', () => {
    expect(missingList(REVIEW)).toEqual({
      facts: [
        { fact: 'dateOfBirth', checks: 1 },
        { fact: 'work', checks: 2 },
      ],
      page: [],
    });
  });

  it('is empty without a facts-missing finding', () => {
    expect(missingList(DECLINE)).toEqual({ facts: [], page: [] });
  });

  it.each([
    [
      'every check that applies passed or fired (two do not apply)',
      checks(['deadline']),
      { done: 15, total: 15 },
    ],
    [
      'three wait for facts; facts-missing itself is not counted',
      checks(['facts-missing'], ['work-experience-short', 'eca-expired', 'deadline']),
      { done: 12, total: 15 },
    ],
  ])('%s', (_why, list, expected) => {
    expect(checksProgress(list)).toEqual(expected);
  });
});

describe('deadlineOf', () => {
  it.each([
    [
      'the page’s deadline',
      READY,
      '2027-01-19T00:00:00Z',
      { instant: '2027-01-19T00:00:00Z', estimated: false },
    ],
    [
      'estimated by the checks when the page had none',
      READY,
      null,
      { instant: '2027-01-19T00:00:00Z', estimated: true },
    ],
    ['none at all', assessment('review', []), null, null],
  ])('%s', (_why, a, page, expected) => {
    expect(deadlineOf(a, page)).toEqual(expected);
  });
});
