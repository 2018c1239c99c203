// IRCC's breakdown → the claims behind it. Every reading of the grid in force on the invitation's
// date is tried (factor values grouped where the grid gives them the same points), and a claim
// keeps every value that takes part in at least one reading that reproduces all the letter's rows
// at once: the rows are read together, not one by one (a transferability row narrows the education
// and the language levels; the French row, which language comes first).
import {
  ARRANGED_EMPLOYMENT,
  CANADIAN_EDUCATION,
  EDUCATION_LEVELS,
  GRIDS,
  gridFor,
  rowsFor,
  sectionsFor,
  totalOf,
  type CrsGrid,
  type CrsProfile,
  type EducationLevel,
} from '../crs';
import type { Pair } from '../crs/grids/types';
import { CRS_ROW_KEYS, CRS_SECTIONS, type CrsRowKey } from '../reader/types';
import { compactFour, mergeRanges } from './order';
import {
  CLAIM_KEYS,
  type AgeRange,
  type ClaimKey,
  type Claims,
  type FourLevels,
  type LevelRange,
} from './types';

type Rows = Partial<Record<CrsRowKey, number>>;
type Side = keyof Pair;
type Language = 'english' | 'french';
type Levels = { reading: number; writing: number; listening: number; speaking: number };

/** What the decoder reads of a reading: the invitation's date and the breakdown. */
export interface LetterScore {
  invitation: { date: string | null };
  crs: { total: number | null; rows: Rows };
}

const TOP_LEVEL = 12;

/** Each value once (the same array object counts once too: class tuples are shared). */
const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const CANADIAN_YEARS = [0, 1, 2, 3, 4, 5] as const;
const FOREIGN_YEARS = [0, 1, 2, 3] as const;
const BOTH = [false, true] as const;

/** Levels grouped where nothing in the grid tells them apart: `[0,3]`, `[4,4]`, …, `[10,12]`. */
function levelClasses(starts: readonly number[]): LevelRange[] {
  const sorted = [...new Set([0, ...starts.filter((n) => n > 0 && n <= TOP_LEVEL)])].sort(
    (a, b) => a - b,
  );
  return sorted.map((from, i): LevelRange => [from, (sorted[i + 1] ?? TOP_LEVEL + 1) - 1]);
}

/** Every way four abilities can fall in `n` classes, lowest first (class indexes). */
function fourOf(n: number): number[][] {
  const out: number[][] = [];
  for (let a = 0; a < n; a++)
    for (let b = a; b < n; b++)
      for (let c = b; c < n; c++) for (let d = c; d < n; d++) out.push([a, b, c, d]);
  return out;
}

interface Language4 {
  classes: LevelRange[];
  fours: number[][];
}

function language4(starts: readonly number[]): Language4 {
  const classes = levelClasses(starts);
  return { classes, fours: fourOf(classes.length) };
}

/** The levels a reading of four classes stands for (each class's lowest level). */
function levelsOf(l: Language4, four: readonly number[]): Levels {
  const level = (i: number) => l.classes[four[i] ?? 0]?.[0] ?? 0;
  return { reading: level(0), writing: level(1), listening: level(2), speaking: level(3) };
}

const lowest = (l: Language4, four: readonly number[]): number => l.classes[four[0] ?? 0]?.[0] ?? 0;

const asFour = (l: Language4, four: readonly number[]): FourLevels => {
  const range = (i: number): LevelRange => l.classes[four[i] ?? 0] ?? [0, 0];
  return [range(0), range(1), range(2), range(3)];
};

const all = (level: number): Levels => ({
  reading: level,
  writing: level,
  listening: level,
  speaking: level,
});

/** What one way of scoring (one grid, with or without a spouse) allows, per claim. */
type Found = { [K in ClaimKey]?: NonNullable<Claims[K]> };

/**
 * A profile worth no points anywhere, scored with or without a spouse, changed by `change`: the
 * decoder asks the engine (lib/crs rowsFor) what each value is worth, it never scores on its own.
 */
