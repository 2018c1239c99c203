// Scores a profile under the grid in force on a date, the way IRCC's letter breaks it down.
import { CRS_SECTIONS, type CrsRowKey } from '../reader/types';
import { CONFIRMED_THROUGH, gridFor } from './grids';
import type { Band, CrsGrid, LanguageTier, Pair } from './grids/types';
import type { CrsProfile } from './profile';

type Levels = { reading: number; writing: number; listening: number; speaking: number };

export interface CrsSections {
  core: number;
  spouse: number;
  transfer: number;
  additional: number;
}

export interface CrsScore {
  /** Id of the grid used, e.g. `crs-2025-03-25`. */
  grid: string;
  total: number;
  /** Section totals after the section caps. */
  sections: CrsSections;
  /** Each factor's own points, before section caps (transfer rows after their group caps). */
  rows: Record<CrsRowKey, number>;
  /** True when `on` is after `confirmedThrough`: a newer, unpublished grid may apply. */
  rulesMayHaveChanged: boolean;
  confirmedThrough: string;
}

function band<P>(bands: readonly Band<P>[], value: number, what: string): P {
  const found = bands.find((b) => value >= b.from && (b.to === null || value <= b.to));
  // Unreachable for a validated profile: the grid tests prove every table covers 0 and up.
  if (!found) throw new RangeError(`the CRS grid has no ${what} row for ${value}`);
  return found.points;
}

const levelsOf = (levels: Levels): number[] => [
  levels.reading,
  levels.writing,
  levels.listening,
  levels.speaking,
];

const sumPerAbility = <P>(bands: readonly Band<P>[], levels: Levels, pick: (p: P) => number) =>
  levelsOf(levels).reduce((sum, level) => sum + pick(band(bands, level, 'language level')), 0);

const allAtLeast = (levels: Levels | undefined, min: number): boolean =>
  levels !== undefined && levelsOf(levels).every((level) => level >= min);

/** Tier from the LOWEST of the four abilities: IRCC's "CLB 7 or more on all first official
 * language abilities" is met only when every ability is (crs-criteria page, skill transferability). */
function tier(levels: Levels, { low, high }: { low: number; high: number }): LanguageTier {
  const lowest = Math.min(...levelsOf(levels));
  return lowest >= high ? 'high' : lowest >= low ? 'low' : 'none';
}

function column(years: number, { low, high }: { low: number; high: number }): LanguageTier {
  return years >= high ? 'high' : years >= low ? 'low' : 'none';
}

function firstAndSecond(profile: CrsProfile): { first: Levels; second: Levels | undefined } {
  const [first, second] =
    profile.firstOfficialLanguage === 'english'
      ? [profile.english, profile.french]
      : [profile.french, profile.english];
  // The schema requires the first official language's results; a profile built in code without
  // them is a programming error, not a zero.
  if (!first) {
    throw new RangeError(
      `firstOfficialLanguage is "${profile.firstOfficialLanguage}" but has no results`,
    );
  }
  return { first, second };
}

