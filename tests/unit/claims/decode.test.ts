// The claims behind IRCC's breakdown (lib/claims). Readings whose truth is known are made by scoring
// profiles with the engine (lib/crs): the profile's own values must always be among the claims.
// Every fixture letter decodes; a row that allows one reading gives exactly one value.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeClaims, decodeLetter, type Claims, type FourLevels } from '@/lib/claims';
import {
  ARRANGED_EMPLOYMENT,
  CANADIAN_EDUCATION,
  EDUCATION_LEVELS,
  parseProfile,
  score,
  type CrsProfile,
} from '@/lib/crs';
import { CRS_ROW_KEYS, type CrsRowKey } from '@/lib/reader/types';

const ROOT = join(import.meta.dirname, '../../..');

/** A day under each grid the engine knows (its first day is covered by the property's dates). */
const GRID_DAYS = ['2017-01-10', '2019-07-10', '2022-06-22', '2026-11-19'] as const;

type Levels = { reading: number; writing: number; listening: number; speaking: number };
const sorted = (l: Levels | undefined): number[] =>
  l === undefined
    ? [0, 0, 0, 0]
    : [l.reading, l.writing, l.listening, l.speaking].sort((a, b) => a - b);

/** The truth's four levels, lowest first, each inside the range at the same place. */
const fitsFour = (four: FourLevels, levels: number[]): boolean =>
  four.every(([from, to], i) => {
    const level = levels[i] ?? -1;
    return level >= from && level <= to;
  });

function readingOf(profile: CrsProfile, date: string) {
  const scored = score(profile, date);
  return { invitation: { date }, crs: { total: scored.total, rows: scored.rows } };
}

/** Every claim the decoder made must allow what the profile really is. */
function expectTruthAmong(claims: Claims, p: CrsProfile): void {
  const [first, second] =
    p.firstOfficialLanguage === 'english' ? [p.english, p.french] : [p.french, p.english];
  const has = <T>(values: readonly T[] | undefined, truth: T, what: string) =>
    expect(values, `${what}: ${JSON.stringify(truth)} must be among the claims`).toContain(truth);
  has(claims.spouse, p.spouse !== null, 'scored with a spouse');
  expect(
    claims.age?.some(([from, to]) => p.age >= from && (to === null || p.age <= to)),
    `age ${p.age} must be in one of ${JSON.stringify(claims.age)}`,
  ).toBe(true);
  has(claims.education, p.education, 'education');
  has(claims.firstOfficialLanguage, p.firstOfficialLanguage, 'first official language');
  expect(
    claims.firstLanguageClb?.some((f) => fitsFour(f, sorted(first))),
    `first language ${JSON.stringify(sorted(first))} in ${JSON.stringify(claims.firstLanguageClb)}`,
  ).toBe(true);
  expect(
    claims.secondLanguageClb?.some((f) => fitsFour(f, sorted(second))),
    `second language ${JSON.stringify(sorted(second))} in ${JSON.stringify(claims.secondLanguageClb)}`,
  ).toBe(true);
  has(claims.canadianWorkYears, Math.min(p.canadianWorkYears, 5), 'Canadian work years');
  has(claims.foreignWorkYears, Math.min(p.foreignWorkYears, 3), 'foreign work years');
  has(claims.certificateOfQualification, p.certificateOfQualification, 'certificate');
  has(claims.siblingInCanada, p.siblingInCanada, 'sibling');
  has(claims.canadianEducation, p.canadianEducation, 'Canadian education');
  has(claims.arrangedEmployment, p.arrangedEmployment, 'arranged employment');
  has(claims.provincialNomination, p.provincialNomination, 'nomination');
  if (p.spouse !== null) {
    has(claims.spouseEducation, p.spouse.education, 'spouse education');
    has(claims.spouseCanadianWorkYears, Math.min(p.spouse.canadianWorkYears, 5), 'spouse work');
    expect(
      claims.spouseLanguageClb?.some((f) => fitsFour(f, sorted(p.spouse?.firstLanguage))),
      'spouse language levels',
    ).toBe(true);
  }
}

const level = fc.integer({ min: 0, max: 12 });
const levels = fc.record({ reading: level, writing: level, listening: level, speaking: level });
const profiles: fc.Arbitrary<CrsProfile> = fc
  .record({
    age: fc.integer({ min: 16, max: 50 }),
    education: fc.constantFrom(...EDUCATION_LEVELS),
    firstOfficialLanguage: fc.constantFrom('english' as const, 'french' as const),
    first: levels,
    second: fc.option(levels, { nil: undefined }),
    canadianWorkYears: fc.integer({ min: 0, max: 7 }),
    foreignWorkYears: fc.integer({ min: 0, max: 5 }),
    certificateOfQualification: fc.boolean(),
    siblingInCanada: fc.boolean(),
    canadianEducation: fc.constantFrom(...CANADIAN_EDUCATION),
    provincialNomination: fc.boolean(),
    arrangedEmployment: fc.constantFrom(...ARRANGED_EMPLOYMENT),
    spouse: fc.option(
      fc.record({
        education: fc.constantFrom(...EDUCATION_LEVELS),
        firstLanguage: fc.option(levels, { nil: undefined }),
        canadianWorkYears: fc.integer({ min: 0, max: 7 }),
      }),
      { nil: null },
    ),
  })
  .map(({ first, second, spouse, ...rest }) => {
    const english = rest.firstOfficialLanguage === 'english' ? first : second;
    const french = rest.firstOfficialLanguage === 'french' ? first : second;
    return {
      ...rest,
      ...(english ? { english } : {}),
      ...(french ? { french } : {}),
      spouse:
        spouse === null
          ? null
          : {
              education: spouse.education,
              canadianWorkYears: spouse.canadianWorkYears,
              ...(spouse.firstLanguage ? { firstLanguage: spouse.firstLanguage } : {}),
            },
    };
  });

