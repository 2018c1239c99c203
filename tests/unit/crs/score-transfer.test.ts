// Section C, skill transferability: each table cell, the 50-point group caps, the 100-point
// section cap, and the traps of IRCC's tables: the language tier set by the LOWEST ability, and the
// education rows that count as "two or more credentials".
import { describe, expect, it } from 'vitest';
import { score, type CrsProfile } from '../../../lib/crs';
import { all, CURRENT, levels, profile, zeroSpouse } from './profile-builder';

type Levels = ReturnType<typeof all>;
const rows = (overrides: Partial<CrsProfile>) => score(profile(overrides), CURRENT).rows;

describe('education + language / + Canadian work (group capped at 50)', () => {
  it.each<[CrsProfile['education'], Levels, number, number]>([
    // secondary or less: never any points
    ['lessThanSecondary', all(10), 2, 0],
    ['secondary', all(10), 2, 0],
    // one-year-or-longer row (includes a single bachelor's degree): 13 / 25
    ['oneYear', all(6), 0, 0],
    ['oneYear', all(7), 0, 13],
    ['oneYear', all(8), 0, 13],
    ['oneYear', all(9), 0, 25],
    ['twoYear', all(9), 0, 25],
    ['bachelorsOrThreeYear', all(7), 0, 13],
    ['bachelorsOrThreeYear', all(9), 0, 25],
    ['bachelorsOrThreeYear', all(6), 1, 13],
    ['bachelorsOrThreeYear', all(6), 2, 25],
    ['bachelorsOrThreeYear', all(6), 5, 25],
    ['bachelorsOrThreeYear', all(7), 1, 26],
    ['bachelorsOrThreeYear', all(9), 2, 50],
    // two or more / master's / doctoral: 25 / 50
    ['twoOrMore', all(7), 0, 25],
    ['twoOrMore', all(9), 0, 50],
    ['mastersOrProfessional', all(7), 0, 25],
    ['mastersOrProfessional', all(9), 0, 50],
    ['doctoral', all(6), 1, 25],
    ['doctoral', all(6), 2, 50],
    ['doctoral', all(7), 1, 50],
    // both halves at 50: the group cap keeps the row at 50
    ['doctoral', all(9), 2, 50],
  ])('%s, CLB %o, %d years in Canada: %d', (education, english, canadianWorkYears, points) => {
    expect(rows({ education, english, canadianWorkYears }).transferEducation).toBe(points);
  });
});

describe('foreign work + language / + Canadian work (group capped at 50)', () => {
  it.each<[number, Levels, number, number]>([
    [0, all(10), 3, 0],
    [1, all(6), 0, 0],
    [1, all(7), 0, 13],
    [2, all(8), 0, 13],
    [2, all(9), 0, 25],
    [3, all(6), 0, 0],
    [3, all(7), 0, 25],
    [3, all(9), 0, 50],
    [10, all(9), 0, 50],
    [1, all(6), 1, 13],
    [2, all(6), 2, 25],
    [3, all(6), 1, 25],
    [3, all(6), 2, 50],
    [1, all(7), 1, 26],
    [2, all(9), 2, 50],
    [3, all(9), 2, 50],
  ])(
    '%d foreign years, CLB %o, %d Canadian years: %d',
    (foreignWorkYears, english, canadianWorkYears, points) => {
      expect(rows({ foreignWorkYears, english, canadianWorkYears }).transferForeignWork).toBe(
        points,
      );
    },
  );
});

describe('certificate of qualification + language', () => {
  it.each<[boolean, Levels, number]>([
    [true, all(4), 0],
    [true, all(5), 25],
    [true, all(6), 25],
    [true, all(7), 50],
    [true, all(12), 50],
    [true, levels(10, 10, 10, 4), 0],
    [true, levels(10, 10, 6, 10), 25],
    [false, all(12), 0],
  ])('certificate %s, CLB %o: %d', (certificateOfQualification, english, points) => {
    expect(rows({ certificateOfQualification, english }).transferCertificate).toBe(points);
  });
});

describe('traps', () => {
  it("tiers use the LOWEST ability: CLB 10/10/10/6 with a master's is 0, not 50", () => {
    expect(
      rows({ education: 'mastersOrProfessional', english: levels(10, 10, 10, 6) })
        .transferEducation,
    ).toBe(0);
    expect(
      rows({ education: 'mastersOrProfessional', english: levels(10, 10, 10, 8) })
        .transferEducation,
    ).toBe(25);
    expect(rows({ foreignWorkYears: 3, english: levels(12, 8, 12, 12) }).transferForeignWork).toBe(
      25,
    );
  });

  it("a single bachelor's degree is in the 13/25 row, not 25/50", () => {
    expect(rows({ education: 'bachelorsOrThreeYear', english: all(9) }).transferEducation).toBe(25);
  });

  it('tiers use the FIRST official language: French-first NCLC 9 with English CLB 4', () => {
    const frenchFirst = {
      education: 'mastersOrProfessional',
      firstOfficialLanguage: 'french',
      french: all(9),
      english: all(4),
    } satisfies Partial<CrsProfile>;
    expect(rows(frenchFirst).transferEducation).toBe(50);
  });

  it('a strong second language does not lift the tier', () => {
    expect(
      rows({ education: 'doctoral', english: all(6), french: all(10) }).transferEducation,
    ).toBe(0);
  });

  it('the three groups (150) count 100 in the section; rows keep their own 50s', () => {
    const result = score(
      profile({
        education: 'doctoral',
        english: all(9),
        canadianWorkYears: 2,
        foreignWorkYears: 3,
        certificateOfQualification: true,
      }),
      CURRENT,
    );
    expect([
      result.rows.transferEducation,
      result.rows.transferForeignWork,
      result.rows.transferCertificate,
    ]).toEqual([50, 50, 50]);
    expect(result.sections.transfer).toBe(100);
  });

  it('a spouse does not change skill transferability', () => {
    const facts = {
      education: 'twoOrMore',
      english: all(7),
      foreignWorkYears: 2,
      canadianWorkYears: 1,
    } satisfies Partial<CrsProfile>;
    const alone = score(profile(facts), CURRENT);
    const together = score(profile({ ...facts, spouse: zeroSpouse }), CURRENT);
    expect(together.sections.transfer).toBe(alone.sections.transfer);
    expect(alone.sections.transfer).toBe(50 + 26);
  });
});