export function rowsFor(profile: CrsProfile, grid: CrsGrid): Record<CrsRowKey, number> {
  const side: keyof Pair = profile.spouse === null ? 'withoutSpouse' : 'withSpouse';
  const { core, spouse, transfer, additional } = grid;
  const { first, second } = firstAndSecond(profile);
  const pick = (p: Pair) => p[side];

  const educationRow = transfer.educationRows[profile.education];
  const foreignRow = band(transfer.foreignWorkRows, profile.foreignWorkYears, 'foreign work');
  const languageTier = tier(first, transfer.tiers.educationAndForeignWork);
  const canadianColumn = column(profile.canadianWorkYears, transfer.canadianWorkColumns);
  const groupCapped = (points: number) => Math.min(points, transfer.groupCap);

  const french = additional.frenchBonus;
  const frenchBonus = !allAtLeast(profile.french, french.minNclc)
    ? 0
    : allAtLeast(profile.english, french.minClb)
      ? french.frenchAndEnglish
      : french.frenchOnly;

  return {
    age: pick(band(core.age, profile.age, 'age')),
    education: pick(core.education[profile.education]),
    firstLanguage: Math.min(
      sumPerAbility(core.firstLanguage.perAbility, first, pick),
      pick(core.firstLanguage.cap),
    ),
    secondLanguage:
      second === undefined
        ? 0
        : Math.min(
            sumPerAbility(core.secondLanguage.perAbility, second, pick),
            pick(core.secondLanguage.cap),
          ),
    canadianWork: pick(band(core.canadianWork, profile.canadianWorkYears, 'Canadian work')),
    spouseEducation: profile.spouse === null ? 0 : spouse.education[profile.spouse.education],
    spouseLanguage:
      profile.spouse?.firstLanguage === undefined
        ? 0
        : Math.min(
            sumPerAbility(spouse.firstLanguage.perAbility, profile.spouse.firstLanguage, (p) => p),
            spouse.firstLanguage.cap,
          ),
    spouseCanadianWork:
      profile.spouse === null
        ? 0
        : band(spouse.canadianWork, profile.spouse.canadianWorkYears, 'spouse Canadian work'),
    transferEducation: groupCapped(
      transfer.educationPlusLanguage[educationRow][languageTier] +
        transfer.educationPlusCanadianWork[educationRow][canadianColumn],
    ),
    transferForeignWork: groupCapped(
      transfer.foreignPlusLanguage[foreignRow][languageTier] +
        transfer.foreignPlusCanadianWork[foreignRow][canadianColumn],
    ),
    transferCertificate: profile.certificateOfQualification
      ? groupCapped(transfer.certificatePlusLanguage[tier(first, transfer.tiers.certificate)])
      : 0,
    frenchBonus,
    sibling: profile.siblingInCanada ? additional.sibling : 0,
    canadianEducation: additional.canadianEducation[profile.canadianEducation],
    arrangedEmployment: additional.arrangedEmployment[profile.arrangedEmployment],
    provincialNomination: profile.provincialNomination ? additional.provincialNomination : 0,
  };
}

// A row absent from a partial breakdown (IRCC's letter as read) counts 0.
const sum = (rows: Partial<Record<CrsRowKey, number>>, keys: readonly CrsRowKey[]) =>
  keys.reduce((total, key) => total + (rows[key] ?? 0), 0);

export const SECTION_ROWS: Record<keyof CrsSections, readonly CrsRowKey[]> = CRS_SECTIONS;

/** Section caps apply to the sections and the total only; rows keep each factor's own points. */
export function sectionsFor(
  rows: Partial<Record<CrsRowKey, number>>,
  grid: CrsGrid,
  withSpouse: boolean,
): CrsSections {
  const { caps } = grid;
  const core = Math.min(
    sum(rows, SECTION_ROWS.core),
    withSpouse ? caps.core.withSpouse : caps.core.withoutSpouse,
  );
  return {
    core,
    spouse: Math.min(sum(rows, SECTION_ROWS.spouse), caps.spouse, caps.corePlusSpouse - core),
    transfer: Math.min(sum(rows, SECTION_ROWS.transfer), caps.transfer),
    additional: Math.min(sum(rows, SECTION_ROWS.additional), caps.additional),
  };
}

/** The CRS total: the four capped sections added up. */
export const totalOf = (s: CrsSections): number => s.core + s.spouse + s.transfer + s.additional;

/**
 * The CRS of `profile` under the grid in force on `on` (`YYYY-MM-DD`). Throws CrsDateError for a
 * malformed date or one before the oldest grid. After CONFIRMED_THROUGH it scores with the newest
 * grid and sets `rulesMayHaveChanged`. Expects a profile that passed `profileSchema`; one built in
 * code without results for its first official language throws a RangeError instead of scoring 0.
 */
export function score(profile: CrsProfile, on: string): CrsScore {
  const grid = gridFor(on);
  const rows = rowsFor(profile, grid);
  const sections = sectionsFor(rows, grid, profile.spouse !== null);
  return {
    grid: grid.id,
    total: totalOf(sections),
    sections,
    rows,
    rulesMayHaveChanged: on > CONFIRMED_THROUGH,
    confirmedThrough: CONFIRMED_THROUGH,
  };
}
