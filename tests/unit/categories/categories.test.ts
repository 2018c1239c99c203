import { describe, expect, it } from 'vitest';
import {
  CATEGORIES_2026,
  CATEGORY_SLUGS_2026,
  category2026,
  categoryName,
  inCategory,
} from '../../../lib/categories';
import type { WorkPeriod } from '../../../lib/facts';
import { BUNDLED_ROUNDS } from '../../../lib/rounds';
import { periodVerdict, type PeriodVerdict } from '../../../lib/rules/category-experience-short';
import { windowBefore } from '../../../lib/work';

describe('the 2026 categories as data', () => {
  it('holds the ten 2026 categories, each named in English and French', () => {
    expect(Object.keys(CATEGORIES_2026).sort()).toEqual([...CATEGORY_SLUGS_2026].sort());
    for (const [slug, c] of Object.entries(CATEGORIES_2026)) {
      expect(c.name.en, `${slug}: English name`).not.toBe('');
      expect(c.name.fr, `${slug}: French name, not the English one`).not.toBe(c.name.en);
    }
  });

  it.each(Object.entries(CATEGORIES_2026))(
    '%s: NOC 2021 codes of five digits, each once',
    (slug, c) => {
      if (c.requirement === 'french-language') {
        expect(c.noc, 'French has no occupation list').toBeNull();
        return;
      }
      expect(c.noc?.length, `${slug} lists its occupations`).toBeGreaterThan(0);
      for (const code of c.noc ?? []) expect(code).toMatch(/^\d{5}$/);
      expect(new Set(c.noc).size, `${slug}: a code listed twice`).toBe(c.noc?.length);
    },
  );

  it('asks for Canadian experience exactly for physicians, senior managers and researchers', () => {
    const canadian = Object.entries(CATEGORIES_2026)
      .filter(([, c]) => c.inCanadaOnly)
      .map(([slug]) => slug);
    expect(canadian.sort()).toEqual(['physicians', 'researchers', 'senior-managers']);
  });

  it.each([
    ['healthcare', '31301', true, 'registered nurses'],
    ['stem', '21220', true, 'cybersecurity specialists'],
    ['stem', '21231', false, 'software engineers are not a 2026 STEM occupation'],
    ['physicians', '31102', true, 'general practitioners'],
    ['trade', '72200', true, 'electricians'],
  ] as const)('%s includes NOC %s: %s (%s)', (slug, noc, included, _what) => {
    expect(inCategory(CATEGORIES_2026[slug], noc)).toBe(included);
  });

  it('names the category of every 2026 category round in the bundled rounds', () => {
    const slugs = new Set(
      BUNDLED_ROUNDS.filter((r) => r.date >= '2026-02-18' && r.category !== null).map(
        (r) => r.category,
      ),
    );
    expect(slugs.size).toBeGreaterThan(3);
    for (const slug of slugs)
      expect(category2026(slug ?? '', '2026-08-01'), `round category "${slug}"`).not.toBeNull();
  });

  it('applies the 2026 lists from 2026-02-18 only; older round names still have words', () => {
    expect(category2026('stem', '2026-02-17')).toBeNull();
    expect(category2026('stem', '2026-02-18')).not.toBeNull();
    expect(categoryName('agriculture')?.en).toBe('Agriculture and agri-food occupations');
    expect(categoryName('made-up')).toBeNull();
  });
});

describe('which work periods count toward a category', () => {
  const window = windowBefore('2026-08-18', 3);
  const job = (over: Partial<WorkPeriod>): WorkPeriod => ({
    start: '2024-01-01',
    end: null,
    hoursPerWeek: 40,
    country: 'CA',
    teer: 1,
    noc: '31301',
    paid: true,
    selfEmployed: false,
    fullTimeStudent: false,
    ...over,
  });
  const healthcare = CATEGORIES_2026.healthcare;
  const physicians = CATEGORIES_2026.physicians;

  it.each<[string, WorkPeriod, typeof healthcare, PeriodVerdict['counts'], string | null]>([
    ['a nurse in Canada', job({}), healthcare, true, null],
    ['a nurse abroad, for healthcare', job({ country: 'IN' }), healthcare, true, null],
    ['no NOC entered', job({ noc: undefined }), healthcare, false, 'no-noc'],
    ['a software engineer', job({ noc: '21231' }), healthcare, false, 'noc-not-in-category'],
    ['unpaid', job({ paid: false }), healthcare, false, 'unpaid'],
    [
      'a physician abroad',
      job({ noc: '31100', country: 'FR' }),
      physicians,
      false,
      'not-in-canada',
    ],
    [
      'a self-employed physician',
      job({ noc: '31100', selfEmployed: true }),
      physicians,
      false,
      'self-employed',
    ],
    [
      'before the 3 years',
      job({ start: '2019-01-01', end: '2022-12-31' }),
      healthcare,
      false,
      'outside-window',
    ],
  ])('%s', (_why, period, category, counts, reason) => {
    const verdict = periodVerdict(period, category, window);
    expect(verdict.counts).toBe(counts);
    expect(verdict.counts ? null : verdict.reason).toBe(reason);
  });
});