describe('the truth is always among the claims', () => {
  it('for random profiles scored under every grid (score → rows → claims)', () => {
    fc.assert(
      fc.property(profiles, fc.constantFrom(...GRID_DAYS), (profile, date) => {
        const decoded = decodeLetter(readingOf(profile, date));
        expect(decoded.together, 'rows the engine wrote must fit together').toBe(true);
        expectTruthAmong(decoded.claims, profile);
      }),
      { numRuns: 300 },
    );
  });

  const dir = join(ROOT, 'tests/fixtures/profiles');
  const valid = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''));
      } catch {
        return [];
      }
      const parsed = parseProfile(json);
      return parsed.ok ? [[name, parsed.profile] as const] : [];
    });

  it('there are fixture profiles to check', () => expect(valid.length).toBeGreaterThan(2));

  it.each(valid.flatMap(([name, p]) => GRID_DAYS.map((day) => [name, day, p] as const)))(
    'for tests/fixtures/profiles/%s scored on %s',
    (_name, day, profile) => {
      expectTruthAmong(decodeClaims(readingOf(profile, day)), profile);
    },
  );
});

describe('a row that allows one reading gives one value', () => {
  it.each<[string, string, CrsRowKey, number, keyof Claims, unknown]>([
    ['a nomination', '2025-03-12', 'provincialNomination', 600, 'provincialNomination', true],
    ['no nomination', '2025-03-12', 'provincialNomination', 0, 'provincialNomination', false],
    ['a sibling', '2024-08-14', 'sibling', 15, 'siblingInCanada', true],
    ['no sibling (since 2017-06-06)', '2024-08-14', 'sibling', 0, 'siblingInCanada', false],
    [
      '3 years of Canadian study',
      '2026-11-12',
      'canadianEducation',
      30,
      'canadianEducation',
      'threeYearsOrMore',
    ],
    [
      '1 or 2 years of Canadian study',
      '2026-11-12',
      'canadianEducation',
      15,
      'canadianEducation',
      'oneOrTwoYear',
    ],
    ['a spouse’s points', '2021-07-14', 'spouseEducation', 7, 'spouse', true],
    [
      'a job offer in NOC 00 (before 2025-03-25)',
      '2019-07-10',
      'arrangedEmployment',
      200,
      'arrangedEmployment',
      'noc00',
    ],
  ])('%s', (_name, date, row, points, key, value) => {
    const claims = decodeClaims({
      invitation: { date },
      crs: { total: null, rows: { [row]: points } },
    });
    expect(
      claims[key],
      `${row} = ${points} on ${date} allows only ${JSON.stringify(value)}`,
    ).toEqual([value]);
  });

  it('the 2019 letter (table-letter fixture): single, 20 to 29, a master’s, 3+ years abroad', () => {
    const reading = JSON.parse(
      readFileSync(join(ROOT, 'tests/fixtures/pages/table-letter.expected.json'), 'utf8'),
    );
    expect(decodeClaims(reading)).toMatchObject({
      spouse: [false],
      age: [[20, 29]],
      education: ['mastersOrProfessional'],
      foreignWorkYears: [3],
      firstLanguageClb: [
        [
          [9, 9],
          [9, 9],
          [10, 12],
          [10, 12],
        ],
      ],
    });
  });

  it('a row whose points allow several readings lists them all (the grid of 2016 gave no sibling points)', () => {
    const claims = decodeClaims({
      invitation: { date: '2017-01-10' },
      crs: { total: null, rows: { sibling: 0 } },
    });
    expect(claims.siblingInCanada).toEqual([false, true]);
  });
});

describe('every fixture letter', () => {
  const dir = join(ROOT, 'tests/fixtures/pages');
  const letters = readdirSync(dir)
    .filter((name) => name.endsWith('.expected.json'))
    .map((name) => [name, JSON.parse(readFileSync(join(dir, name), 'utf8'))] as const)
    .filter(
      ([, reading]) => reading.kind === 'ita-letter' && Object.keys(reading.crs.rows).length > 0,
    );

  it('there are letters', () => expect(letters.length).toBeGreaterThan(5));

  const ROW_OF: Partial<Record<keyof Claims, CrsRowKey>> = {
    age: 'age',
    canadianWorkYears: 'canadianWork',
    foreignWorkYears: 'transferForeignWork',
    certificateOfQualification: 'transferCertificate',
    siblingInCanada: 'sibling',
    canadianEducation: 'canadianEducation',
    arrangedEmployment: 'arrangedEmployment',
    provincialNomination: 'provincialNomination',
    firstLanguageClb: 'firstLanguage',
    secondLanguageClb: 'secondLanguage',
    firstOfficialLanguage: 'frenchBonus',
  };

  it.each(letters)(
    '%s: claims only from rows the letter has, never an empty list',
    (_n, reading) => {
      const { claims, unexplained } = decodeLetter(reading);
      for (const [key, values] of Object.entries(claims)) {
        expect(Array.isArray(values) && values.length > 0, `${key} is listed but empty`).toBe(true);
      }
      for (const [key, row] of Object.entries(ROW_OF)) {
        if (reading.crs.rows[row] === undefined)
          expect(claims, `${key} claimed without its row ${row}`).not.toHaveProperty(key);
      }
      for (const row of unexplained) expect(CRS_ROW_KEYS).toContain(row);
    },
  );
});
