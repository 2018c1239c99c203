// What the in-page guard needs from storage, checked by hand: the content script must stay small
// (TOOLCHAIN.md trap 4: zod in its import graph took it from 14 KB to 100 KB). Anything that does not
// have the expected shape means "nothing to say": the guard then leaves the page untouched.
import type { UiLanguage } from '../i18n';
import {
  SEVERITIES,
  VERDICTS,
  bySeverity,
  type Severity,
  type Text,
  type Verdict,
} from '../verdict';

export interface GuardReason {
  id: string;
  severity: Exclude<Severity, 'info'>;
  title: Text;
  detail: Text;
}

export interface GuardInfo {
  verdict: Verdict;
  /** Reasons to decline first, then points to check; information is left to the popup. */
  reasons: GuardReason[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is Text =>
  isRecord(value) && typeof value.en === 'string' && typeof value.fr === 'string';

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);

/** The stored assessment (`local:assessment`, `{ assessment, computedAt, readingAt }`) for the guard. */
export function guardInfo(stored: unknown): GuardInfo | null {
  if (!isRecord(stored) || !isRecord(stored.assessment)) return null;
  const { verdict: rawVerdict, findings } = stored.assessment;
  const verdict = oneOf(VERDICTS, rawVerdict);
  if (!verdict || !Array.isArray(findings)) return null;
  const reasons: GuardReason[] = [];
  for (const finding of findings) {
    if (!isRecord(finding)) return null;
    const severity = oneOf(SEVERITIES, finding.severity);
    const { id, title, detail } = finding;
    if (!severity || typeof id !== 'string' || !isText(title) || !isText(detail)) return null;
    if (severity !== 'info') reasons.push({ id, severity, title, detail });
  }
  return { verdict, reasons: bySeverity(reasons) };
}

/** The stored settings' language (`local:settings`), or `auto` when absent or unreadable. */
export function storedLanguage(settings: unknown): UiLanguage | 'auto' {
  if (!isRecord(settings)) return 'auto';
  return oneOf(['en', 'fr'] as const, settings.language) ?? 'auto';
}
