// The shapes of the rules engine (SPEC.md "Findings and the verdict").
import type { FactPath, Facts } from '../facts';
import type { CrsRowKey, Program, Reading } from '../reader/types';
import type { Round } from '../rounds';
import type { Severity, Text, Verdict } from '../verdict';

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
  'cutoff-unknown',
  'rules-may-have-changed',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
/** Not a rule: the whole page could not be read, so no rule ran (SPEC.md "Non-negotiables"). */
export type FindingId = RuleId | 'page-unreadable';

export type { Severity, Text, Verdict } from '../verdict';

export interface Finding {
  id: FindingId;
  severity: Severity;
  title: Text;
  /** Complete on its own, with the numbers used. */
  detail: Text;
  /** The IRCC page that states the rule. */
  source: string;
  /** The facts field to fill or fix (the options page links to it). */
  fact?: FactPath;
  /** Last day (`YYYY-MM-DD`, the user's local date) on which submitting is still safe. */
  lastSafeDay?: string;
  /** UTC instant of the application deadline, for the countdown. */
  deadline?: string;
}

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
  itaDate: string | null;
  program: Program | null;
  /** The application deadline as a UTC instant, from the page or, failing that, estimated. */
  deadline: { instant: string; ms: number; lastLocalDay: string; estimated: boolean } | null;
  cutoff: CutoffInfo;
  corrected: CorrectedCrs & {
    /** Engine rows computed from the facts (only the rows the facts fully determine). */
    fromFacts: Partial<Record<CrsRowKey, number>>;
    withSpouse: boolean | null;
  };
}

export interface Rule {
  id: RuleId;
  /** The facts this rule reads; when one is absent the rule says so in a warning. */
  needs: readonly FactPath[];
  evaluate(input: RuleInput): Finding[];
}

export interface Assessment {
  verdict: Verdict;
  findings: Finding[];
  correctedCrs: CorrectedCrs;
  cutoff: { value: number | null; source: 'user' | 'round' | null; round: Round | null };
  rulesMayHaveChanged: boolean;
}
