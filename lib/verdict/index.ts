// The verdict's vocabulary, in one place for every surface that shows it (popup, guard, badge,
// notifications, command line): the three verdicts, the three severities and their order, the
// bilingual text type, and the sign and colour of each verdict. Words always go with the sign and
// the colour; neither is ever the only carrier of the meaning.

export const VERDICTS = ['decline', 'review', 'ready'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const SEVERITIES = ['decline', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A user-facing text in both languages. */
export interface Text {
  en: string;
  fr: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { decline: 0, warning: 1, info: 2 };

/** Most severe first; the original order is kept within a severity (stable sort). */
export function bySeverity<F extends { severity: Severity }>(findings: readonly F[]): F[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** `decline` if any finding is a decline, else `review` if any is a warning, else `ready`. */
export function verdictOf(findings: readonly { severity: Severity }[]): Verdict {
  if (findings.some((f) => f.severity === 'decline')) return 'decline';
  if (findings.some((f) => f.severity === 'warning')) return 'review';
  return 'ready';
}

/** The sign shown with each verdict (badge, popup, guard). */
export const VERDICT_MARK: Record<Verdict, string> = { decline: '✕', review: '!', ready: '✓' };

/**
 * Each verdict's colour (`ink`, on white: ≥ 7:1 contrast) and the pale background of its notices.
 * The popup's style sheet mirrors these as CSS variables; the guard and the badge read them here.
 */
export const VERDICT_COLOUR: Record<Verdict, { ink: string; background: string }> = {
  decline: { ink: '#a4161a', background: '#fdecea' },
  review: { ink: '#7a4b00', background: '#fff4dc' },
  ready: { ink: '#1e6b2f', background: '#e7f5ea' },
};
