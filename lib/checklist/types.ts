// The shapes of the e-APR document checklist: one item per document and person, its state, why it
// is (or is not) needed, and what is known of its timing. Reasons are data (a code and the values
// it names); lib/i18n/documents-en.ts and documents-fr.ts put them in words.
import type { FactPath } from '../facts';
import type { LanguageTest } from '../language';
import type { Program } from '../reader/types';

export const CHECKLIST_IDS = [
  'digital-photo',
  'passport',
  'police-certificate',
  'employment-proof',
  'proof-of-funds',
  'language-results',
  'eca',
  'education-credentials',
  'provincial-nomination',
  'job-offer',
  'marriage-certificate',
  'common-law-proof',
  'birth-certificates-children',
  'sibling-proof',
  'canadian-education-proof',
  'certificate-of-qualification',
  'medical-exam',
] as const;
export type ChecklistId = (typeof CHECKLIST_IDS)[number];

export const DOCUMENT_STATUSES = ['have', 'to-get', 'expiring', 'not-needed'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Whose document it is: the candidate, the spouse or partner, or the nth dependent child. */
export type PersonRef = 'candidate' | 'spouse' | `child-${number}`;

/** A work period as the checklist names it (the facts' own dates and country). */
export interface PeriodRef {
  start: string;
  /** null while ongoing. */
  end: string | null;
  country: string;
  hoursPerWeek: number;
  teer: number;
  selfEmployed: boolean;
}

/** A language result as the checklist names it. */
export interface TestRef {
  test: LanguageTest;
  resultDate: string;
  /** The first day it is no longer valid (2 years after the result date). */
  expires: string;
}

/** Where a claim's answer came from: IRCC's breakdown on the page, the user's facts, or neither. */
export type ClaimBasis = 'reading' | 'facts' | 'unknown';

/** Why an item is needed (or, for `not-needed`, why not). */
export type Reason =
  | { code: 'photo' }
  | { code: 'passport' }
  | { code: 'police-listed'; country: string }
  | { code: 'police-worked'; country: string; period: PeriodRef }
  | { code: 'police-canada' }
  | { code: 'work-canadian'; period: PeriodRef }
  | { code: 'work-foreign'; period: PeriodRef }
  | { code: 'work-unknown' }
  | {
      code: 'work-not-counted';
      period: PeriodRef;
      because: 'unpaid' | 'not-skilled' | 'too-old' | 'student' | 'self-employed-in-canada';
    }
  | {
      code: 'funds';
      program: Program | null;
      /** CAD for the family size, from IRCC's table in force on the submission date. */
      amount: number | null;
      familySize: number | null;
      table: string | null;
    }
  | { code: 'funds-cec' }
  | { code: 'funds-exempt' }
  | { code: 'language'; tests: TestRef[] }
  | { code: 'language-none' }
  | { code: 'language-expiring'; test: TestRef; lastValidDay: string }
  | { code: 'language-expired'; test: TestRef }
  | { code: 'language-spouse'; tests: TestRef[] }
  | { code: 'language-spouse-claimed'; points: number }
  | { code: 'language-spouse-not-claimed'; basis: ClaimBasis }
  | { code: 'eca'; issued: string; expires: string }
  | { code: 'eca-expiring'; issued: string; expires: string; lastValidDay: string }
  | { code: 'eca-expired'; issued: string; expires: string }
  | { code: 'eca-foreign' }
  | { code: 'eca-canadian' }
  | { code: 'eca-no-credential' }
  | { code: 'eca-spouse' }
  | { code: 'eca-spouse-not-claimed'; basis: ClaimBasis }
  | { code: 'education' }
  | { code: 'education-none' }
  | { code: 'nomination'; basis: 'program' | 'reading' | 'facts' }
  | { code: 'no-nomination'; basis: ClaimBasis }
  | { code: 'job-offer'; basis: 'reading' | 'facts' }
  | { code: 'no-job-offer'; basis: ClaimBasis }
  | { code: 'marriage' }
  | { code: 'common-law' }
  | { code: 'relationship-other'; other: 'marriage-certificate' | 'common-law-proof' }
  | { code: 'birth-certificate' }
  | { code: 'sibling'; basis: 'reading' | 'facts' }
  | { code: 'no-sibling'; basis: ClaimBasis }
  | { code: 'canadian-education'; basis: 'reading' | 'facts' }
  | { code: 'no-canadian-education'; basis: ClaimBasis }
  | { code: 'certificate'; basis: 'reading' | 'facts' | 'fst' }
  | { code: 'no-certificate'; basis: ClaimBasis }
  | { code: 'medical-not-upfront' }
  | { code: 'medical-upfront' };

export type ReasonCode = Reason['code'];

export interface ChecklistItem {
  /** Unique in the list, stable across changes elsewhere in the facts: the key of the user's marks. */
  key: string;
  id: ChecklistId;
  for: PersonRef;
  /** ISO 3166 alpha-2 (police certificates, work periods). */
  country?: string;
  /** A work period's first day (proof of work experience). */
  start?: string;
  status: DocumentStatus;
  /** Why it is needed, or for `not-needed` why not. */
  why: Reason;
  /** For `have`: the user ticked it, or the facts already prove it. */
  basis?: 'mark' | 'facts';
  /** When the user asked for it (`YYYY-MM-DD`). */
  requested?: string;
  /** The last day to have it: the deadline's last day, or the last day a document still holds. */
  due?: string;
  /** Whole days from today to `due`. */
  daysLeft?: number;
  /** Its absence makes the application incomplete (IRCC rejects it and refunds the fees). */
  required: boolean;
  /** Items of one `either` group are alternatives: one of them is enough. */
  either?: string;
  /** The IRCC page that states it. */
  source: string;
}

export interface Checklist {
  /** The user's local date the list was worked out on. */
  today: string;
  program: Program | null;
  /**
   * The application deadline: IRCC's instant, the last local day to submit and the whole days from
   * today to it; `estimated` when worked out from the invitation's date.
   */
  deadline: { instant: string; lastDay: string; daysLeft: number; estimated: boolean } | null;
  items: ChecklistItem[];
  /** Facts the list needs to be complete (the items that depend on them are left out until then). */
  missingFacts: ChecklistFact[];
}

/** The facts whose absence leaves items out of the list (named with the facts' own paths). */
export type ChecklistFact = Extract<
  FactPath,
  'family.spouse' | 'family.children' | 'policeCertificates' | 'work' | 'education.ecaIssued'
>;
