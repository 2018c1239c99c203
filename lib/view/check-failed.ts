// How every surface shows a rules run that failed (`local:checkFailure`, lib/schema/check-failure.ts):
// the reasons it can have, a sign and a grey that belong to no verdict (so it is never mistaken for
// one), and a check of the stored value by hand for the in-page guard (no zod there: size budget).

export const CHECK_FAILURE_REASONS = [
  /** The checks themselves stopped on an error (a fault of ITA Ready, not of the user's facts). */
  'rules-failed',
  /** The browser's storage could not be read or written. */
  'storage-failed',
] as const;
export type CheckFailureReason = (typeof CHECK_FAILURE_REASONS)[number];

/** The sign, and its ink (≥ 7:1 on white) and pale background, beside the words "could not check". */
export const CHECK_FAILED_LOOK = { mark: '?', ink: '#4a4a4a', background: '#f1f1f1' } as const;

export interface CheckFailedView {
  /** When the run failed (ISO instant). */
  at: string;
  reason: CheckFailureReason;
}

/** The stored failure, or null when there is none or it is unreadable. */
export function checkFailedOf(stored: unknown): CheckFailedView | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const at: unknown = Reflect.get(stored, 'at');
  const reason: unknown = Reflect.get(stored, 'reason');
  const known = CHECK_FAILURE_REASONS.find((item) => item === reason);
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !known) return null;
  return { at, reason: known };
}
