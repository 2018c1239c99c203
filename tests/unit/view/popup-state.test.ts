// Every state the popup can be in, and what its first lines answer, from what is stored.
import { describe, expect, it } from 'vitest';
import { nextStepOf, popupState, type PopupInputs, type PopupState } from '@/lib/view/popup-state';
import { EMPTY_READINGS, withReading, type ReadingsState } from '@/lib/schema/state';
import { EMPTY_ROUNDS_CACHE, type Round } from '@/lib/rounds';
import type { Reading } from '@/lib/reader/types';
import {
  CUTOFF_UNKNOWN,
  DECLINE,
  EXPIRED,
  NOW,
  READ_AT,
  READY,
  REVIEW,
  REVIEW_FAMILY,
  accountHome,
  assessment,
  findings,
  letter,
  profile,
  stored,
  withLetter,
} from '../../support/stored';

const HOUR = 3_600_000;
const cut = (over: Partial<Reading>): Reading => ({ ...letter, ...over });
const failure = (at: string, readingAt: string | null = READ_AT) => ({
  at,
  reason: 'rules-failed' as const,
  readingAt,
});

/** The state's kind, and for a letter its answer's kind. */
function shape(state: PopupState): string {
  return state.kind === 'letter' ? `letter/${state.answer.kind}` : state.kind;
}

describe('popupState', () => {
  const home = withReading(EMPTY_READINGS, accountHome, '/mycic/home', READ_AT);
  const prof = withReading(EMPTY_READINGS, profile, '/eapp/profile', READ_AT);
  it.each<[string, ReadingsState, PopupInputs, string]>([
    ['nothing seen yet', EMPTY_READINGS, {}, 'empty'],
    [
      'an unrelated portal page',
      withReading(EMPTY_READINGS, cut({ kind: 'unknown' }), '/mycic/help', READ_AT),
      {},
      'nothing-to-read',
    ],
    [
      'a letter with neither score nor deadline',
      withLetter(
        cut({
          crs: { total: null, rows: {} },
          invitation: { ...letter.invitation, deadline: null },
        }),
      ),
      { assessment: stored(DECLINE) },
      'unreadable',
    ],
    [
      'an account home without its days left',
      withReading(
        EMPTY_READINGS,
        { ...accountHome, daysLeftToSubmit: null },
        '/mycic/home',
        READ_AT,
      ),
      {},
      'unreadable',
    ],
    ['the account home, no letter', home, { now: NOW }, 'no-letter'],
    ['the profile, no letter', prof, { now: NOW }, 'no-letter'],
    ['a letter, no verdict yet', withLetter(), { now: NOW }, 'letter/checking'],
    ['a letter, no verdict after waiting', withLetter(), { now: NOW, waited: true }, 'letter/slow'],
    [
      'a letter whose verdict is of an earlier reading',
      withLetter(),
      { now: NOW, assessment: stored(READY, '2026-11-01T10:00:00.000Z') },
      'letter/checking',
    ],
    [
      'a letter and its verdict',
      withLetter(),
      { now: NOW, assessment: stored(DECLINE) },
      'letter/verdict',
    ],
    [
      'a failed run on this letter, no verdict',
      withLetter(),
      { now: NOW, failure: failure('2026-11-22T10:00:02.000Z') },
      'letter/failed',
    ],
    [
      'a failed run after this letter’s verdict',
      withLetter(),
      { now: NOW, assessment: stored(READY), failure: failure('2026-11-22T11:00:00.000Z') },
      'letter/failed',
    ],
    [
      'a failed run before this letter’s verdict is over',
      withLetter(),
      { now: NOW, assessment: stored(READY), failure: failure('2026-11-22T09:00:00.000Z') },
      'letter/verdict',
    ],
    [
      'a failed run on another letter is not this one’s',
      withLetter(),
      { now: NOW, failure: failure('2026-11-22T11:00:00.000Z', '2026-11-01T10:00:00.000Z') },
      'letter/checking',
    ],
    [
      'a failed run that could not read the letter',
      withLetter(),
      { now: NOW, failure: failure('2026-11-22T11:00:00.000Z', null) },
      'letter/failed',
    ],
    [
      'the deadline passed by the popup’s clock, before any verdict',
      withLetter(),
      { now: Date.parse('2027-01-19T00:00:00Z') },
      'letter/expired',
    ],
    [
      'the deadline passed by the worker’s clock',
      withLetter(),
      { now: NOW, assessment: stored(EXPIRED) },
      'letter/expired',
    ],
    [
      'expired wins over a failed run',
      withLetter(),
      { now: Date.parse('2027-02-01T00:00:00Z'), failure: failure('2027-02-01T00:00:00.000Z') },
      'letter/expired',
    ],
    [
      'the score table was not read',
      withLetter(cut({ crs: { total: null, rows: {} }, missing: ['crs.total', 'crs.rows.age'] })),
      { now: NOW, assessment: stored(REVIEW) },
      'letter/not-read',
    ],
    [
      'the deadline was not read',
      withLetter(cut({ invitation: { ...letter.invitation, deadline: null } })),
      { now: NOW, assessment: stored(REVIEW) },
      'letter/not-read',
    ],
    [
      'a decline stands even when the score table was not read',
      withLetter(cut({ crs: { total: null, rows: {} } })),
      { now: NOW, assessment: stored(DECLINE) },
      'letter/verdict',
    ],
  ])('%s → %s', (_why, state, inputs, expected) => {
    expect(shape(popupState(state, inputs)), 'the state the popup shows').toBe(expected);
  });

  it('names what of the score table and the deadline was not read', () => {
    const state = popupState(
      withLetter(
        cut({
          crs: { total: null, rows: {} },
          missing: ['crs.total', 'crs.rows.age', 'crs.rows.education'],
        }),
      ),
      { now: NOW, assessment: stored(REVIEW) },
    );
    expect(state.kind === 'letter' && state.answer).toEqual({
      kind: 'not-read',
      fields: ['crs.total', 'crs.rows.age', 'crs.rows.education'],
      assessment: REVIEW,
    });
  });

  it('keeps the account home and the profile side by side when both were read', () => {
    const both = withReading(home, profile, '/eapp/profile', READ_AT);
    const state = popupState(both, { now: NOW });
    expect(
      state.kind === 'no-letter' && [state.accountHome?.reading.kind, state.profile?.reading.kind],
    ).toEqual(['account-home', 'profile']);
  });

  it.each([
    ['a week and a day', Date.parse(READ_AT) + 8 * 24 * HOUR, { kind: 'old', days: 8 }],
    ['a day', Date.parse(READ_AT) + 24 * HOUR, null],
  ])('a reading read %s ago: stale %j', (_why, now, stale) => {
    const state = popupState(withLetter(), { now, assessment: stored(READY) });
    expect(state.kind === 'letter' && state.stale).toEqual(stale);
  });

  describe('the rounds to pick from when the cut-off is not known', () => {
    const round = (number: string, date: string, name: string, programs: string): Round => ({
      number,
      date,
      name,
      cutoff: 500,
      size: 1000,
      programs,
      category: null,
    });
    const cache = {
      ...EMPTY_ROUNDS_CACHE,
      fetchedAt: '2026-11-21T10:00:00.000Z',
      rounds: [
        round('455', '2026-11-19', 'Canadian Experience Class', 'Canadian Experience Class'),
        round('454', '2026-11-18', 'Provincial Nominee Program', 'Provincial Nominee Program'),
      ],
    };

    it('lists the rounds of the invitation’s day and just before, the letter’s program first', () => {
      const state = popupState(withLetter(), {
        now: NOW,
        assessment: stored(CUTOFF_UNKNOWN),
        rounds: cache,
      });
      expect(
        state.kind === 'letter' && state.cutoffChoice?.candidates.map((c) => [c.number, c.fits]),
      ).toEqual([
        ['455', true],
        ['454', false],
      ]);
      expect(state.kind === 'letter' && state.rounds?.downloadedAt).toBe(
        '2026-11-21T10:00:00.000Z',
      );
    });

    it.each([
      ['the cut-off is known', stored(DECLINE)],
      ['no verdict yet', null],
    ])('offers no choice when %s', (_why, a) => {
      const state = popupState(withLetter(), { now: NOW, assessment: a, rounds: cache });
      expect(state.kind === 'letter' && state.cutoffChoice).toBeNull();
    });
  });
});

