// "What your score rests on" in words (lib/claims describeClaims): every claim named as the form
// names it, every value the letter allows, in English and French, never an internal key.
import { describe, expect, it } from 'vitest';
import { describeClaims, type Claims } from '@/lib/claims';

const SINGLE_2019: Claims = {
  spouse: [false],
  age: [[20, 29]],
  education: ['mastersOrProfessional'],
  canadianWorkYears: [0],
  provincialNomination: [false],
  siblingInCanada: [false, true],
  foreignWorkYears: [1, 2, 3],
  firstOfficialLanguage: ['english'],
  firstLanguageClb: [
    [
      [9, 9],
      [9, 9],
      [10, 12],
      [10, 12],
    ],
  ],
  secondLanguageClb: [
    [
      [0, 4],
      [0, 4],
      [0, 4],
      [0, 4],
    ],
  ],
};

const lineOf = (claims: Claims, language: 'en' | 'fr', key: keyof Claims) =>
  describeClaims(claims, language).find((l) => l.key === key);

describe.each([
  [
    'en',
    {
      spouse: ['Spouse or partner', 'not counted (scored as single)'],
      age: ['Age on the day of the invitation', '20 to 29'],
      education: ['Level of education', 'Master’s degree or professional degree'],
      canadianWorkYears: ['Canadian work experience', 'none'],
      foreignWorkYears: ['Foreign work experience', '1 year or more'],
      siblingInCanada: [
        'Sibling in Canada',
        'not told by your letter (its points allow each answer)',
      ],
      firstLanguageClb: [
        'Levels in the first official language',
        'CLB 10 or more in two abilities, CLB 9 in two abilities',
      ],
      secondLanguageClb: [
        'Levels in the second official language',
        'no points (no test, or below level 5 in an ability)',
      ],
    },
  ],
  [
    'fr',
    {
      spouse: ['Époux ou conjoint de fait', 'non compté (évalué comme personne seule)'],
      age: ['Âge le jour de l’invitation', '20 à 29 ans'],
      canadianWorkYears: ['Expérience de travail au Canada', 'aucune'],
      foreignWorkYears: ['Expérience de travail à l’étranger', '1 an ou plus'],
      firstLanguageClb: [
        'Niveaux en première langue officielle',
        'CLB 10 ou plus dans deux compétences, CLB 9 dans deux compétences',
      ],
    },
  ],
] as const)('in %s', (language, expected) => {
  it.each(Object.entries(expected))('%s reads %j', (key, [label, value]) => {
    const line = describeClaims(SINGLE_2019, language).find((l) => l.key === key);
    expect(line?.label).toBe(label);
    expect(line?.values).toEqual([value]);
  });

  it('no internal key, null or raw number list reaches the words', () => {
    for (const line of describeClaims(SINGLE_2019, language)) {
      for (const text of [line.label, ...line.values]) {
        expect(text, `"${text}" shows an internal name`).not.toMatch(
          /[a-z][A-Z]|null|undefined|\[/,
        );
      }
    }
  });
});

describe('several values are all listed', () => {
  it.each([
    [
      {
        age: [
          [19, 19],
          [30, 30],
        ],
      } satisfies Claims,
      'age',
      ['19', '30'],
    ],
    [
      { education: ['twoOrMore', 'mastersOrProfessional'] } satisfies Claims,
      'education',
      [
        'Two or more credentials, one of three years or more',
        'Master’s degree or professional degree',
      ],
    ],
    [
      {
        age: [
          [0, 17],
          [45, null],
        ],
      } satisfies Claims,
      'age',
      ['17 or younger', '45 or older'],
    ],
    [{ canadianWorkYears: [5] } satisfies Claims, 'canadianWorkYears', ['5 years or more']],
  ] as const)('%j → %s', (claims, key, values) => {
    expect(lineOf(claims, 'en', key)?.values).toEqual(values);
  });
});