function neutral(side: Side, change: Partial<CrsProfile>): CrsProfile {
  return {
    age: 45,
    education: 'lessThanSecondary',
    firstOfficialLanguage: 'english',
    english: all(0),
    canadianWorkYears: 0,
    foreignWorkYears: 0,
    certificateOfQualification: false,
    siblingInCanada: false,
    canadianEducation: 'none',
    provincialNomination: false,
    arrangedEmployment: 'none',
    spouse: side === 'withSpouse' ? { education: 'lessThanSecondary', canadianWorkYears: 0 } : null,
    ...change,
  };
}

const pointsOf = (grid: CrsGrid, side: Side, key: CrsRowKey, change: Partial<CrsProfile>) =>
  rowsFor(neutral(side, change), grid)[key];

function decodeSide(grid: CrsGrid, side: Side, rows: Rows): Found | null {
  const { core, spouse, transfer, additional } = grid;
  const found: Found = {};
  const has = (key: CrsRowKey) => rows[key] !== undefined;
  /** The values whose points for `key` are the letter's (all of them when the row is absent). */
  const allowed = <T>(
    key: CrsRowKey,
    values: readonly T[],
    change: (v: T) => Partial<CrsProfile>,
  ) =>
    has(key)
      ? values.filter((v) => pointsOf(grid, side, key, change(v)) === rows[key])
      : [...values];

  if (has('age')) {
    const ages = core.age.filter((b) => pointsOf(grid, side, 'age', { age: b.from }) === rows.age);
    if (ages.length === 0) return null;
    found.age = ages.map((b): AgeRange => [b.from, b.to]);
  }

  const education = allowed('education', EDUCATION_LEVELS, (e) => ({ education: e }));
  const canadian = allowed('canadianWork', CANADIAN_YEARS, (y) => ({ canadianWorkYears: y }));
  // Level classes: where the grid's tables change (its bands, its transferability tiers, the French
  // thresholds), so every level a class holds scores the same everywhere.
  const first = language4([
    ...core.firstLanguage.perAbility.map((b) => b.from),
    transfer.tiers.educationAndForeignWork.low,
    transfer.tiers.educationAndForeignWork.high,
    transfer.tiers.certificate.low,
    transfer.tiers.certificate.high,
    additional.frenchBonus.minNclc,
    additional.frenchBonus.minClb,
  ]);
  const firstFours = allowed('firstLanguage', first.fours, (f) => ({
    english: levelsOf(first, f),
  }));
  const second = language4([
    ...core.secondLanguage.perAbility.map((b) => b.from),
    additional.frenchBonus.minNclc,
    additional.frenchBonus.minClb,
  ]);
  const secondFours = allowed('secondLanguage', second.fours, (f) => ({
    french: levelsOf(second, f),
  }));
  if (education.length === 0 || canadian.length === 0) return null;
  if (firstFours.length === 0 || secondFours.length === 0) return null;

  // Skill transferability: education, foreign work and the certificate, each against the lowest
  // first-language ability and the Canadian work. Only worked through when the letter has one of
  // those rows; otherwise every combination stands.
  const lowestFirst = unique(firstFours.map((f) => lowest(first, f)));
  const transferRows: CrsRowKey[] = [
    'transferEducation',
    'transferForeignWork',
    'transferCertificate',
  ];
  type Transfer = { e: EducationLevel; c: number; low: number; fw: number; cert: boolean };
  let transfers: Transfer[] | null = null;
  if (transferRows.some(has)) {
    transfers = [];
    for (const e of education)
      for (const c of canadian)
        for (const low of lowestFirst)
          for (const fw of FOREIGN_YEARS)
            for (const cert of BOTH) {
              const scored = rowsFor(
                neutral(side, {
                  education: e,
                  canadianWorkYears: c,
                  english: all(low),
                  foreignWorkYears: fw,
                  certificateOfQualification: cert,
                }),
                grid,
              );
              if (transferRows.every((key) => !has(key) || scored[key] === rows[key]))
                transfers.push({ e, c, low, fw, cert });
            }
  }

  // French: NCLC 7+ in all four French abilities, more with CLB 5+ in all four English ones; the
  // lowest ability of each language is what counts.
  type Bonus = { low: number; secondLow: number; first: Language };
  let bonuses: Bonus[] | null = null;
  if (has('frenchBonus')) {
    bonuses = [];
    const secondLows = unique(secondFours.map((f) => lowest(second, f)));
    for (const low of lowestFirst)
      for (const secondLow of secondLows)
        for (const firstLanguage of ['english', 'french'] as const) {
          const [english, french] =
            firstLanguage === 'english' ? [all(low), all(secondLow)] : [all(secondLow), all(low)];
          const points = pointsOf(grid, side, 'frenchBonus', {
            firstOfficialLanguage: firstLanguage,
            english,
            french,
          });
          if (points === rows.frenchBonus) bonuses.push({ low, secondLow, first: firstLanguage });
        }
  }

  const byTransfer = transfers === null ? null : new Set(transfers.map((t) => t.low));
  const byBonus = bonuses === null ? null : new Set(bonuses.map((b) => b.low));
  const lows = new Set(
    lowestFirst.filter((l) => (byTransfer?.has(l) ?? true) && (byBonus?.has(l) ?? true)),
  );
  if (lows.size === 0) return null;
  const joint = transfers?.filter((t) => lows.has(t.low));
  const jointBonuses = bonuses?.filter((b) => lows.has(b.low));

  if (has('education') || has('transferEducation'))
    found.education = joint ? unique(joint.map((t) => t.e)) : education;
  if (has('canadianWork'))
    found.canadianWorkYears = joint ? unique(joint.map((t) => t.c)) : canadian;
  if (has('transferForeignWork'))
    found.foreignWorkYears = joint ? unique(joint.map((t) => t.fw)) : [...FOREIGN_YEARS];
  if (has('transferCertificate'))
    found.certificateOfQualification = joint ? unique(joint.map((t) => t.cert)) : [...BOTH];
  if (has('firstLanguage'))
    found.firstLanguageClb = firstFours
      .filter((f) => lows.has(lowest(first, f)))
      .map((f) => asFour(first, f));
  if (has('secondLanguage')) {
    const secondLows = jointBonuses ? new Set(jointBonuses.map((b) => b.secondLow)) : null;
    found.secondLanguageClb = secondFours
      .filter((f) => secondLows?.has(lowest(second, f)) ?? true)
      .map((f) => asFour(second, f));
  }
  if (has('frenchBonus'))
    found.firstOfficialLanguage = unique((jointBonuses ?? []).map((b) => b.first));

  // The spouse's own factors: scored only with a spouse.
  const spouseRows: CrsRowKey[] = ['spouseEducation', 'spouseLanguage', 'spouseCanadianWork'];
  if (side === 'withoutSpouse') {
    if (spouseRows.some((key) => (rows[key] ?? 0) !== 0)) return null;
  } else {
    const withSpouse = (change: Partial<NonNullable<CrsProfile['spouse']>>) => ({
      spouse: { education: 'lessThanSecondary' as const, canadianWorkYears: 0, ...change },
    });
    const spouseLanguage = language4(spouse.firstLanguage.perAbility.map((b) => b.from));
    const spouseEducation = allowed('spouseEducation', EDUCATION_LEVELS, (e) =>
      withSpouse({ education: e }),
    );
    const spouseFours = allowed('spouseLanguage', spouseLanguage.fours, (f) =>
      withSpouse({ firstLanguage: levelsOf(spouseLanguage, f) }),
    );
    const spouseYears = allowed('spouseCanadianWork', CANADIAN_YEARS, (y) =>
      withSpouse({ canadianWorkYears: y }),
    );
    if (spouseEducation.length === 0 || spouseFours.length === 0 || spouseYears.length === 0)
      return null;
    if (has('spouseEducation')) found.spouseEducation = spouseEducation;
    if (has('spouseLanguage'))
      found.spouseLanguageClb = spouseFours.map((f) => asFour(spouseLanguage, f));
    if (has('spouseCanadianWork')) found.spouseCanadianWorkYears = spouseYears;
  }

  const sibling = allowed('sibling', BOTH, (b) => ({ siblingInCanada: b }));
  const canadianEducation = allowed('canadianEducation', CANADIAN_EDUCATION, (c) => ({
    canadianEducation: c,
  }));
  const arranged = allowed('arrangedEmployment', ARRANGED_EMPLOYMENT, (a) => ({
    arrangedEmployment: a,
  }));
  const nomination = allowed('provincialNomination', BOTH, (b) => ({ provincialNomination: b }));
  if (!sibling.length || !canadianEducation.length || !arranged.length || !nomination.length)
    return null;
  if (has('sibling')) found.siblingInCanada = sibling;
  if (has('canadianEducation')) found.canadianEducation = canadianEducation;
  if (has('arrangedEmployment')) found.arrangedEmployment = arranged;
  if (has('provincialNomination')) found.provincialNomination = nomination;
  return found;
}

