// The reader's problems in words (lib/i18n/reader.ts): every code, in English and French, with the
// values the reader gives and without any (a reading stored by an earlier version), reads as plain
// words: no internal key, no raw ISO date, no "undefined", real plurals, French typography. And a
// reading stored by an earlier version (an English `message`, no `values`) is brought forward.
import { describe, expect, it } from 'vitest';
import { readerProblemText } from '../../../lib/i18n/reader';
import { PROBLEM_CODES, type ProblemCode, type ReadingProblem } from '../../../lib/reader/types';
import { readingSchema, upgradeReading } from '../../../lib/schema/reading';

/** A problem as the reader writes it, for each code. */
const SAMPLES: Record<ProblemCode, ReadingProblem> = {
  'page-not-recognised': { code: 'page-not-recognised' },
  'page-too-deep': { code: 'page-too-deep', values: { depth: 1024 } },
  'page-styles-unknown': { code: 'page-styles-unknown', values: { links: 1, rules: 0 } },
  'conflicting-values': {
    code: 'conflicting-values',
    fields: ['crs.rows.education'],
    values: { shown: '112 8 13' },
  },
  'several-score-tables': { code: 'several-score-tables', fields: ['crs.rows'] },
  'rows-do-not-add-up': {
    code: 'rows-do-not-add-up',
    fields: ['crs.total', 'crs.rows'],
    values: { rows: 16, sum: 1056, total: 1071 },
  },
  'unknown-row': {
    code: 'unknown-row',
    values: { label: 'CRS - Additional - High-Wage Occupation', value: 25 },
  },
  'value-above-maximum': {
    code: 'value-above-maximum',
    fields: ['crs.rows.age'],
    values: { value: 118, max: 110 },
  },
  'footnote-assumed': {
    code: 'footnote-assumed',
    fields: ['crs.rows.transferEducation'],
    values: { shown: 501, read: 50 },
  },
  'date-ambiguous': {
    code: 'date-ambiguous',
    fields: ['invitation.date'],
    values: { readings: '2019-07-10 2019-10-07' },
  },
  'program-conflict': {
    code: 'program-conflict',
    fields: ['invitation.program'],
    values: { programs: 'FSW CEC' },
  },
  'deadline-conflict': {
    code: 'deadline-conflict',
    fields: ['invitation.deadline'],
    values: { deadlines: '2019-09-09T00:00:00Z 2019-09-10T23:59:00Z' },
  },
  'deadline-ambiguous': {
    code: 'deadline-ambiguous',
    fields: ['invitation.deadline'],
    values: { readings: '2020-03-04 2020-04-03', letter: '2019-07-01', fitting: 0 },
  },
  'deadline-not-60-days': {
    code: 'deadline-not-60-days',
    fields: ['invitation.deadline', 'invitation.date'],
    values: {
      deadline: '2019-10-09T00:00:00Z',
      letter: '2019-07-10',
      days: 91,
      expected: '2019-09-09T00:00:00Z',
    },
  },
  'days-left-ambiguous': {
    code: 'days-left-ambiguous',
    fields: ['daysLeftToSubmit'],
    values: { shown: '58 1' },
  },
};

const cases = PROBLEM_CODES.flatMap((code) =>
  (['en', 'fr'] as const).flatMap((language) => [
    [code, language, 'with its values', SAMPLES[code]] as const,
    [code, language, 'as stored before values', { code, fields: SAMPLES[code].fields }] as const,
  ]),
);

