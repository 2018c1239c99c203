// What the views need of an assessment (lib/rules `evaluate` → Assessment), described by shape so the
// popup and the guard depend on the fields they show and nothing more (SPEC "Findings and the verdict").
import type { FactPath } from '../facts';
import type { CrsRowKey } from '../reader/types';

import type { Severity, Text, Verdict } from '../verdict';

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
  /** `facts-missing` only: each fact not entered yet, with the checks waiting for it. */
  missing?: readonly { fact: FactPath; checks: readonly string[] }[] | undefined;
}

export interface AssessmentView {
  verdict: Verdict;
  findings: readonly FindingView[];
  correctedCrs: {
    total: number | null;
    rows: Partial<Record<CrsRowKey, number>>;
    changed: readonly string[];
  };
  cutoff: {
    value: number | null;
    /** Where the cut-off came from: the user typed it, or it was matched from the rounds data. */
    source: 'user' | 'round' | null;
    round: { number: string; date: string; name: string } | null;
  };
  rulesMayHaveChanged: boolean;
}

export interface StoredAssessmentView {
  assessment: AssessmentView;
  /** When the background computed it (ISO instant). */
  computedAt: string;
  /** `readAt` of the reading it was computed from. */
  readingAt: string;
}

/**
 * The facts the user has not entered yet, for the "facts missing" state: one item per fact named by
 * the `facts-missing` finding; another finding's `fact` only points to a field, entered or not.
 */
export function missingFactFindings<F extends FindingView>(findings: readonly F[]): F[] {
  return findings.flatMap((finding) =>
    finding.id === 'facts-missing'
      ? (finding.missing ?? []).map((missing) => ({ ...finding, fact: missing.fact }))
      : [],
  );
}
