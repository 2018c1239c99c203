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
  /** The candidate fact the finding needs (a `FACT_PATHS` entry), when it is about a missing fact. */
  fact?: FactPath | undefined;
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

/** Findings that are about a fact the user has not entered yet, for the "facts missing" state. */
export function missingFactFindings<F extends { fact?: FactPath | undefined }>(
  findings: readonly F[],
): F[] {
  return findings.filter((finding) => finding.fact !== undefined);
}