describe('nextStepOf', () => {
  const step = (inputs: PopupInputs, reading = withLetter()) => {
    const state = popupState(reading, { now: NOW, ...inputs });
    if (state.kind !== 'letter') throw new Error(`expected a letter, got ${state.kind}`);
    return nextStepOf(state);
  };
  it.each<[string, PopupInputs, ReturnType<typeof nextStepOf>]>([
    ['no verdict yet: nothing to do but wait', {}, null],
    ['a failed run', { failure: failure('2026-11-22T11:00:00.000Z') }, null],
    ['expired: nothing left to submit', { assessment: stored(EXPIRED) }, { kind: 'expired' }],
    ['decline', { assessment: stored(DECLINE) }, { kind: 'decline' }],
    [
      'ready: apply by the last safe day',
      { assessment: stored(READY) },
      { kind: 'apply', day: '2027-01-18' },
    ],
    [
      'ready without a deadline finding',
      { assessment: stored(assessment('ready', [])) },
      { kind: 'apply', day: null },
    ],
    [
      'review for a finding that points to a fact',
      { assessment: stored(REVIEW_FAMILY) },
      { kind: 'check-fact', fact: 'family.changedSinceProfile' },
    ],
    [
      'review, cut-off not known: pick the round first',
      { assessment: stored(CUTOFF_UNKNOWN) },
      { kind: 'pick-round' },
    ],
    [
      'review, facts missing: the fact most checks wait for',
      { assessment: stored(REVIEW) },
      { kind: 'enter-fact', fact: 'work' },
    ],
    [
      'review for a finding with no fact and nothing missing',
      {
        assessment: stored(
          assessment('review', [
            { ...findings.cutoff, id: 'breakdown-mismatch', severity: 'warning' },
          ]),
        ),
      },
      { kind: 'review' },
    ],
  ])('%s', (_why, inputs, expected) => {
    expect(step(inputs)).toEqual(expected);
  });

  it('a letter not fully read: open it again or import it', () => {
    const reading = withLetter(cut({ crs: { total: null, rows: {} }, missing: ['crs.total'] }));
    expect(step({ assessment: stored(REVIEW) }, reading)).toEqual({ kind: 'reopen-letter' });
  });
});
