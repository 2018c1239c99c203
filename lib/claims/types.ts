// What IRCC's breakdown says the profile claimed, in the keys of the profile format (docs/formats.md,
// "Claims"). Each key holds every value the letter's rows allow under the CRS grid of the
// invitation's date; a key the rows say nothing about is absent. One value: the rows make it
// certain. Several: the rows allow each of them, and none is picked.
import type { ArrangedEmployment, CanadianEducation, EducationLevel } from '../crs';
import type { FactPath } from '../facts';

/** Levels from `[0]` to `[1]` inclusive (CLB for English, NCLC for French; 12 is the top). */
export type LevelRange = [number, number];

/**
 * One way the four abilities of a language can stand: four ranges, lowest first, each ability in
 * one of them (the points do not say which ability is which). `[[9,9],[9,9],[9,9],[10,12]]`: three
 * abilities at 9 and one at 10 or more.
 */
export type FourLevels = [LevelRange, LevelRange, LevelRange, LevelRange];

/** Completed years of age, from `[0]` to `[1]` inclusive; `null`: and older. */
export type AgeRange = [number, number | null];

export interface Claims {
  /** Scored with a spouse or partner who comes to Canada (`true`) or as single (`false`). */
  spouse?: boolean[];
  age?: AgeRange[];
  education?: EducationLevel[];
  /** Which official language the first-language points are for. */
  firstOfficialLanguage?: ('english' | 'french')[];
  firstLanguageClb?: FourLevels[];
  /** `[[0,4],[0,4],[0,4],[0,4]]` includes "no test" (it scores as nothing). */
  secondLanguageClb?: FourLevels[];
  /** Whole years as the grid counts them; 5 means 5 or more. */
  canadianWorkYears?: number[];
  /** Whole years as the grid counts them; 3 means 3 or more. */
  foreignWorkYears?: number[];
  certificateOfQualification?: boolean[];
  siblingInCanada?: boolean[];
  canadianEducation?: CanadianEducation[];
  arrangedEmployment?: ArrangedEmployment[];
  provincialNomination?: boolean[];
  spouseEducation?: EducationLevel[];
  /** `[[0,4],[0,4],[0,4],[0,4]]` includes "no test". */
  spouseLanguageClb?: FourLevels[];
  /** 5 means 5 or more. */
  spouseCanadianWorkYears?: number[];
}

export type ClaimKey = keyof Claims;

/** The order claims are shown and asked about in: who is scored, then the factors by weight. */
export const CLAIM_KEYS = [
  'spouse',
  'age',
  'education',
  'canadianWorkYears',
  'provincialNomination',
  'siblingInCanada',
  'canadianEducation',
  'certificateOfQualification',
  'foreignWorkYears',
  'firstOfficialLanguage',
  'firstLanguageClb',
  'secondLanguageClb',
  'arrangedEmployment',
  'spouseEducation',
  'spouseLanguageClb',
  'spouseCanadianWorkYears',
] as const satisfies readonly ClaimKey[];

/** The claims that are a fact of the options form, named as the form names that fact. */
export const FACT_OF_CLAIM = {
  spouse: 'family.spouse',
  education: 'education.level',
  provincialNomination: 'nomination',
  siblingInCanada: 'siblingInCanada',
  canadianEducation: 'education.canadian',
  certificateOfQualification: 'certificateOfQualification',
  spouseEducation: 'spouseEducation',
  spouseCanadianWorkYears: 'spouseCanadianWorkYears',
} as const satisfies Partial<Record<ClaimKey, FactPath>>;

/** The claims with a name of their own (no fact of the form says the same). */
export type WordedClaim = Exclude<ClaimKey, keyof typeof FACT_OF_CLAIM>;

export const isWordedClaim = (key: ClaimKey): key is WordedClaim => !(key in FACT_OF_CLAIM);
