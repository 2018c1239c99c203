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
  sectionsFor,
  totalOf,
  type CrsGrid,
  type EducationLevel,
} from '../crs';
import type { Band, LanguageTier, Pair } from '../crs/grids/types';
import { CRS_ROW_KEYS, type CrsRowKey } from '../reader/types';
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

/** What the decoder reads of a reading: the invitation's date and the breakdown. */
export interface LetterScore {
  invitation: { date: string | null };
  crs: { total: number | null; rows: Rows };
}

const TOP_LEVEL = 12;

/** Each value once (the same array object counts once too: class tuples are shared). */
const unique = <T>(values: readonly T[]): T[] => [...new Set(values)];
const CANADIAN_YEARS = [0, 1, 2, 3, 4, 5];
const FOREIGN_YEARS = [0, 1, 2, 3];
const BOTH = [false, true];

function band<P>(bands: readonly Band<P>[], value: number): P | undefined {
  return bands.find((b) => value >= b.from && (b.to === null || value <= b.to))?.points;
}

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

const FOURS = new Map<number, number[][]>();
const foursOf = (n: number): number[][] => {
  let found = FOURS.get(n);
  if (found === undefined) FOURS.set(n, (found = fourOf(n)));
  return found;
};

interface Language4 {
  classes: LevelRange[];
  fours: number[][];
}

function language4(starts: readonly number[]): Language4 {
  const classes = levelClasses(starts);
  return { classes, fours: foursOf(classes.length) };
}

const lowest = (l: Language4, four: readonly number[]): number => l.classes[four[0] ?? 0]?.[0] ?? 0;

function points(
  l: Language4,
  four: readonly number[],
  bands: readonly Band<number>[],
  cap: number,
) {
  const sum = four.reduce((total, c) => total + (band(bands, l.classes[c]?.[0] ?? 0) ?? 0), 0);
  return Math.min(sum, cap);
}

const asFour = (l: Language4, four: readonly number[]): FourLevels => {
  const range = (i: number): LevelRange => l.classes[four[i] ?? 0] ?? [0, 0];
  return [range(0), range(1), range(2), range(3)];
};

/** What one way of scoring (one grid, with or without a spouse) allows, per claim. */
type Found = { [K in ClaimKey]?: NonNullable<Claims[K]> };

function tier(level: number, { low, high }: { low: number; high: number }): LanguageTier {
  return level >= high ? 'high' : level >= low ? 'low' : 'none';
}

/** `rows[key]` is absent, or equals `points`. */
const fits = (rows: Rows, key: CrsRowKey, points: number): boolean =>
  rows[key] === undefined || rows[key] === points;

