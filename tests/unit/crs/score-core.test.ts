// Sections A (core) and B (spouse): every row of every table, single and with a spouse.
// Expected points are typed from IRCC's CRS criteria page, not read
// from lib/crs, so a typo in the grid data fails here.
import { describe, expect, it } from 'vitest';
import { score, type CrsProfile } from '../../../lib/crs';
import { all, CURRENT, levels, profile, zeroSpouse } from './profile-builder';

const single = (overrides: Partial<CrsProfile>) => score(profile(overrides), CURRENT);
const couple = (overrides: Partial<CrsProfile>) =>
  score(profile({ spouse: zeroSpouse, ...overrides }), CURRENT);

describe('age (completed years): [age, single, with spouse]', () => {
  it.each([
    [0, 0, 0],
    [17, 0, 0],
    [18, 99, 90],
    [19, 105, 95],
    [20, 110, 100],
    [29, 110, 100],
    [30, 105, 95],
    [31, 99, 90],
    [32, 94, 85],
    [33, 88, 80],
    [34, 83, 75],
    [35, 77, 70],
    [36, 72, 65],
    [37, 66, 60],
    [38, 61, 55],
    [39, 55, 50],
    [40, 50, 45],
    [41, 39, 35],
    [42, 28, 25],
    [43, 17, 15],
    [44, 6, 5],
    [45, 0, 0],
    [120, 0, 0],
  ])('age %d: %d single, %d with spouse', (age, alone, withSpouse) => {
    expect(single({ age }).rows.age, 'age table, withoutSpouse column').toBe(alone);
    expect(couple({ age }).rows.age, 'age table, withSpouse column').toBe(withSpouse);
  });
});

describe('education: [level, single, with spouse, spouse factor]', () => {
  it.each<[CrsProfile['education'], number, number, number]>([
    ['lessThanSecondary', 0, 0, 0],
    ['secondary', 30, 28, 2],
    ['oneYear', 90, 84, 6],
    ['twoYear', 98, 91, 7],
    ['bachelorsOrThreeYear', 120, 112, 8],
    ['twoOrMore', 128, 119, 9],
    ['mastersOrProfessional', 135, 126, 10],
    ['doctoral', 150, 140, 10],
  ])(
    "%s: %d single, %d with spouse, spouse's own %d",
    (education, alone, withSpouse, spouseOwn) => {
      expect(single({ education }).rows.education).toBe(alone);
      expect(couple({ education }).rows.education).toBe(withSpouse);
      expect(couple({ spouse: { ...zeroSpouse, education } }).rows.spouseEducation).toBe(spouseOwn);
    },
  );
});

describe('first official language, per ability: [CLB, single, with spouse] × 4 abilities', () => {
  it.each([
    [0, 0, 0],
    [3, 0, 0],
    [4, 6, 6],
    [5, 6, 6],
    [6, 9, 8],
    [7, 17, 16],
    [8, 23, 22],
    [9, 31, 29],
    [10, 34, 32],
    [12, 34, 32],
  ])('CLB %d on all four: 4 × %d single, 4 × %d with spouse', (clb, alone, withSpouse) => {
    expect(single({ english: all(clb) }).rows.firstLanguage).toBe(4 * alone);
    expect(couple({ english: all(clb) }).rows.firstLanguage).toBe(4 * withSpouse);
  });

  it('each ability is scored on its own and summed (R10 W9 L8 S7 = 34 + 31 + 23 + 17)', () => {
    expect(single({ english: levels(10, 9, 8, 7) }).rows.firstLanguage).toBe(105);
    expect(single({ english: levels(7, 8, 9, 10) }).rows.firstLanguage).toBe(105);
  });
});

describe('second official language: [NCLC, single, with spouse] after the 24 / 22 cap', () => {
  it.each([
    [0, 0, 0],
    [4, 0, 0],
    [5, 4, 4],
    [6, 4, 4],
    [7, 12, 12],
    [8, 12, 12],
    [9, 24, 22],
    [12, 24, 22],
  ])('NCLC %d on all four: %d single, %d with spouse', (nclc, alone, withSpouse) => {
    expect(single({ english: all(9), french: all(nclc) }).rows.secondLanguage).toBe(alone);
    expect(couple({ english: all(9), french: all(nclc) }).rows.secondLanguage).toBe(withSpouse);
  });

  it('per ability: NCLC 9, 7, 5, 4 = 6 + 3 + 1 + 0', () => {
    expect(single({ english: all(9), french: levels(9, 7, 5, 4) }).rows.secondLanguage).toBe(10);
  });

  it('no second-language test scores 0', () => {
    expect(single({ english: all(10) }).rows.secondLanguage).toBe(0);
  });
});

