// The rounds shown beside "if declined": the same category, or for a program round the program
// rounds and general rounds that invite it; up to today; newest first; six at most.
import { describe, expect, it } from 'vitest';
import { recentCutoffs } from '../../../lib/plan/declined';
import { BUNDLED_ROUNDS, type Round } from '../../../lib/rounds';

const round = (date: string, name: string, programs: string, category: string | null): Round => ({
  number: date,
  date,
  name,
  cutoff: Number(date.slice(8)) + 400,
  size: 1000,
  programs,
  category,
});

const ROUNDS: Round[] = [
  round('2026-03-10', 'Canadian Experience Class', 'Canadian Experience Class', null),
  round(
    '2026-02-11',
    'French language proficiency (Version 1)',
    'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
    'french',
  ),
  round('2026-02-10', 'Canadian Experience Class', 'Canadian Experience Class', null),
  round(
    '2026-02-09',
    'General',
    'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program',
    null,
  ),
  round('2026-02-08', 'Provincial Nominee Program', 'Provincial Nominee Program', null),
];

describe('recentCutoffs', () => {
  it.each<[string, Parameters<typeof recentCutoffs>[1], string[]]>([
    [
      'a CEC invitation: CEC and general rounds',
      { round: null, category: null, program: 'CEC' },
      ['2026-02-10', '2026-02-09'],
    ],
    [
      'a PNP invitation: PNP and all-program rounds',
      { round: null, category: undefined, program: 'PNP' },
      ['2026-02-08'],
    ],
    [
      'a French-category round: that category only',
      {
        round: { name: 'French language proficiency (Version 1)' },
        category: null,
        program: 'CEC',
      },
      ['2026-02-11'],
    ],
    [
      'the category the user gave when no round matched',
      { round: null, category: 'french', program: null },
      ['2026-02-11'],
    ],
    [
      'nothing known: no rounds rather than a guess',
      { round: null, category: null, program: null },
      [],
    ],
  ])('%s', (_, kind, dates) => {
    expect(recentCutoffs(ROUNDS, kind, '2026-03-01').map((r) => r.date)).toEqual(dates);
  });

  it('keeps six, newest first, none after the day', () => {
    const recent = recentCutoffs(
      BUNDLED_ROUNDS,
      { round: null, category: null, program: 'CEC' },
      '2026-06-30',
    );
    expect(recent).toHaveLength(6);
    expect(recent.map((r) => r.date)).toEqual([...recent.map((r) => r.date)].sort().reverse());
    expect(recent.every((r) => r.date <= '2026-06-30')).toBe(true);
  });
});
