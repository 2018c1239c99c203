// Properties over the whole profile space (fast-check): caps hold, rows are never negative, the
// total is the capped sum of the rows, and more of anything never scores less.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  GRIDS,
  SECTION_ROWS,
  parseProfile,
  score,
  type CrsProfile,
  type CrsSections,
} from '../../../lib/crs';
import { EDUCATION_LEVELS } from '../../../lib/crs/grids';
import { CRS_ROW_KEYS } from '../../../lib/reader/types';

const level = fc.integer({ min: 0, max: 12 });
const levels = fc.record({ reading: level, writing: level, listening: level, speaking: level });
const years = fc.integer({ min: 0, max: 12 });

const profileArb: fc.Arbitrary<CrsProfile> = fc
  .record({
    age: fc.integer({ min: 0, max: 120 }),
    education: fc.constantFrom(...EDUCATION_LEVELS),
    firstOfficialLanguage: fc.constantFrom('english' as const, 'french' as const),
    english: levels,
    french: levels,
    hasSecond: fc.boolean(),
    canadianWorkYears: years,
    foreignWorkYears: years,
    certificateOfQualification: fc.boolean(),
    siblingInCanada: fc.boolean(),
    canadianEducation: fc.constantFrom(
      'none' as const,
      'oneOrTwoYear' as const,
      'threeYearsOrMore' as const,
    ),
    provincialNomination: fc.boolean(),
    arrangedEmployment: fc.constantFrom('none' as const, 'noc00' as const, 'other' as const),
    spouse: fc.option(
      fc.record(
        {
          education: fc.constantFrom(...EDUCATION_LEVELS),
          firstLanguage: levels,
          canadianWorkYears: years,
        },
        { requiredKeys: ['education', 'canadianWorkYears'] },
      ),
      { nil: null },
    ),
  })
  .map(({ hasSecond, ...p }) => {
    // The first official language always has results; the second only sometimes.
    if (hasSecond) return p;
    return p.firstOfficialLanguage === 'english'
      ? { ...p, french: undefined }
      : { ...p, english: undefined };
  });

// Every grid's own era, plus dates after the confirmed period.
const dateArb = fc
  .date({
    min: new Date('2016-11-19T00:00:00Z'),
    max: new Date('2028-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const CAPS = { single: { core: 500, spouse: 0 }, couple: { core: 460, spouse: 40 } };

describe('CRS properties', () => {
  it('generated profiles are valid profiles (the generator matches the schema)', () => {
    fc.assert(fc.property(profileArb, (p) => parseProfile(p).ok));
  });

  it('no section over its cap, rows never negative, total = sum of capped sections', () => {
    fc.assert(
      fc.property(profileArb, dateArb, (p, on) => {
        const result = score(p, on);
        const caps = p.spouse === null ? CAPS.single : CAPS.couple;
        for (const key of CRS_ROW_KEYS) expect(result.rows[key], key).toBeGreaterThanOrEqual(0);
        expect(result.sections.core).toBeLessThanOrEqual(caps.core);
        expect(result.sections.spouse).toBeLessThanOrEqual(caps.spouse);
        expect(result.sections.core + result.sections.spouse).toBeLessThanOrEqual(500);
        expect(result.sections.transfer).toBeLessThanOrEqual(100);
        expect(result.sections.additional).toBeLessThanOrEqual(600);
        expect(result.rows.transferEducation).toBeLessThanOrEqual(50);
        expect(result.rows.transferForeignWork).toBeLessThanOrEqual(50);
        expect(result.rows.transferCertificate).toBeLessThanOrEqual(50);
        const rowSum = (section: keyof CrsSections) =>
          SECTION_ROWS[section].reduce((sum, key) => sum + result.rows[key], 0);
        expect(result.sections.core).toBe(Math.min(rowSum('core'), caps.core));
        expect(result.sections.spouse).toBe(Math.min(rowSum('spouse'), caps.spouse));
        expect(result.sections.transfer).toBe(Math.min(rowSum('transfer'), 100));
        expect(result.sections.additional).toBe(Math.min(rowSum('additional'), 600));
        expect(result.total).toBe(
          result.sections.core +
            result.sections.spouse +
            result.sections.transfer +
            result.sections.additional,
        );
        expect(result.total).toBeLessThanOrEqual(1200);
      }),
    );
  });

  const abilityArb = fc.constantFrom(
    'reading' as const,
    'writing' as const,
    'listening' as const,
    'speaking' as const,
  );
  const whoseArb = fc.constantFrom('english' as const, 'french' as const, 'spouse' as const);

  it('raising any CLB / NCLC level never lowers the total', () => {
    fc.assert(
      fc.property(
        profileArb,
        dateArb,
        whoseArb,
        abilityArb,
        fc.integer({ min: 1, max: 12 }),
        (p, on, whose, ability, step) => {
          const raise = <T extends Record<typeof ability, number>>(l: T): T => ({
            ...l,
            [ability]: Math.min(12, l[ability] + step),
          });
          let raised: CrsProfile;
          if (whose === 'spouse') {
            if (p.spouse?.firstLanguage === undefined) return;
            raised = {
              ...p,
              spouse: { ...p.spouse, firstLanguage: raise(p.spouse.firstLanguage) },
            };
          } else {
            const current = p[whose];
            if (current === undefined) return;
            raised = { ...p, [whose]: raise(current) };
          }
          expect(score(raised, on).total).toBeGreaterThanOrEqual(score(p, on).total);
        },
      ),
    );
  });

  it('more Canadian or foreign work, or a better education, never lowers the total', () => {
    fc.assert(
      fc.property(profileArb, dateArb, fc.integer({ min: 1, max: 5 }), (p, on, more) => {
        const base = score(p, on).total;
        expect(
          score({ ...p, canadianWorkYears: p.canadianWorkYears + more }, on).total,
        ).toBeGreaterThanOrEqual(base);
        expect(
          score({ ...p, foreignWorkYears: p.foreignWorkYears + more }, on).total,
        ).toBeGreaterThanOrEqual(base);
        const next = EDUCATION_LEVELS[EDUCATION_LEVELS.indexOf(p.education) + 1];
        if (next !== undefined)
          expect(score({ ...p, education: next }, on).total).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('parseProfile never throws on arbitrary JSON, and explains every refusal', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProfile(value);
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('grid tables cover every value from 0 up, with no gap or overlap', () => {
  const banded = GRIDS.flatMap(
    (grid) =>
      [
        [grid.id, 'age', grid.core.age],
        [grid.id, 'firstLanguage', grid.core.firstLanguage.perAbility],
        [grid.id, 'secondLanguage', grid.core.secondLanguage.perAbility],
        [grid.id, 'canadianWork', grid.core.canadianWork],
        [grid.id, 'spouse firstLanguage', grid.spouse.firstLanguage.perAbility],
        [grid.id, 'spouse canadianWork', grid.spouse.canadianWork],
        [grid.id, 'transfer foreignWorkRows', grid.transfer.foreignWorkRows],
      ] as const,
  );

  it.each(banded)('%s %s', (_id, _table, bands) => {
    let next = 0;
    bands.forEach((band, i) => {
      expect(band.from, `row ${i} must start where the previous ended`).toBe(next);
      if (band.to === null) {
        expect(i, 'only the last row is open-ended').toBe(bands.length - 1);
      } else {
        expect(band.to).toBeGreaterThanOrEqual(band.from);
        next = band.to + 1;
      }
    });
    expect(bands[bands.length - 1]?.to, 'the last row must be open-ended').toBeNull();
  });
});
