// The reader's copy of the grid's limits (lib/reader/limits.ts) must be the grids' own: each row's
// maximum over every grid the engine knows, and the section caps. A new grid that raises a maximum
// fails here until limits.ts follows.
import { describe, expect, it } from 'vitest';
import { GRIDS, SECTION_ROWS, type CrsGrid } from '../../../lib/crs';
import type { Band, Pair } from '../../../lib/crs/grids';
import { CAPS, cappedTotals, maxOf, TOTAL_MAX } from '../../../lib/reader/limits';
import { CRS_ROW_KEYS, CRS_SECTIONS, type CrsRowKey } from '../../../lib/reader/types';

const most = (values: Iterable<number>) => Math.max(...values);
const both = (p: Pair) => [p.withSpouse, p.withoutSpouse];
const bands = <P>(list: readonly Band<P>[], pick: (p: P) => number[]) =>
  most(list.flatMap((b) => pick(b.points)));

/** The most `key` can be worth under `grid`, from its tables. */
function gridMax(grid: CrsGrid, key: CrsRowKey): number {
  const { core, spouse, transfer, additional } = grid;
  const table: Record<CrsRowKey, number> = {
    age: bands(core.age, both),
    education: most(Object.values(core.education).flatMap(both)),
    firstLanguage: most(both(core.firstLanguage.cap)),
    secondLanguage: most(both(core.secondLanguage.cap)),
    canadianWork: bands(core.canadianWork, both),
    spouseEducation: most(Object.values(spouse.education)),
    spouseLanguage: spouse.firstLanguage.cap,
    spouseCanadianWork: bands(spouse.canadianWork, (p) => [p]),
    transferEducation: transfer.groupCap,
    transferForeignWork: transfer.groupCap,
    transferCertificate: transfer.groupCap,
    frenchBonus: most([additional.frenchBonus.frenchOnly, additional.frenchBonus.frenchAndEnglish]),
    sibling: additional.sibling,
    canadianEducation: most(Object.values(additional.canadianEducation)),
    arrangedEmployment: most(Object.values(additional.arrangedEmployment)),
    provincialNomination: additional.provincialNomination,
  };
  return table[key];
}

describe('the grid limits the reader checks a page against', () => {
  it.each(CRS_ROW_KEYS)('%s: the most any grid gives', (key) => {
    expect(
      maxOf(key),
      `lib/reader/limits.ts ROW_MAX for ${key} must be the highest of every grid in lib/crs/grids`,
    ).toBe(most(GRIDS.map((grid) => gridMax(grid, key))));
  });

  it.each(GRIDS.map((grid) => [grid.id, grid] as const))('%s: section caps', (_id, grid) => {
    expect(CAPS, 'lib/reader/limits.ts CAPS must be the grid caps').toEqual({
      coreSingle: grid.caps.core.withoutSpouse,
      coreWithSpouse: grid.caps.core.withSpouse,
      spouse: grid.caps.spouse,
      corePlusSpouse: grid.caps.corePlusSpouse,
      transfer: grid.caps.transfer,
      additional: grid.caps.additional,
    });
  });

  it.each(GRIDS.map((grid) => [grid.id, grid] as const))(
    '%s: the total is at most its core with a spouse, transfer and additional caps',
    (_id, grid) => {
      expect(TOTAL_MAX, 'lib/reader/limits.ts TOTAL_MAX must be the grid’s highest total').toBe(
        grid.caps.corePlusSpouse + grid.caps.transfer + grid.caps.additional,
      );
    },
  );

  it("the sections are the engine's", () => {
    expect(SECTION_ROWS).toEqual(CRS_SECTIONS);
    expect(Object.values(CRS_SECTIONS).flat()).toEqual([...CRS_ROW_KEYS]);
  });
});

const row = (values: number[]): Partial<Record<CrsRowKey, number>> =>
  Object.fromEntries(CRS_ROW_KEYS.map((key, i) => [key, values[i] ?? 0]));

describe('cappedTotals: the rows added as the grid adds them', () => {
  it.each([
    ['no cap binds (table-letter.html)', [110, 135, 130, 0, 0, 0, 0, 0, 50, 50], [475]],
    [
      'transferability 150 → 100, additional 665 → 600 (capped-letter.html)',
      [105, 140, 136, 24, 80, 0, 0, 0, 50, 50, 50, 50, 15, 0, 0, 600],
      // No spouse points: single (core 485) or with a spouse scored 0 (core capped at 460).
      [1185, 1160],
    ],
    ['no spouse points: the core cap may be 500 or 460', [110, 150, 136, 24, 80], [500, 460]],
    [
      'a spouse with points: core 460, core + spouse 500',
      [110, 150, 136, 24, 80, 10, 20, 10],
      [500],
    ],
    [
      'every cap binds: the highest score there is',
      [110, 150, 136, 24, 80, 0, 0, 0, 50, 50, 50, 50, 15, 30, 200, 600],
      [1200, 1160],
    ],
  ])('%s', (_name, values, totals) => {
    expect(cappedTotals(row(values)), `cappedTotals(${values.join(', ')})`).toEqual(totals);
  });
});