function decodeSide(grid: CrsGrid, side: Side, rows: Rows): Found | null {
  const { core, spouse, transfer, additional } = grid;
  const pick = (p: Pair) => p[side];
  const found: Found = {};
  const has = (key: CrsRowKey) => rows[key] !== undefined;

  if (has('age')) {
    const ages = core.age
      .filter((b) => pick(b.points) === rows.age)
      .map((b): AgeRange => [b.from, b.to]);
    if (ages.length === 0) return null;
    found.age = ages;
  }

  const education = EDUCATION_LEVELS.filter((e) =>
    fits(rows, 'education', pick(core.education[e])),
  );
  const canadian = CANADIAN_YEARS.filter((y) =>
    fits(
      rows,
      'canadianWork',
      pick(band(core.canadianWork, y) ?? { withSpouse: 0, withoutSpouse: 0 }),
    ),
  );
  const first = language4([
    ...core.firstLanguage.perAbility.map((b) => b.from),
    transfer.tiers.educationAndForeignWork.low,
    transfer.tiers.educationAndForeignWork.high,
    transfer.tiers.certificate.low,
    transfer.tiers.certificate.high,
    additional.frenchBonus.minNclc,
    additional.frenchBonus.minClb,
  ]);
  const firstBands = core.firstLanguage.perAbility.map((b) => ({ ...b, points: pick(b.points) }));
  const firstFours = first.fours.filter((f) =>
    fits(rows, 'firstLanguage', points(first, f, firstBands, pick(core.firstLanguage.cap))),
  );
  const second = language4([
    ...core.secondLanguage.perAbility.map((b) => b.from),
    additional.frenchBonus.minNclc,
    additional.frenchBonus.minClb,
  ]);
  const secondBands = core.secondLanguage.perAbility.map((b) => ({ ...b, points: pick(b.points) }));
  const secondFours = second.fours.filter((f) =>
    fits(rows, 'secondLanguage', points(second, f, secondBands, pick(core.secondLanguage.cap))),
  );
  if (education.length === 0 || canadian.length === 0 || firstFours.length === 0) return null;
  if (secondFours.length === 0) return null;

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
        for (const low of lowestFirst) {
          const t = tier(low, transfer.tiers.educationAndForeignWork);
          const column = tier(c, transfer.canadianWorkColumns);
          const eRow = transfer.educationRows[e];
          const edu = Math.min(
            transfer.educationPlusLanguage[eRow][t] +
              transfer.educationPlusCanadianWork[eRow][column],
            transfer.groupCap,
          );
          if (!fits(rows, 'transferEducation', edu)) continue;
          for (const fw of FOREIGN_YEARS) {
            const fRow = band(transfer.foreignWorkRows, fw) ?? 'none';
            const foreign = Math.min(
              transfer.foreignPlusLanguage[fRow][t] +
                transfer.foreignPlusCanadianWork[fRow][column],
              transfer.groupCap,
            );
            if (!fits(rows, 'transferForeignWork', foreign)) continue;
            for (const cert of BOTH) {
              const certificate = cert
                ? Math.min(
                    transfer.certificatePlusLanguage[tier(low, transfer.tiers.certificate)],
                    transfer.groupCap,
                  )
                : 0;
              if (fits(rows, 'transferCertificate', certificate))
                transfers.push({ e, c, low, fw, cert });
            }
          }
        }
  }

  // French: NCLC 7+ in all four French abilities, more with CLB 5+ in all four English ones.
  const french = additional.frenchBonus;
  type Bonus = { low: number; second: number[]; first: Language };
  let bonuses: Bonus[] | null = null;
  if (has('frenchBonus')) {
    bonuses = [];
    for (const low of lowestFirst)
      for (const s of secondFours)
        for (const firstLanguage of ['english', 'french'] as const) {
          const secondLow = lowest(second, s);
          const [englishLow, frenchLow] =
            firstLanguage === 'english' ? [low, secondLow] : [secondLow, low];
          const bonus =
            frenchLow < french.minNclc
              ? 0
              : englishLow >= french.minClb
                ? french.frenchAndEnglish
                : french.frenchOnly;
          if (fits(rows, 'frenchBonus', bonus))
            bonuses.push({ low, second: s, first: firstLanguage });
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
    found.foreignWorkYears = joint ? unique(joint.map((t) => t.fw)) : FOREIGN_YEARS;
  if (has('transferCertificate'))
    found.certificateOfQualification = joint ? unique(joint.map((t) => t.cert)) : BOTH;
  if (has('firstLanguage'))
    found.firstLanguageClb = firstFours
      .filter((f) => lows.has(lowest(first, f)))
      .map((f) => asFour(first, f));
  if (has('secondLanguage'))
    found.secondLanguageClb = (
      jointBonuses ? unique(jointBonuses.map((b) => b.second)) : secondFours
    ).map((f) => asFour(second, f));
  if (has('frenchBonus'))
    found.firstOfficialLanguage = unique((jointBonuses ?? []).map((b) => b.first));

  // The spouse's own factors: scored only with a spouse.
  const spouseRows: CrsRowKey[] = ['spouseEducation', 'spouseLanguage', 'spouseCanadianWork'];
  if (side === 'withoutSpouse') {
    if (spouseRows.some((key) => (rows[key] ?? 0) !== 0)) return null;
  } else {
    const spouseEducation = EDUCATION_LEVELS.filter((e) =>
      fits(rows, 'spouseEducation', spouse.education[e]),
    );
    const spouseLanguage = language4(spouse.firstLanguage.perAbility.map((b) => b.from));
    const spouseFours = spouseLanguage.fours.filter((f) =>
      fits(
        rows,
        'spouseLanguage',
        points(spouseLanguage, f, spouse.firstLanguage.perAbility, spouse.firstLanguage.cap),
      ),
    );
    const spouseYears = CANADIAN_YEARS.filter((y) =>
      fits(rows, 'spouseCanadianWork', band(spouse.canadianWork, y) ?? 0),
    );
    if (spouseEducation.length === 0 || spouseFours.length === 0 || spouseYears.length === 0)
      return null;
    if (has('spouseEducation')) found.spouseEducation = spouseEducation;
    if (has('spouseLanguage'))
      found.spouseLanguageClb = spouseFours.map((f) => asFour(spouseLanguage, f));
    if (has('spouseCanadianWork')) found.spouseCanadianWorkYears = spouseYears;
  }

  const additionalClaims = [
    [
      'sibling',
      'siblingInCanada',
      BOTH.filter((b) => fits(rows, 'sibling', b ? additional.sibling : 0)),
    ],
    [
      'canadianEducation',
      'canadianEducation',
      CANADIAN_EDUCATION.filter((c) =>
        fits(rows, 'canadianEducation', additional.canadianEducation[c]),
      ),
    ],
    [
      'arrangedEmployment',
      'arrangedEmployment',
      ARRANGED_EMPLOYMENT.filter((a) =>
        fits(rows, 'arrangedEmployment', additional.arrangedEmployment[a]),
      ),
    ],
    [
      'provincialNomination',
      'provincialNomination',
      BOTH.filter((b) =>
        fits(rows, 'provincialNomination', b ? additional.provincialNomination : 0),
      ),
    ],
  ] as const;
  for (const [row, key, values] of additionalClaims) {
    if (values.length === 0) return null;
    if (has(row)) Object.assign(found, { [key]: values });
  }
  return found;
}

/** Rows whose own points IRCC's letter gives with the spouse or without. */
const SIDE_ROWS: readonly CrsRowKey[] = [
  'age',
  'education',
  'firstLanguage',
  'secondLanguage',
  'canadianWork',
  'spouseEducation',
  'spouseLanguage',
  'spouseCanadianWork',
];

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
