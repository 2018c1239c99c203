// A round's name as codes and values, so the popup can say it in French: every name IRCC has used
// is recognised, none is left as raw English.
import { describe, expect, it } from 'vitest';
import { BUNDLED_ROUNDS, roundName, type RoundName } from '@/lib/rounds';

describe('roundName', () => {
  it.each<[string, RoundName]>([
    [
      'Healthcare and Social Services Occupations, 2026-Version 3',
      { kind: 'category', category: 'healthcare', version: 3, year: 2026 },
    ],
    [
      'French language proficiency (Version 1)',
      { kind: 'category', category: 'french', version: 1, year: null },
    ],
    [
      'Trades Occupations, 2026-Version 3',
      { kind: 'category', category: 'trade', version: 3, year: 2026 },
    ],
    [
      'Senior managers with Canadian Work Experience, 2026-Version 1',
      { kind: 'category', category: 'senior-managers', version: 1, year: 2026 },
    ],
    [
      'Physicians with Canadian Work Experience, 2026-Version 1',
      { kind: 'category', category: 'physicians', version: 1, year: 2026 },
    ],
    ['Canadian Experience Class', { kind: 'program', program: 'CEC' }],
    ['Provincial Nominee Program', { kind: 'program', program: 'PNP' }],
    ['Federal Skilled Worker', { kind: 'program', program: 'FSW' }],
    ['Federal Skilled Trades', { kind: 'program', program: 'FST' }],
    ['General', { kind: 'general' }],
    ['No Program Specified', { kind: 'no-program-specified' }],
    ['Something new', { kind: 'other', text: 'Something new' }],
  ])('%j', (name, expected) => {
    expect(roundName({ name })).toEqual(expected);
  });

  it('every name in the bundled rounds is recognised (none left as IRCC’s English words)', () => {
    const unknown = [...new Set(BUNDLED_ROUNDS.map((r) => r.name))].filter(
      (name) => roundName({ name }).kind === 'other',
    );
    expect(unknown, 'teach lib/rounds/names.ts (or round.ts categoryOf) these names').toEqual([]);
  });
});
