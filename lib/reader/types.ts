// The reading: what the reader returns for one page (docs/ircc-pages.md describes the pages).
// Field names are the contract shared by the reader, the CLI's JSON, the messages and storage.

export const CRS_ROW_KEYS = [
  'age',
  'education',
  'firstLanguage',
  'secondLanguage',
  'canadianWork',
  'spouseEducation',
  'spouseLanguage',
  'spouseCanadianWork',
  'transferEducation',
  'transferForeignWork',
  'transferCertificate',
  'frenchBonus',
  'sibling',
  'canadianEducation',
  'arrangedEmployment',
  'provincialNomination',
] as const;
export type CrsRowKey = (typeof CRS_ROW_KEYS)[number];

/**
 * The rows of each section of the letter's table (the CRS engine's sections too): CRS_ROW_KEYS in
 * order, age to Canadian work experience, then the spouse's three, the three transferability
 * groups and the five additional points.
 */
export const CRS_SECTIONS = {
  core: CRS_ROW_KEYS.slice(0, 5),
  spouse: CRS_ROW_KEYS.slice(5, 8),
  transfer: CRS_ROW_KEYS.slice(8, 11),
  additional: CRS_ROW_KEYS.slice(11),
} satisfies Record<string, readonly CrsRowKey[]>;
export type CrsSection = keyof typeof CRS_SECTIONS;

export const PAGE_KINDS = ['ita-letter', 'profile', 'account-home', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PROGRAMS = ['FSW', 'CEC', 'FST', 'PNP'] as const;
export type Program = (typeof PROGRAMS)[number];

export type Language = 'en' | 'fr';

/**
 * What can be wrong with a page, as stable codes; the words for each, in English and French, are in
 * lib/i18n/reader-en.ts and reader-fr.ts. The values each code carries (all optional: a reading
 * stored by an older version has none):
 * - `page-too-deep` { depth }: elements nested deeper than `depth` were not read;
 * - `page-styles-unknown` { links, rules }: style sheets the reader could not apply, and the page
 *   shows two versions of something (a hidden copy is the usual cause);
 * - `conflicting-values` { shown }: the numbers shown for `fields[0]`, space-separated;
 * - `rows-do-not-add-up` { rows, sum, total }: `sum` after the grid's section caps;
 * - `unknown-row` { label, value }: a row the reader does not know, as shown;
 * - `value-above-maximum` { value, max }: `fields[0]` shows more than the grid ever gives;
 * - `footnote-assumed` { shown, read }: `fields[0]` read without a trailing footnote digit;
 * - `date-ambiguous` { readings }, `deadline-ambiguous` { readings, letter?, fitting? },
 *   `deadline-conflict` { deadlines }: ISO dates or instants, space-separated; `fitting`: how many
 *   readings are 60 days after the `letter` date;
 * - `deadline-not-60-days` { deadline, letter, days, expected };
 * - `program-conflict` { programs }, `days-left-ambiguous` { shown }: space-separated.
 */
export const PROBLEM_CODES = [
  'page-not-recognised',
  'page-too-deep',
  'page-styles-unknown',
  'conflicting-values',
  'several-score-tables',
  'rows-do-not-add-up',
  'unknown-row',
  'value-above-maximum',
  'footnote-assumed',
  'date-ambiguous',
  'program-conflict',
  'deadline-conflict',
  'deadline-ambiguous',
  'deadline-not-60-days',
  'days-left-ambiguous',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Something on the page that does not hold together: a code, never words (see PROBLEM_CODES). */
export interface ReadingProblem {
  code: ProblemCode;
  /** The reading fields the problem is about, e.g. `crs.total`, `invitation.deadline`. */
  fields?: string[];
  values?: Record<string, string | number>;
}

export interface Reading {
  kind: PageKind;
  language: Language;
  invitation: {
    /** `YYYY-MM-DD`, or null when the page did not yield it. */
    date: string | null;
    program: Program | null;
    /** UTC instant, `2019-09-09T00:00:00Z`, or null. */
    deadline: string | null;
  };
  crs: {
    total: number | null;
    /** Only the rows the page showed; a row not on the page is absent here and named in `missing`. */
    rows: Partial<Record<CrsRowKey, number>>;
  };
  daysLeftToSubmit: number | null;
  profileNumber: string | null;
  /** Dotted names of the fields the page should have had and did not yield (`crs.rows.age`). */
  missing: string[];
  problems: ReadingProblem[];
}
