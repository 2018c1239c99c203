// Profile validation: every refusal names the field and says what is expected.
import { describe, expect, it } from 'vitest';
import { parseProfile, profileSchema } from '../../../lib/crs';
import { all, profile } from './profile-builder';

const valid = { ...profile(), age: 29, english: all(9) };

describe('parseProfile refuses, naming the field', () => {
  it.each<[string, unknown, string]>([
    ['a misspelt key', { ...valid, spuse: null }, 'unknown key "spuse"'],
    [
      'a misspelt nested key',
      { ...valid, spouse: { education: 'secondary', canadianWorkYears: 0, educaton: 'x' } },
      'spouse: unknown key "educaton"',
    ],
    [
      'a CLB of 13',
      { ...valid, english: { ...all(9), reading: 13 } },
      'english.reading: must be a CLB level from 0 to 12 (got 13)',
    ],
    [
      'a negative NCLC',
      { ...valid, french: { ...all(7), speaking: -2 } },
      'french.speaking: must be an NCLC level from 0 to 12 (got -2)',
    ],
    [
      'a half CLB',
      { ...valid, english: { ...all(9), writing: 8.5 } },
      'english.writing: must be a CLB level from 0 to 12 (got 8.5)',
    ],
    [
      'a missing ability',
      { ...valid, english: { reading: 9, writing: 9, listening: 9 } },
      'english.speaking: missing',
    ],
    ['an age of -1', { ...valid, age: -1 }, 'age: must be 0 or more (got -1)'],
    ['an age of 200', { ...valid, age: 200 }, 'age: must be 120 or less (got 200)'],
    ['an age as text', { ...valid, age: '29' }, 'age: must be a whole number of years (got "29")'],
    ['a missing age', { ...valid, age: undefined }, 'age: missing'],
    [
      'an unknown education',
      { ...valid, education: 'masters' },
      'education: must be one of lessThanSecondary, secondary',
    ],
    [
      'an unknown language',
      { ...valid, firstOfficialLanguage: 'spanish' },
      'firstOfficialLanguage: must be one of english, french (got "spanish")',
    ],
    [
      'a first language without results',
      { ...valid, firstOfficialLanguage: 'french' },
      'firstOfficialLanguage: is "french" but the profile has no "french" results',
    ],
    [
      'negative work years',
      { ...valid, foreignWorkYears: -1 },
      'foreignWorkYears: must be 0 or more (got -1)',
    ],
    [
      'fractional work years',
      { ...valid, canadianWorkYears: 1.5 },
      'canadianWorkYears: must be a whole number of years of Canadian work (got 1.5)',
    ],
    [
      'a yes/no as text',
      { ...valid, siblingInCanada: 'no' },
      'siblingInCanada: must be true or false (got "no")',
    ],
    ['a missing spouse', { ...valid, spouse: undefined }, 'spouse: missing'],
    [
      'a spouse that is not an object',
      { ...valid, spouse: 'yes' },
      'spouse: must be null (scored as single) or an object (got "yes")',
    ],
    [
      'a spouse CLB of 13',
      {
        ...valid,
        spouse: {
          education: 'secondary',
          canadianWorkYears: 0,
          firstLanguage: { ...all(5), listening: 13 },
        },
      },
      'spouse.firstLanguage.listening: must be a CLB/NCLC level from 0 to 12 (got 13)',
    ],
    [
      'arranged employment as a number',
      { ...valid, arrangedEmployment: 200 },
      'arrangedEmployment: must be one of none, noc00, other (got 200)',
    ],
    ['not an object', [1, 2], 'the profile must be a JSON object'],
    ['null', null, 'the profile must be a JSON object'],
  ])('%s', (_case, input, expected) => {
    const result = parseProfile(input);
    expect(result.ok, 'this profile must be refused').toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toContain(expected);
  });

  it.each<[string, unknown, string]>([
    ['spuse', { ...valid, spuse: null }, 'unknown key "spuse" (did you mean "spouse"?)'],
    ['Age', { ...valid, Age: 29 }, 'unknown key "Age" (did you mean "age"?)'],
    [
      'speeking',
      { ...valid, english: { ...all(9), speeking: 9 } },
      'english: unknown key "speeking" (did you mean "speaking"?)',
    ],
    [
      'educaton',
      { ...valid, spouse: { education: 'secondary', canadianWorkYears: 0, educaton: 'x' } },
      'spouse: unknown key "educaton" (did you mean "education"?)',
    ],
  ])('suggests the key a typo "%s" was meant to be', (_key, input, expected) => {
    const result = parseProfile(input);
    expect(result.ok ? [] : result.errors).toContain(expected);
  });

  it('does not suggest a far-fetched key', () => {
    const result = parseProfile({ ...valid, nickname: 'x' });
    expect(result.ok ? [] : result.errors).toEqual(['unknown key "nickname"']);
  });

  it('reports every problem at once', () => {
    const result = parseProfile({
      ...valid,
      age: -1,
      spuse: null,
      english: { ...all(9), reading: 13 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toHaveLength(3);
  });
});

describe('parseProfile accepts', () => {
  it.each<[string, unknown]>([
    ['the single profile', valid],
    ['no second language', { ...valid, french: undefined }],
    [
      'a spouse without a test',
      { ...valid, spouse: { education: 'doctoral', canadianWorkYears: 2 } },
    ],
    [
      'French first with English second',
      { ...valid, firstOfficialLanguage: 'french', french: all(7) },
    ],
    [
      'levels 0 and 12, age 0 and 120',
      { ...valid, age: 120, english: { reading: 0, writing: 12, listening: 0, speaking: 12 } },
    ],
  ])('%s', (_case, input) => {
    const result = parseProfile(input);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('the schema and parseProfile agree', () => {
    expect(profileSchema.safeParse(valid).success).toBe(true);
  });
});
