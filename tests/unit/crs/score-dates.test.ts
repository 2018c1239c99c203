// Section D (additional points) and the grid history: which grid is in force on a date, the
// French bonus eras, job-offer points before and after 2025-03-25, the real 2019 letter, and the
// unconfirmed 2026-11-03 revision.
import { describe, expect, it } from 'vitest';
import {
  CONFIRMED_THROUGH,
  CrsDateError,
  GRIDS,
  gridFor,
  score,
  type CrsProfile,
} from '../../../lib/crs';
import { REPORTED_REVISION } from '../../../lib/crs/grids';
import { addDays } from '../../../lib/dates';
import { all, CURRENT, levels, profile } from './profile-builder';

const rowsOn = (on: string, overrides: Partial<CrsProfile>) => score(profile(overrides), on).rows;

describe('gridFor: each revision starts and ends on its day', () => {
  it.each([
    ['2016-11-19', 'crs-2016-11-19'],
    ['2017-06-05', 'crs-2016-11-19'],
    ['2017-06-06', 'crs-2017-06-06'],
    ['2019-07-10', 'crs-2017-06-06'],
    ['2020-10-26', 'crs-2017-06-06'],
    ['2020-10-27', 'crs-2020-10-27'],
    ['2025-03-24', 'crs-2020-10-27'],
    ['2025-03-25', 'crs-2025-03-25'],
    ['2026-11-02', 'crs-2025-03-25'],
    ['2030-01-01', 'crs-2025-03-25'],
  ])('%s is scored under %s', (on, id) => {
    expect(gridFor(on).id).toBe(id);
    expect(score(profile(), on).grid).toBe(id);
  });

  it.each([
    ['2016-11-18', 'no CRS grid known before 2016-11-19'],
    ['2015-01-01', 'no CRS grid known before 2016-11-19'],
    ['2019-02-30', 'YYYY-MM-DD'],
    ['2019-7-10', 'YYYY-MM-DD'],
    ['', 'YYYY-MM-DD'],
    ['today', 'YYYY-MM-DD'],
  ])('%j is refused: %s', (on, message) => {
    expect(() => score(profile(), on)).toThrow(CrsDateError);
    expect(() => gridFor(on)).toThrow(message);
  });

  it('the grids follow each other day after day, with sources', () => {
    GRIDS.forEach((grid, i) => {
      const next = GRIDS[i + 1];
      if (next === undefined) {
        expect(grid.effectiveTo, 'the newest grid is open-ended').toBeNull();
      } else {
        const dayAfter = new Date(`${grid.effectiveTo}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(
          dayAfter.toISOString().slice(0, 10),
          `${grid.id} must end the day before ${next.id}`,
        ).toBe(next.effectiveFrom);
      }
      expect(grid.id).toBe(`crs-${grid.effectiveFrom}`);
      expect(grid.sources.length).toBeGreaterThan(0);
      for (const source of grid.sources) expect(source).toMatch(/^https:\/\/(www\.)?canada\.ca\//);
    });
  });
});

describe('rules-may-have-changed after the last confirmed day', () => {
  it.each([
    ['2025-03-25', false],
    ['2026-11-02', false],
    ['2026-11-03', true],
    ['2027-06-01', true],
  ])('%s: rulesMayHaveChanged %s', (on, flagged) => {
    const result = score(profile(), on);
    expect(result.rulesMayHaveChanged).toBe(flagged);
    expect(result.confirmedThrough).toBe(CONFIRMED_THROUGH);
  });

  it('CONFIRMED_THROUGH is the day before the reported revision', () => {
    expect(CONFIRMED_THROUGH).toBe(addDays(REPORTED_REVISION.effectiveFrom, -1));
  });

  it('a newly added grid must move CONFIRMED_THROUGH past its start', () => {
    const newest = GRIDS[GRIDS.length - 1];
    expect(newest && newest.effectiveFrom <= CONFIRMED_THROUGH, 'update CONFIRMED_THROUGH').toBe(
      true,
    );
  });
});

describe('the real ITA letter of 2019-07-10 (IMM5791): 110 + 135 + 130 + 50 + 50 = 475', () => {
  // Single, 29, master's, CLB 10/9/10/9 (34 + 31 + 34 + 31 = 130), 3 years abroad, none in Canada.
  const letter = profile({
    age: 29,
    education: 'mastersOrProfessional',
    english: levels(10, 9, 10, 9),
    foreignWorkYears: 3,
  });

  it('reproduces every row and the total', () => {
    const result = score(letter, '2019-07-10');
    expect(result.rows).toEqual({
      age: 110,
      education: 135,
      firstLanguage: 130,
      secondLanguage: 0,
      canadianWork: 0,
      spouseEducation: 0,
      spouseLanguage: 0,
      spouseCanadianWork: 0,
      transferEducation: 50,
      transferForeignWork: 50,
      transferCertificate: 0,
      frenchBonus: 0,
      sibling: 0,
      canadianEducation: 0,
      arrangedEmployment: 0,
      provincialNomination: 0,
    });
    expect(result.sections).toEqual({ core: 375, spouse: 0, transfer: 100, additional: 0 });
    expect(result.total).toBe(475);
  });
});

describe('French bonus eras: [date, French only, French + English CLB 5]', () => {
  it.each([
    ['2016-11-19', 0, 0],
    ['2017-06-05', 0, 0],
    ['2017-06-06', 15, 30],
    ['2020-10-26', 15, 30],
    ['2020-10-27', 25, 50],
    [CURRENT, 25, 50],
  ])('%s: %d / %d', (on, frenchOnly, frenchAndEnglish) => {
    const withEnglish = {
      firstOfficialLanguage: 'french',
      french: all(7),
      english: all(5),
    } as const;
    expect(rowsOn(on, withEnglish).frenchBonus).toBe(frenchAndEnglish);
    expect(rowsOn(on, { ...withEnglish, english: undefined }).frenchBonus).toBe(frenchOnly);
  });

  it.each<[string, Partial<CrsProfile>, number]>([
    [
      'NCLC 7 all four, English CLB 5 all four, English first',
      { english: all(5), french: all(7) },
      50,
    ],
    [
      'NCLC 7 all four, one English ability at CLB 4',
      { english: levels(9, 9, 9, 4), french: all(7) },
      25,
    ],
    [
      'NCLC 7 all four, French first, no English',
      { firstOfficialLanguage: 'french', english: undefined, french: all(7) },
      25,
    ],
    ['one French ability at NCLC 6', { english: all(10), french: levels(10, 10, 10, 6) }, 0],
    ['no French test', { english: all(10) }, 0],
  ])('%s: %d', (_case, overrides, points) => {
    expect(rowsOn(CURRENT, overrides).frenchBonus).toBe(points);
  });
});

describe('arranged employment: 200 / 50 until 2025-03-24, nothing from 2025-03-25', () => {
  it.each<[string, CrsProfile['arrangedEmployment'], number]>([
    ['2016-11-19', 'noc00', 200],
    ['2019-07-10', 'other', 50],
    ['2025-03-24', 'noc00', 200],
    ['2025-03-24', 'other', 50],
    ['2025-03-24', 'none', 0],
    ['2025-03-25', 'noc00', 0],
    ['2025-03-25', 'other', 0],
  ])('%s, %s: %d', (on, arrangedEmployment, points) => {
    expect(rowsOn(on, { arrangedEmployment }).arrangedEmployment).toBe(points);
  });
});

describe('other additional points', () => {
  it.each([
    ['2017-06-05', 0],
    ['2017-06-06', 15],
    [CURRENT, 15],
  ])('sibling in Canada on %s: %d', (on, points) => {
    expect(rowsOn(on, { siblingInCanada: true }).sibling).toBe(points);
  });

  it.each<[CrsProfile['canadianEducation'], number]>([
    ['none', 0],
    ['oneOrTwoYear', 15],
    ['threeYearsOrMore', 30],
  ])('Canadian education %s: %d', (canadianEducation, points) => {
    expect(rowsOn('2016-11-19', { canadianEducation }).canadianEducation).toBe(points);
    expect(rowsOn(CURRENT, { canadianEducation }).canadianEducation).toBe(points);
  });

  it('provincial nomination: 600', () => {
    expect(rowsOn(CURRENT, { provincialNomination: true }).provincialNomination).toBe(600);
  });

  it('additional points stop at 600; the rows keep their own points', () => {
    const result = score(
      profile({
        provincialNomination: true,
        siblingInCanada: true,
        canadianEducation: 'threeYearsOrMore',
        english: all(5),
        french: all(7),
      }),
      CURRENT,
    );
    expect(
      result.rows.provincialNomination +
        result.rows.sibling +
        result.rows.canadianEducation +
        result.rows.frenchBonus,
    ).toBe(695);
    expect(result.sections.additional).toBe(600);
  });

  it('the best possible profile scores the 1,200 maximum', () => {
    const result = score(
      profile({
        age: 25,
        education: 'doctoral',
        english: all(12),
        french: all(12),
        canadianWorkYears: 5,
        foreignWorkYears: 3,
        certificateOfQualification: true,
        provincialNomination: true,
      }),
      CURRENT,
    );
    expect(result.sections).toEqual({ core: 500, spouse: 0, transfer: 100, additional: 600 });
    expect(result.total).toBe(1200);
  });
});