/** Rows whose own points IRCC's letter gives with the spouse or without: core and spouse. */
const SIDE_ROWS: readonly CrsRowKey[] = [...CRS_SECTIONS.core, ...CRS_SECTIONS.spouse];

/** The grids the letter may have been scored under: its date's, or every one when undated. */
function gridsOf(date: string | null): CrsGrid[] {
  if (date === null) return [...GRIDS];
  try {
    return [gridFor(date)];
  } catch {
    // Before the oldest grid this tool knows: it cannot say what the points meant.
    return [];
  }
}

function sidesOf(grid: CrsGrid, score: LetterScore): Side[] {
  const sides: Side[] = ['withSpouse', 'withoutSpouse'];
  const { rows, total } = score.crs;
  // With every row and the total, the section caps (460 with a spouse, 500 without) can tell.
  if (total === null || CRS_ROW_KEYS.some((key) => rows[key] === undefined)) return sides;
  const byTotal = sides.filter(
    (side) => totalOf(sectionsFor(rows, grid, side === 'withSpouse')) === total,
  );
  // A total that fits neither is the reader's to report (rows that do not add up), not a claim.
  return byTotal.length > 0 ? byTotal : sides;
}

function union(into: Found, more: Found, withSpouse: boolean): void {
  for (const [key, values] of Object.entries(more)) {
    const k = CLAIM_KEYS.find((c) => c === key);
    if (k === undefined || !Array.isArray(values)) continue;
    Object.assign(into, { [k]: [...(into[k] ?? []), ...values] });
  }
  Object.assign(into, { spouse: [...(into.spouse ?? []), withSpouse] });
}