describe('readerProblemText', () => {
  it.each(cases)('%s in %s, %s: plain words', (_code, language, _how, problem) => {
    const text = readerProblemText(problem, language);
    expect(text.length, 'a sentence').toBeGreaterThan(20);
    expect(text, 'no placeholder leaked').not.toMatch(/undefined|null|NaN|\[object|\$\{/);
    expect(text, 'no raw ISO date or instant').not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text, 'no internal field name').not.toMatch(/crs\.|invitation\.|daysLeftToSubmit/);
    expect(text, 'real plurals').not.toMatch(/\(s\)/);
    if (language === 'fr') {
      expect(text, 'a no-break space before « : ; ! ? »').not.toMatch(/ [:;!?]/);
      expect(text, 'narrow no-break spaces inside guillemets').not.toMatch(/« | »/);
    }
  });

  it.each([
    ['rows-do-not-add-up', 'en', ['1,056', '1,071', '16 rows']],
    ['rows-do-not-add-up', 'fr', ['1\u00a0056', '1\u00a0071', '16 lignes']],
    ['conflicting-values', 'en', ['112, 8 and 13', '“Level of education”']],
    ['conflicting-values', 'fr', ['112, 8 et 13', '«\u202fNiveau de scolarité\u202f»']],
    ['deadline-not-60-days', 'en', ['July 10, 2019', 'October 9, 2019 at 00:00 UTC', '91 days']],
    [
      'deadline-not-60-days',
      'fr',
      ['10 juillet 2019', '9 octobre 2019 à 0\u00a0h (UTC)', '91\u00a0jours'],
    ],
    ['deadline-ambiguous', 'fr', ['4 mars 2020 ou 3 avril 2020', '1er juillet 2019']],
    ['date-ambiguous', 'en', ['July 10, 2019 or October 7, 2019']],
    ['program-conflict', 'fr', ['Programme des travailleurs qualifiés (fédéral) (TQF)']],
    ['unknown-row', 'en', ['“CRS - Additional - High-Wage Occupation”, 25 points']],
    ['footnote-assumed', 'en', ['501', 'read as 50 followed by a footnote mark']],
    ['value-above-maximum', 'fr', ['118', '«\u202fÂge\u202f»', '110']],
  ] as const)('%s in %s says %j', (code, language, parts) => {
    const text = readerProblemText(SAMPLES[code], language);
    for (const part of parts) expect(text, `${code} (${language})`).toContain(part);
  });

  it.each([
    [1, 'en', '1 point'],
    [1, 'fr', '1 point'],
    [0, 'fr', '0 point'],
    [2, 'fr', '2 points'],
  ] as const)('a row worth %i point(s) in %s: %j', (value, language, words) => {
    const problem = { code: 'unknown-row', values: { label: 'CRS – New', value } } as const;
    expect(readerProblemText(problem, language)).toContain(`, ${words}.`);
  });
});

describe('a reading stored by an earlier version', () => {
  const old = {
    kind: 'ita-letter',
    language: 'en',
    invitation: { date: '2022-06-22', program: 'CEC', deadline: '2022-08-22T00:00:00Z' },
    crs: { total: 475, rows: { age: 110 } },
    daysLeftToSubmit: null,
    profileNumber: null,
    missing: [],
    problems: [
      {
        code: 'rows-do-not-add-up',
        message: 'The 16 rows read add up to 470, but the page states a total of 475.',
        fields: ['crs.total', 'crs.rows'],
      },
    ],
  };

  it('is refused as it was stored, and read once upgraded', () => {
    expect(readingSchema.safeParse(old).success, 'the old shape, as is').toBe(false);
    const parsed = readingSchema.safeParse(upgradeReading(old));
    expect(parsed.success, 'upgradeReading(old) parses').toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.problems).toEqual([
      { code: 'rows-do-not-add-up', fields: ['crs.total', 'crs.rows'] },
    ]);
    const [problem] = parsed.data.problems;
    if (problem) expect(readerProblemText(problem, 'fr')).toMatch(/ne donnent pas le total/);
  });

  it.each([
    ['a reading of today', { ...old, problems: [] }],
    ['not an object', 'ita-letter'],
    ['null', null],
    ['problems that are not a list', { ...old, problems: 'none' }],
  ])('%s is returned as it is', (_name, value) => {
    expect(upgradeReading(value)).toEqual(value);
  });
});
