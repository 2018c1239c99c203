// The shapes of the rules engine: the catalogue's ids, a finding, a check, a rule and the
// assessment `evaluate` returns (docs/formats.md "Findings, checks and the verdict").
import type { FactPath, Facts } from '../facts';
import type { CrsRowKey, Program, Reading } from '../reader/types';
import type { Round } from '../rounds';
import type { Severity, Text, Verdict } from '../verdict';

/** The catalogue: one id per check, each the name of its file in lib/rules. */
export const RULE_IDS = [
  'score-below-cutoff',
  'program-requirements-not-met',
  'work-experience-short',
  'language-test-expires',
  'eca-expired',
  'nomination-withdrawn',
  'family-change',
  'funds-short',
  'category-experience-short',
  'police-certificates-pending',
  'deadline',
  'age-after-invitation',
  'breakdown-mismatch',
  'facts-missing',
  'cutoff-unknown',
  'rules-may-have-changed',
  'facts-contradict',
  'invitation-date-assumed',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
/** Not a rule: the whole page could not be read, so no rule ran. */
export type FindingId = RuleId | 'page-unreadable';

export type { Severity, Text, Verdict } from '../verdict';

/**
 * What a check could not judge without: a value of the page (`Reading.missing` names:
 * `invitation.date`, `crs.total`, `crs.rows.age`, …) the letter did not show.
 */
export type PageField = string;

/** One fact the user has not entered, and the checks waiting for it. */
export interface MissingFact {
  fact: FactPath;
  checks: RuleId[];
}

/** One value the page did not show, and the checks that could not judge without it. */
export interface MissingOnPage {
  field: PageField;
  checks: RuleId[];
}

/** A finding means its rule fired: something is wrong, or (info) worth knowing. */
export interface Finding {
  id: FindingId;
  severity: Severity;
  title: Text;
  /** Complete on its own, with the numbers and dates used. */
  detail: Text;
  /** The IRCC page that states the rule. */
  source: string;
  /** The options-page field this finding points to: the fact to check, correct or fill in. */
  fact?: FactPath;
  /** Last day (`YYYY-MM-DD`, the user's local date) on which submitting is still safe. */
  lastSafeDay?: string;
  /** UTC instant of the application deadline, for the countdown. */
  deadline?: string;
  /** `facts-missing` only: each missing fact once, with the checks waiting for it. */
  missing?: MissingFact[];
  /** `facts-missing` only: the page's missing values, with the checks that could not judge. */
  notOnPage?: MissingOnPage[];
}

export const CHECK_STATUSES = ['pass', 'fired', 'needs-facts', 'not-applicable'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/**
 * How each check of the catalogue ended: `pass` (checked, nothing wrong), `fired` (its findings
 * are in the list), `needs-facts` (could not judge: `facts` the user can enter, `page` values the
 * page did not show) or `not-applicable` (nothing to check for this candidate and round).
 */
export interface Check {
  id: RuleId;
  status: CheckStatus;
  facts?: FactPath[];
  page?: PageField[];
}

/** What one rule returns. */
export type RuleResult =
  | { status: 'pass' | 'not-applicable' }
  | { status: 'fired'; findings: Finding[] }
  | { status: 'needs-facts'; facts: FactPath[]; page: PageField[] };

export interface CorrectedCrs {
  /** IRCC's total with the changed rows replaced (section caps applied); null when unknowable. */
  total: number | null;
  rows: Partial<Record<CrsRowKey, number>>;
  /** Rows whose corrected number differs from IRCC's. */
  changed: CrsRowKey[];
}

export interface CutoffInfo {
  value: number | null;
  source: 'user' | 'round' | null;
  round: Round | null;
  /** Rounds the user can pick from when none matched alone. */
  candidates: Round[];
}

/**
 * The invitation date the checks use, and where it comes from: the letter, or (an assumption,
 * named in a finding) 61 days before the deadline instant, or the round the user picked.
 */
export interface InvitationDate {
  date: string;
  basis: 'letter' | 'deadline' | 'round';
}

/** Everything a rule sees: computed once by `evaluate`, so each rule stays a small pure function. */
export interface RuleInput {
  reading: Reading;
  facts: Facts;
  rounds: readonly Round[];
  now: number;
  timeZone: string;
  /** The user's local date of `now`. */
  today: string;
  /** Planned submission date (facts.plannedSubmission, never before today; default today). */
  submission: string;
  /** The invitation date used, or null when neither the page nor the facts give it. */
  ita: InvitationDate | null;
  /** `ita.date`, for the many rules that only need the date. */
  itaDate: string | null;
  program: Program | null;
  /** The application deadline as a UTC instant, from the page or, failing that, estimated. */
  deadline: { instant: string; ms: number; lastLocalDay: string; estimated: boolean } | null;
  cutoff: CutoffInfo;
  corrected: CorrectedCrs & {
    /** Engine rows computed from the facts (only the rows the facts fully determine). */
    fromFacts: Partial<Record<CrsRowKey, number>>;
    withSpouse: boolean | null;
    /** When `total` is null: what it would take to know it. */
    unknownFor: { facts: FactPath[]; page: PageField[] };
  };
}

export interface Rule {
  id: RuleId;
  /** The check's name in words, for the list of checks and the facts they wait for. */
  name: Text;
  /** The facts this rule may read (each one asked for by name when the rule cannot do without). */
  needs: readonly FactPath[];
  evaluate(input: RuleInput): RuleResult;
}

export interface Assessment {
  verdict: Verdict;
  findings: Finding[];
  /** One entry per catalogue rule, in catalogue order. */
  checks: Check[];
  correctedCrs: CorrectedCrs;
  cutoff: { value: number | null; source: 'user' | 'round' | null; round: Round | null };
  rulesMayHaveChanged: boolean;
}
