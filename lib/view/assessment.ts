// What the views need of an assessment (lib/rules `evaluate` → Assessment), described by shape so the
// popup and the guard depend on the fields they show and nothing more (SPEC "Findings and the verdict").
import type { CrsRowKey } from '../reader/types';

export const VERDICTS = ['decline', 'review', 'ready'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SEVERITIES = ['decline', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Bilingual {
  en: string;
  fr: string;
}

export interface FindingView {
  id: string;
  severity: Severity;
  title: Bilingual;
  detail: Bilingual;
  /** The IRCC page that states the rule. */
  source: string;
  /** The candidate fact the finding needs (a `FACT_PATHS` entry), when it is about a missing fact. */
  fact?: string | undefined;
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

const RANK: Record<Severity, number> = { decline: 0, warning: 1, info: 2 };

/** Findings most severe first; the rules' own order is kept within a severity (stable sort). */
export function bySeverity<F extends { severity: Severity }>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

/** Findings that are about a fact the user has not entered yet, for the "facts missing" state. */
export function missingFactFindings<F extends { fact?: string | undefined }>(
  findings: readonly F[],
): F[] {
  return findings.filter((finding) => typeof finding.fact === 'string' && finding.fact !== '');
}
