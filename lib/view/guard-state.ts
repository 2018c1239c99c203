// What the in-page guard needs from storage, checked by hand: the guard's script keeps zod out of its
// import graph (schemas cost it tens of KB). Anything without the expected shape means "nothing to
// say": the guard then leaves the page untouched.
import { checkFailedOf, type CheckFailedView } from './check-failed';
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

export type GuardInfo =
  | {
      kind: 'verdict';
      verdict: Verdict;
      /** Reasons to decline first, then points to check; information is left to the popup. */
      reasons: GuardReason[];
    }
  /** The last rules run failed: no verdict is shown, not even the one before. */
  | { kind: 'failed'; failure: CheckFailedView };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is Text =>
  isRecord(value) && typeof value.en === 'string' && typeof value.fr === 'string';

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | undefined =>
  list.find((item) => item === value);

/**
 * From the stored assessment (`local:assessment`, `{ assessment, computedAt, readingAt }`) and a
 * failed run (`local:checkFailure`), which wins: a failure is never hidden behind an older verdict.
 */
export function guardInfo(stored: unknown, failure: unknown = null): GuardInfo | null {
  const failed = checkFailedOf(failure);
  if (failed) return { kind: 'failed', failure: failed };
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
  return { kind: 'verdict', verdict, reasons: bySeverity(reasons) };
}

/** The stored settings' language (`local:settings`), or `auto` when absent or unreadable. */
export function storedLanguage(settings: unknown): 'en' | 'fr' | 'auto' {
  if (!isRecord(settings)) return 'auto';
  return oneOf(['en', 'fr'] as const, settings.language) ?? 'auto';
}

const keyPart = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/**
 * Which invitation the stored letter (`local:readings`, `itaLetter`) is: its date, deadline and
 * profile number, which stay the same each time the same letter is read again. When the page gave
 * none of them, the reading itself (its time) stands for the letter. Null when no letter is stored.
 */
export function letterKey(readings: unknown): string | null {
  if (!isRecord(readings) || !isRecord(readings.itaLetter)) return null;
  const { reading, readAt } = readings.itaLetter;
  if (!isRecord(reading) || !isRecord(reading.invitation)) return null;
  const parts = [
    keyPart(reading.invitation.date),
    keyPart(reading.invitation.deadline),
    keyPart(reading.profileNumber),
  ];
  if (parts.some((part) => part !== '')) return `letter|${parts.join('|')}`;
  return typeof readAt === 'string' ? `read|${readAt}` : null;
}

/** What the guard stores (`local:guardRelease`) when the user chooses "Go on anyway". */
export interface GuardRelease {
  /** The letter it was chosen for ({@link letterKey}). */
  letter: string;
  /** When (ISO instant). */
  at: string;
}

/** The letter the stored "Go on anyway" was chosen for, or null. */
export function releasedLetter(stored: unknown): string | null {
  return isRecord(stored) && typeof stored.letter === 'string' ? stored.letter : null;
}
