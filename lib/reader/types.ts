// The reading: what the reader returns for one page (SPEC.md "The reading").
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

export const PAGE_KINDS = ['ita-letter', 'profile', 'account-home', 'unknown'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const PROGRAMS = ['FSW', 'CEC', 'FST', 'PNP'] as const;
export type Program = (typeof PROGRAMS)[number];

export type Language = 'en' | 'fr';

/** Something on the page that does not hold together; `message` is plain English, `code` is stable. */
export interface ReadingProblem {
  code: string;
  message: string;
  /** The reading fields the problem is about, e.g. `crs.total`, `invitation.deadline`. */
  fields?: string[];
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
