// The planner's answer (docs/formats.md "Plan"): what the corrected score rests on, what would raise
// it, and what declining today would mean. Ids and field names are the contract of `ita-ready plan
// --json` and of the views.
import type { FactPath } from '../facts';
import type { CrsRowKey } from '../reader/types';

/** Claims the score rests on, each of which a stake lowers by one level. */
export const CLAIM_IDS = [
  'canadian-work',
  'foreign-work',
  'education',
  'first-language',
  'second-language',
  'spouse-education',
  'spouse-language',
  'spouse-canadian-work',
  'certificate',
  'french',
  'sibling',
  'canadian-education',
  'nomination',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

/** Changes that can raise the score. */
export const CHANGE_IDS = [
  'canadian-work-next-year',
  'foreign-work-next-year',
  'first-language-retake',
  'french-test',
  'spouse-language-test',
  'second-credential',
  'nomination',
] as const;
export type ChangeId = (typeof CHANGE_IDS)[number];

/** A claim's level in plain terms: whole years, a CLB/NCLC level, an education level id, yes/no. */
export type PlainValue = number | string | boolean;

export type OfficialLanguage = 'english' | 'french';

export interface Stake {
  claim: ClaimId;
  now: PlainValue;
  lower: PlainValue;
  /** The corrected CRS with this claim one level lower. */
  scoreIfLower: number;
  /** Whether that falls below the cut-off; null when the cut-off is not known. */
  belowCutoff: boolean | null;
  /** Which language a language claim is about (the levels are CLB for English, NCLC for French). */
  language?: OfficialLanguage;
}

/** Why a gain has no date: it waits on something the user does. */
export const GAIN_REASONS = ['test', 'eca', 'nomination'] as const;
export type GainReason = (typeof GAIN_REASONS)[number];

export interface Gain {
  change: ChangeId;
  /** Points added to the corrected CRS. */
  gain: number;
  /** The corrected CRS with the change. */
  score: number;
  /** `YYYY-MM-DD`, or null when it depends on the user (then `reason` says on what). */
  earliest: string | null;
  reason?: GainReason;
  /** The level reached: whole years, a CLB/NCLC level, an education level id, or true. */
  to: PlainValue;
  language?: OfficialLanguage;
}

export interface RecentCutoff {
  date: string;
  name: string;
  cutoff: number;
}

/** A language result that counted at the invitation and no longer does on the day of `ifDeclined`. */
export interface ExpiredResult {
  person: 'candidate' | 'spouse';
  language: OfficialLanguage;
  /** The first day it no longer counts. */
  from: string;
}

export interface IfDeclined {
  /** The score back in the pool on `on`; null when a fact it needs is missing (see `needs`). */
  score: number | null;
  on: string;
  /** The last rounds of the same program or category up to `on`, newest first. */
  recentCutoffs: RecentCutoff[];
  /** The rows that differ from the corrected CRS on `on` (age after a birthday, more work, …). */
  changed: { row: CrsRowKey; from: number; to: number }[];
  expired: ExpiredResult[];
}

/** A fact the planner needs and does not have, and what waits on it. */
export interface PlanNeed {
  fact: FactPath;
  stakes: ClaimId[];
  gains: ChangeId[];
  ifDeclined: boolean;
}

/** Why nothing can be planned from this reading: the corrected score has no ground to move from. */
export const PLAN_BLOCKS = [
  'no-invitation-date',
  'no-grid',
  'score-unknown',
  'rows-missing',
] as const;
export type PlanBlock = (typeof PLAN_BLOCKS)[number];

export interface Plan {
  /** The corrected CRS (evaluate's `correctedCrs.total`). */
  score: number | null;
  cutoff: number | null;
  /** score − cutoff; null when either is unknown. */
  margin: number | null;
  /** Claims whose loss would sink the invitation first, then by points lost. */
  stakes: Stake[];
  /** Most points first. */
  gains: Gain[];
  ifDeclined: IfDeclined;
  needs: PlanNeed[];
  blocked: PlanBlock | null;
}
