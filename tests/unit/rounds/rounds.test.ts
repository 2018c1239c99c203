import { describe, expect, it } from 'vitest';
import {
  BUNDLED_ROUNDS,
  ROUNDS_SNAPSHOT_DATE,
  matchRound,
  parseRoundsFeed,
  type Round,
} from '../../../lib/rounds';

const feedRound = (over: Record<string, unknown>): Record<string, unknown> => ({
  drawNumber: '437',
  drawDate: '2026-08-19',
  drawDateTime: 'August 19th 2026 at 12:35:37 UTC',
  drawName: 'French-Language proficiency 2026-Version 2',
  drawSize: '5,000',
  drawCRS: '382',
  drawText2:
    'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
  drawCutOff: 'March 1, 2026 at 18:34:05 UTC',
  ...over,
});

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

describe('parseRoundsFeed', () => {
  it.each([
    ['5,000', 5000],
    ['5 000', 5000],
    ['5\u00a0000', 5000],
    ['1\u202f234', 1234],
    ['442', 442],
  ])('reads drawSize %j as %i', (size, expected) => {
    const result = parseRoundsFeed({ rounds: [feedRound({ drawSize: size, drawCRS: '1,024' })] });
    expect(result).toMatchObject({ ok: true, rounds: [{ size: expected, cutoff: 1024 }] });
  });

  it('keeps round numbers like 91a', () => {
    const result = parseRoundsFeed({ rounds: [feedRound({ drawNumber: '91a' })] });
    expect(result).toMatchObject({ ok: true, rounds: [{ number: '91a' }] });
  });

  it.each([
    [null, 'the feed has no "rounds" list'],
    ['<html>', 'the feed has no "rounds" list'],
    [{ rounds: [] }, 'the feed lists no rounds'],
    [{ rounds: [feedRound({ drawCRS: 'n/a' })] }, 'round 437: drawCRS "n/a" is not a CRS score'],
    [
      { rounds: [feedRound({ drawDate: 'August 19, 2026' })] },
      'round 437: drawDate "August 19, 2026" is not a YYYY-MM-DD date',
    ],
    [
      { rounds: [feedRound({ drawNumber: undefined })] },
      'round 1: drawNumber undefined is not a round number',
    ],
    [{ rounds: [feedRound({ drawSize: 'many' })] }, 'round 437: drawSize "many" is not a number'],
    [{ rounds: [42] }, 'round 1 is not an object'],
  ])('rejects %j: %s', (json, error) => {
    expect(parseRoundsFeed(json)).toEqual({ ok: false, error });
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
