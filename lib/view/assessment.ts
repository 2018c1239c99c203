// What the views need of an assessment (lib/rules `evaluate` → Assessment, docs/formats.md "Findings,
// checks and the verdict"), described by shape so the popup and the guard depend on the fields they
// show and nothing more; and the pure readings of it the popup shows: the facts still to enter (each
// once), how many checks could run, and which findings are cards.
import type { FactPath } from '../facts';
import type { Plan } from '../plan/types';
import type { CrsRowKey } from '../reader/types';
import type { Round } from '../rounds/round';
import { bySeverity, type Severity, type Text, type Verdict } from '../verdict';

export { bySeverity, SEVERITIES, VERDICTS } from '../verdict';
export type { Severity, Verdict };

export interface FindingView {
  id: string;
  severity: Severity;
  title: Text;
  detail: Text;
  /** The IRCC page that states the rule. */
  source: string;
  /** The options-page field the finding points to (a `FACT_PATHS` entry): check, correct or fill in. */
  fact?: FactPath | undefined;
  /** `deadline` findings: IRCC's deadline as a UTC instant (the page's, or estimated). */
  deadline?: string | undefined;
  /** The last day (`YYYY-MM-DD`, the user's calendar) on which submitting is still safe. */
  lastSafeDay?: string | undefined;
  /** `facts-missing` only: each fact not entered yet, with the checks waiting for it. */
  missing?: readonly { fact: FactPath; checks: readonly string[] }[] | undefined;
  /** `facts-missing` only: each value the page did not show, with the checks waiting for it. */
  notOnPage?: readonly { field: string; checks: readonly string[] }[] | undefined;
}

export interface CheckView {
  id: string;
  status: 'pass' | 'fired' | 'needs-facts' | 'not-applicable';
}

export interface AssessmentView {
  verdict: Verdict;
  findings: readonly FindingView[];
  checks: readonly CheckView[];
  correctedCrs: {
    total: number | null;
    rows: Partial<Record<CrsRowKey, number>>;
    changed: readonly string[];
  };
  cutoff: {
    value: number | null;
    /** Where the cut-off came from: the user typed it, or it was matched from the rounds data. */
    source: 'user' | 'round' | null;
    round: Round | null;
  };
  rulesMayHaveChanged: boolean;
}

export interface StoredAssessmentView {
  assessment: AssessmentView;
  /** When the background computed it (ISO instant). */
  computedAt: string;
  /** `readAt` of the reading it was computed from. */
  readingAt: string;
  /** The plan over the same inputs; null or absent when there is none. */
  plan?: Plan | null | undefined;
}

/**
 * The facts the user has not entered yet: one item per fact named by the `facts-missing` finding;
 * another finding's `fact` only points to a field, entered or not.
 */
export function missingFactFindings<F extends FindingView>(findings: readonly F[]): F[] {
  return findings.flatMap((finding) =>
    finding.id === 'facts-missing'
      ? (finding.missing ?? []).map((missing) => ({ ...finding, fact: missing.fact }))
      : [],
  );
}

export interface MissingList {
  /** Each fact once, in the order of the facts, with how many checks wait for it. */
  facts: { fact: FactPath; checks: number }[];
  /** Each value the page did not show once (reading names: `crs.total`, `crs.rows.age`). */
  page: { field: string; checks: number }[];
}

/** Everything the checks wait for, each once, from the one `facts-missing` finding. */
export function missingList(assessment: Pick<AssessmentView, 'findings'>): MissingList {
  const finding = assessment.findings.find((f) => f.id === 'facts-missing');
  return {
    facts: (finding?.missing ?? []).map((m) => ({ fact: m.fact, checks: m.checks.length })),
    page: (finding?.notOnPage ?? []).map((m) => ({ field: m.field, checks: m.checks.length })),
  };
}

/**
 * How many checks ran: of the checks that apply to this candidate, those that passed or fired.
 * `facts-missing` is left out of both counts: it is the list of what the others wait for.
 */
export function checksProgress(checks: readonly CheckView[]): { done: number; total: number } {
  const counted = checks.filter((c) => c.id !== 'facts-missing' && c.status !== 'not-applicable');
  const done = counted.filter((c) => c.status === 'pass' || c.status === 'fired').length;
  return { done, total: counted.length };
}

/**
 * Findings that say nothing the first lines of the popup do not already say: the list of missing
 * facts, the cut-off not found (the popup offers the rounds to pick from instead), and the
 * countdown, close or not (the time left is on the first screen). A deadline finding about a fact
 * (a planned submission after the last day) says more, and stays.
 */
function shownElsewhere(finding: FindingView): boolean {
  return (
    finding.id === 'facts-missing' ||
    finding.id === 'cutoff-unknown' ||
    (finding.id === 'deadline' && finding.fact === undefined)
  );
}

/** Findings that lead the verdict only when nothing more telling fired. */
const BACKGROUND_WARNINGS = new Set(['rules-may-have-changed', 'invitation-date-assumed']);

export type Reason =
  /** The finding that best says why: the first reason to decline, or the most telling warning. */
  | { kind: 'finding'; finding: FindingView }
  /** Facts are missing and nothing else is wrong: how many checks could run. */
  | { kind: 'facts'; done: number; total: number; count: number }
  /** The round's cut-off is not known and nothing else is wrong. */
  | { kind: 'cutoff' }
  /** Nothing else is wrong, but the deadline is close (the time left says how close). */
  | { kind: 'deadline-soon' }
  /** Ready: every check passed. */
  | { kind: 'all-passed' };

/** The one-line reason beside the verdict. */
export function reasonOf(assessment: Pick<AssessmentView, 'findings' | 'checks'>): Reason {
  const { findings } = assessment;
  const decline = findings.find((f) => f.severity === 'decline');
  if (decline) return { kind: 'finding', finding: decline };
  const warnings = findings.filter((f) => f.severity === 'warning');
  const telling = warnings.find((f) => !shownElsewhere(f) && !BACKGROUND_WARNINGS.has(f.id));
  if (telling) return { kind: 'finding', finding: telling };
  const missing = missingList(assessment).facts.length;
  if (missing > 0) return { kind: 'facts', ...checksProgress(assessment.checks), count: missing };
  if (warnings.some((f) => f.id === 'cutoff-unknown')) return { kind: 'cutoff' };
  const other = warnings.find((f) => !shownElsewhere(f));
  if (other) return { kind: 'finding', finding: other };
  if (warnings.some((f) => f.id === 'deadline')) return { kind: 'deadline-soon' };
  return { kind: 'all-passed' };
}

/** The findings shown as cards, most severe first: every one that fired, except the reason's own. */
export function cardsOf(
  assessment: Pick<AssessmentView, 'findings'>,
  reason: Reason,
): FindingView[] {
  const lead = reason.kind === 'finding' ? reason.finding : null;
  return bySeverity(assessment.findings.filter((f) => f !== lead && !shownElsewhere(f)));
}

/** IRCC's deadline the checks used: the page's, or the estimate the `deadline` finding names. */
export function deadlineOf(
  assessment: Pick<AssessmentView, 'findings'> | null,
  pageDeadline: string | null,
): { instant: string; estimated: boolean } | null {
  if (pageDeadline !== null) return { instant: pageDeadline, estimated: false };
  const estimated = assessment?.findings.find((f) => f.id === 'deadline' && f.deadline)?.deadline;
  return estimated ? { instant: estimated, estimated: true } : null;
}
