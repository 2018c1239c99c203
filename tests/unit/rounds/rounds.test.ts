// The bundled rounds snapshot and matching a letter to its round.
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE, matchRound, type Round } from '@/lib/rounds';

describe('bundled rounds snapshot', () => {
  it('holds IRCC rounds up to #447 (2026-10-01), newest first, with the date of the newest', () => {
    expect(BUNDLED_ROUNDS.length, 'regenerate with scripts/rounds-snapshot.mjs').toBe(448);
    expect(ROUNDS_SNAPSHOT_DATE).toBe('2026-10-01');
    expect(BUNDLED_ROUNDS[0]).toEqual({
      number: '447',
      date: '2026-10-01',
      name: 'Trades Occupations, 2026-Version 3',
      cutoff: 476,
      size: 3500,
      programs:
        'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
      category: 'trade',
    });
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