describe('Canadian work experience: [years, single, with spouse]', () => {
  it.each([
    [0, 0, 0],
    [1, 40, 35],
    [2, 53, 46],
    [3, 64, 56],
    [4, 72, 63],
    [5, 80, 70],
    [9, 80, 70],
  ])('%d years: %d single, %d with spouse', (canadianWorkYears, alone, withSpouse) => {
    expect(single({ canadianWorkYears }).rows.canadianWork).toBe(alone);
    expect(couple({ canadianWorkYears }).rows.canadianWork).toBe(withSpouse);
  });
});

describe('spouse factors', () => {
  it.each([
    [3, 0],
    [4, 0],
    [5, 4],
    [6, 4],
    [7, 12],
    [8, 12],
    [9, 20],
    [12, 20],
  ])('spouse language CLB %d on all four: %d', (clb, points) => {
    expect(couple({ spouse: { ...zeroSpouse, firstLanguage: all(clb) } }).rows.spouseLanguage).toBe(
      points,
    );
  });

  it.each([
    [0, 0],
    [1, 5],
    [2, 7],
    [3, 8],
    [4, 9],
    [5, 10],
    [8, 10],
  ])('spouse Canadian work %d years: %d', (canadianWorkYears, points) => {
    expect(couple({ spouse: { ...zeroSpouse, canadianWorkYears } }).rows.spouseCanadianWork).toBe(
      points,
    );
  });

  it('a spouse without a language test adds 0 for language', () => {
    expect(couple({}).rows.spouseLanguage).toBe(0);
  });

  it('spouse: null means scored as single: no spouse rows, the higher columns', () => {
    const result = single({ age: 29, education: 'doctoral', english: all(10) });
    expect(result.sections.spouse).toBe(0);
    expect([result.rows.age, result.rows.education, result.rows.firstLanguage]).toEqual([
      110, 150, 136,
    ]);
  });

  it('the best spouse adds exactly the 40-point section cap', () => {
    const result = couple({
      spouse: { education: 'doctoral', firstLanguage: all(12), canadianWorkYears: 5 },
    });
    expect(
      result.rows.spouseEducation + result.rows.spouseLanguage + result.rows.spouseCanadianWork,
    ).toBe(40);
    expect(result.sections.spouse).toBe(40);
  });
});

describe('core caps are reached, not exceeded', () => {
  const best = {
    age: 25,
    education: 'doctoral',
    english: all(12),
    french: all(12),
    canadianWorkYears: 5,
  } satisfies Partial<CrsProfile>;

  it('single: 110 + 150 + 136 + 24 + 80 = 500', () => {
    expect(single(best).sections.core).toBe(500);
  });

  it('with spouse: 100 + 140 + 128 + 22 + 70 = 460, plus 40 for the spouse = 500', () => {
    const result = couple({
      ...best,
      spouse: { education: 'doctoral', firstLanguage: all(10), canadianWorkYears: 5 },
    });
    expect(result.sections.core).toBe(460);
    expect(result.sections.core + result.sections.spouse).toBe(500);
  });
});

describe('French as first official language', () => {
  const frenchFirst = profile({
    age: 29,
    firstOfficialLanguage: 'french',
    french: all(9),
    english: levels(10, 10, 10, 10),
  });

  it('French NCLC levels score the first-language row; English is the second language', () => {
    const result = score(frenchFirst, CURRENT);
    expect(result.rows.firstLanguage).toBe(4 * 31);
    expect(result.rows.secondLanguage).toBe(24);
  });

  it('without an English test the second language is 0', () => {
    expect(score({ ...frenchFirst, english: undefined }, CURRENT).rows.secondLanguage).toBe(0);
  });
});
