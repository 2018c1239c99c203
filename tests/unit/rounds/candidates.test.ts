// The rounds offered to pick from when no single round matches the letter: on or just before the
// invitation's date, those that invited the letter's program (and category) first.
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUNDS, MAX_CANDIDATES, roundCandidates, type Round } from '@/lib/rounds';

const ALL =
  'Federal Skilled Worker Program, Canadian Experience Class and Federal Skilled Trades Program';
const r = (number: string, date: string, name: string, programs: string, cutoff = 500): Round => ({
  number,
  date,
  name,
  cutoff,
  size: 1000,
  programs,
  category: /french/i.test(name) ? 'french' : null,
});
const rounds: Round[] = [
  r('450', '2026-11-01', 'Canadian Experience Class', 'Canadian Experience Class'),
  r('449', '2026-10-21', 'French-Language proficiency 2026-Version 2', ALL, 400),
  r('448', '2026-10-20', 'Canadian Experience Class', 'Canadian Experience Class', 515),
  r('447', '2026-10-20', 'Provincial Nominee Program', 'Provincial Nominee Program', 730),
  r('446', '2026-10-10', 'Canadian Experience Class', 'Canadian Experience Class', 520),
  r('445', '2026-10-08', 'Provincial Nominee Program', 'Provincial Nominee Program', 740),
  r('444', '2026-10-06', 'Canadian Experience Class', 'Canadian Experience Class', 525),
  r('443', '2026-09-01', 'Canadian Experience Class', 'Canadian Experience Class', 530),
];
const numbers = (list: { number: string }[]) => list.map((c) => c.number);

describe('roundCandidates', () => {
  it.each([
    [
      'CEC letter on a day with a CEC and a PNP round: the CEC round first, then the day after and the rounds before',
      { date: '2026-10-20', program: 'CEC' as const },
      ['448', '449', '446', '444', '447', '445'],
    ],
    [
      'French category asked: the French round first',
      { date: '2026-10-20', program: 'CEC' as const, category: 'french' },
      ['449', '448', '447', '446', '445', '444'],
    ],
    [
      'PNP letter on a day with no round: PNP first, then the day after and the days before',
      { date: '2026-10-09', program: 'PNP' as const },
      ['445', '446', '444'],
    ],
    [
      'program unknown: every round fits, by closeness',
      { date: '2026-10-20', program: null },
      ['448', '447', '449', '446', '445', '444'],
    ],
    [
      'nothing within a month before, nor on the day: nothing to offer',
      { date: '2026-08-15', program: 'CEC' as const },
      [],
    ],
  ])('%s', (_, query, expected) => {
    expect(numbers(roundCandidates(rounds, query))).toEqual(expected);
  });

  it('says where each round stands and whether it fits, with its name as codes', () => {
    const [first, dayAfter] = roundCandidates(rounds, { date: '2026-10-20', program: 'CEC' });
    expect(first).toEqual({
      number: '448',
      date: '2026-10-20',
      cutoff: 515,
      size: 1000,
      name: { kind: 'program', program: 'CEC' },
      fits: true,
      when: 'same-day',
    });
    expect(dayAfter).toMatchObject({
      number: '449',
      when: 'day-after',
      name: { kind: 'category', category: 'french', version: 2, year: 2026 },
    });
  });

  it('never more than a screenful, on the real rounds too', () => {
    const list = roundCandidates(BUNDLED_ROUNDS, { date: '2026-09-29', program: 'CEC' });
    expect(list.length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(list[0]).toMatchObject({ number: '446', cutoff: 518, when: 'same-day', fits: true });
  });
});
