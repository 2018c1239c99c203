// The bundled rounds snapshot and matching a letter to its round.
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE, matchRound, type Round } from '@/lib/rounds';
import snapshot from '@/lib/rounds/rounds-data.json';
import { ROUND_447 } from '../../support/rounds';

describe('bundled rounds snapshot', () => {
  it('loads every round of rounds-data.json, each with its name and programs', () => {
    expect(BUNDLED_ROUNDS.length, 'a round of the snapshot was dropped on load').toBe(
      snapshot.rounds.length,
    );
    const unnamed = BUNDLED_ROUNDS.filter((r) => r.name === '' || r.programs === '');
    expect(unnamed, 'a name or programs index points outside the snapshot').toEqual([]);
  });

  it('newest first, numbers once each, dated by its newest round', () => {
    const dates = BUNDLED_ROUNDS.map((r) => r.date);
    expect(dates, 'regenerate with scripts/rounds-snapshot.mjs').toEqual(
      [...dates].sort().reverse(),
    );
    const numbers = BUNDLED_ROUNDS.map((r) => r.number);
    expect(numbers.length - new Set(numbers).size, 'a round listed twice').toBe(0);
    expect(ROUNDS_SNAPSHOT_DATE).toBe(BUNDLED_ROUNDS[0]?.date);
  });

  it('holds round 447 of 2026-10-01 as IRCC published it, and the lettered round 91a', () => {
    expect(BUNDLED_ROUNDS.find((r) => r.number === '447')).toEqual(ROUND_447);
    expect(BUNDLED_ROUNDS.map((r) => r.number)).toContain('91a');
  });
});

describe('matchRound', () => {
  const r = (over: Partial<Round>): Round => ({
    number: '1',
    date: '2026-08-19',
    name: 'Canadian Experience Class',
    cutoff: 500,
    size: 1000,
    programs: 'Canadian Experience Class',
    category: null,
    ...over,
  });
  const rounds = [
    r({
      number: '437',
      name: 'French',
      category: 'french',
      cutoff: 382,
      programs:
        'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
    }),
    r({ number: '436', cutoff: 523 }),
    r({ number: '435', date: '2026-08-17', programs: 'Provincial Nominee Program', cutoff: 760 }),
  ];

  it.each([
    [
      { date: '2026-08-19', program: 'CEC' as const },
      '436',
      'general round preferred without a category',
    ],
    [
      { date: '2026-08-19', program: 'CEC' as const, category: 'french' },
      '437',
      'category picks the French round',
    ],
    [{ date: '2026-08-19', program: 'FSW' as const }, '437', 'only the French round invited FSW'],
    [{ date: '2026-08-17', program: 'PNP' as const }, '435', 'single round that day'],
    [{ date: '2026-08-17', program: null, number: '436' }, '436', 'the user picked the round'],
  ])('%j → round %s (%s)', (query, number, _why) => {
    expect(matchRound(rounds, query).round?.number).toBe(number);
  });

  it('no round on the date: none chosen, the neighbouring days offered', () => {
    const match = matchRound(rounds, { date: '2026-08-18', program: 'CEC' });
    expect(match.round).toBeNull();
    expect(match.candidates.map((c) => c.number)).toEqual(['437', '436', '435']);
  });

  it('matches a real shared date in the snapshot by program', () => {
    const pnp = matchRound(BUNDLED_ROUNDS, { date: '2020-04-09', program: 'PNP' });
    expect(pnp.round?.programs).toMatch(/Provincial Nominee/);
  });
});
