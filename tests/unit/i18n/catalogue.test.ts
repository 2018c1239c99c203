// The catalogue: every label a view looks up exists in both languages, and no text is left empty.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, languageFromTag } from '@/lib/i18n';
import { FACT_PATHS } from '@/lib/facts';
import { plainWordsProblems } from '../../support/plain-words.mjs';

const LANGUAGES = ['en', 'fr'] as const;

function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, inner]) =>
      leaves(inner, path ? `${path}.${key}` : key),
    );
  }
  return [[path, value]];
}

describe('catalogue', () => {
  it.each(LANGUAGES)('%s names every fact a finding can point to in words', (language) => {
    const unnamed = FACT_PATHS.filter((fact) => {
      const label = CATALOGUES[language].fact(fact);
      return label.trim() === '' || label === fact || /[.[\]]/.test(label);
    });
    expect(unnamed, `give these a label in lib/facts/names.ts (${language})`).toEqual([]);
  });

  it('English and French have the same keys, none empty', () => {
    const en = leaves(CATALOGUES.en)
      .map(([key]) => key)
      .sort();
    const fr = leaves(CATALOGUES.fr)
      .map(([key]) => key)
      .sort();
    expect(fr, 'lib/i18n/fr.ts must have exactly the keys of en.ts').toEqual(en);
    for (const language of LANGUAGES) {
      const empty = leaves(CATALOGUES[language]).filter(([, value]) => value === '');
      expect(empty, `empty text in lib/i18n/${language}.ts`).toEqual([]);
    }
  });

  it.each([
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['FR-fr', 'fr'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('browser language %s → %s', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });
});

describe('the words themselves', () => {
  const DEADLINE = '2027-01-19T00:00:00Z';
  const ZONE = 'America/Toronto';
  /** Every text of the catalogue, its sentences filled with typical values. */
  const texts = (language: 'en' | 'fr'): [string, string][] => {
    const t = CATALOGUES[language];
    const strings = leaves(t).flatMap(([key, value]): [string, string][] =>
      typeof value === 'string'
        ? [[key, value]]
        : Array.isArray(value)
          ? value.map((v, i): [string, string] => [`${key}.${i}`, String(v)])
          : [],
    );
    const filled: [string, string][] = [
      [
        'answer.expiredReason',
        t.answer.expiredReason({ day: '2027-01-18', deadline: DEADLINE, timeZone: ZONE }),
      ],
      [
        'answer.notRead',
        t.answer.notRead({ fields: ['crs.total', 'crs.rows.age', 'invitation.deadline'] }),
      ],
      ['answer.facts', t.answer.facts({ done: 1, total: 15, count: 1 })],
      ['answer.stale', t.answer.stale({ days: 8 })],
      ['next.apply', t.next.apply({ day: '2027-01-18' })],
      ['numbers.below', t.numbers.below({ points: 1 })],
      [
        'numbers.fromRound',
        t.numbers.fromRound({ number: '380', date: '2026-11-19', name: { kind: 'general' } }),
      ],
      ['time.left', t.time.left({ days: 0, hours: 1, minutes: 5 })],
      ['time.lastDay', t.time.lastDay({ day: '2027-01-18', deadline: DEADLINE, timeZone: ZONE })],
      ['time.utc', t.time.utc({ deadline: DEADLINE })],
      [
        'cutoffChoice.round',
        t.cutoffChoice.round({
          number: '91a',
          date: '2018-06-13',
          name: { kind: 'no-program-specified' },
          cutoff: 1200,
        }),
      ],
      ['missing.waiting', t.missing.waiting({ checks: 1 })],
      [
        'read.from',
        t.read.from({
          source: '/mycic/messages/details',
          at: '2026-11-22T10:00:00Z',
          timeZone: ZONE,
        }),
      ],
      ['read.checkedAt', t.read.checkedAt({ at: '2026-11-22T17:00:00Z', timeZone: ZONE })],
      ['noLetter.daysLeft', t.noLetter.daysLeft({ days: 1 })],
    ];
    return [...strings, ...filled];
  };

  it.each(LANGUAGES)(
    '%s: no internal key, raw date, "(s)" or doubled punctuation; French typography',
    (language) => {
      const bad = texts(language).flatMap(([key, text]) =>
        plainWordsProblems(text, language).map((problem) => `${key}: ${problem}`),
      );
      expect(bad, `fix these texts in lib/i18n/${language}.ts`).toEqual([]);
    },
  );

  it.each([
    ['en', 1, '1 day left to submit'],
    ['en', 2, '2 days left to submit'],
    ['fr', 1, 'Il reste 1\u00a0jour pour présenter la demande'],
    ['fr', 0, 'Il reste 0\u00a0jour pour présenter la demande'],
  ] as const)('%s: %i as a real plural', (language, days, expected) => {
    expect(CATALOGUES[language].noLetter.daysLeft({ days })).toBe(expected);
  });
});