function tidy(found: Found, rows: Rows): Claims {
  const claims: Claims = {};
  const set = <T>(values: readonly T[] | undefined, order: readonly T[]): T[] | undefined =>
    values === undefined ? undefined : order.filter((v) => values.includes(v));
  if (SIDE_ROWS.some((key) => rows[key] !== undefined)) claims.spouse = set(found.spouse, BOTH);
  if (found.age) claims.age = mergeRanges(found.age);
  claims.education = set(found.education, EDUCATION_LEVELS);
  claims.firstOfficialLanguage = set(found.firstOfficialLanguage, ['english', 'french'] as const);
  if (found.firstLanguageClb) claims.firstLanguageClb = compactFour(found.firstLanguageClb);
  if (found.secondLanguageClb) claims.secondLanguageClb = compactFour(found.secondLanguageClb);
  claims.canadianWorkYears = set(found.canadianWorkYears, CANADIAN_YEARS);
  claims.foreignWorkYears = set(found.foreignWorkYears, FOREIGN_YEARS);
  claims.certificateOfQualification = set(found.certificateOfQualification, BOTH);
  claims.siblingInCanada = set(found.siblingInCanada, BOTH);
  claims.canadianEducation = set(found.canadianEducation, CANADIAN_EDUCATION);
  claims.arrangedEmployment = set(found.arrangedEmployment, ARRANGED_EMPLOYMENT);
  claims.provincialNomination = set(found.provincialNomination, BOTH);
  if (claims.spouse?.includes(true)) {
    claims.spouseEducation = set(found.spouseEducation, EDUCATION_LEVELS);
    if (found.spouseLanguageClb) claims.spouseLanguageClb = compactFour(found.spouseLanguageClb);
    claims.spouseCanadianWorkYears = set(found.spouseCanadianWorkYears, CANADIAN_YEARS);
  }
  // Absent, not empty: a key the rows say nothing about is not in the claims at all.
  for (const key of CLAIM_KEYS) {
    const values = claims[key];
    if (values === undefined || values.length === 0) delete claims[key];
  }
  return tidyOrder(claims);
}

function decodeRows(score: LetterScore, rows: Rows): { claims: Claims; read: boolean } {
  const found: Found = {};
  let read = false;
  for (const grid of gridsOf(score.invitation.date)) {
    for (const side of sidesOf(grid, { ...score, crs: { ...score.crs, rows } })) {
      const one = decodeSide(grid, side, rows);
      if (one === null) continue;
      read = true;
      union(found, one, side === 'withSpouse');
    }
  }
  return { claims: tidy(found, rows), read };
}

export interface DecodedLetter {
  claims: Claims;
  /** True when one reading of the grid explains every row at once. */
  together: boolean;
  /** Rows no reading of the grid explains even alone (a number the grid never gives). */
  unexplained: CrsRowKey[];
}

/**
 * The claims behind the letter's rows. When no reading explains every row at once (the letter, or
 * its reading, is off somewhere), each row is read alone, so one odd row does not hide what the
 * others claim; the spouse is then what every row that depends on it allows alike.
 */
export function decodeLetter(score: LetterScore): DecodedLetter {
  const rows = score.crs.rows;
  const together = decodeRows(score, rows);
  if (together.read) return { claims: together.claims, together: true, unexplained: [] };
  const claims: Claims = {};
  const unexplained: CrsRowKey[] = [];
  let spouse: boolean[] | null = null;
  for (const key of CRS_ROW_KEYS) {
    const value = rows[key];
    if (value === undefined) continue;
    const alone = decodeRows({ ...score, crs: { total: null, rows: {} } }, { [key]: value });
    if (!alone.read) {
      unexplained.push(key);
      continue;
    }
    for (const [k, v] of Object.entries(alone.claims)) {
      const claim = CLAIM_KEYS.find((c) => c === k);
      if (claim === undefined || claims[claim] !== undefined) continue;
      if (claim === 'spouse') {
        const sides = alone.claims.spouse ?? [];
        spouse = spouse === null ? sides : spouse.filter((side) => sides.includes(side));
      } else Object.assign(claims, { [claim]: v });
    }
  }
  // Rows that disagree on it allow both: say so rather than pick one.
  if (spouse !== null) claims.spouse = spouse.length > 0 ? spouse : [...BOTH];
  if (!claims.spouse?.includes(true)) {
    delete claims.spouseEducation;
    delete claims.spouseLanguageClb;
    delete claims.spouseCanadianWorkYears;
  }
  return { claims: tidyOrder(claims), together: false, unexplained };
}

/** The claims' keys in CLAIM_KEYS, so the JSON always reads the same way. */
function tidyOrder(claims: Claims): Claims {
  const out: Claims = {};
  for (const key of CLAIM_KEYS)
    if (claims[key] !== undefined) Object.assign(out, { [key]: claims[key] });
  return out;
}

/** What IRCC's breakdown says the profile claimed (docs/formats.md, "Claims"). */
export function decodeClaims(score: LetterScore): Claims {
  return decodeLetter(score).claims;
}
