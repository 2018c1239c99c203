// Shared logic of documents that expire (language results 2 years, ECA 5 years; MI 2017-1 s.3(4)):
// the document must be valid at the ITA and on the day the application is received.
import { addDays, dayNumber } from '../dates';
import type { RuleInput, Severity } from './types';

export type Validity =
  | { state: 'valid' }
  | { state: 'expired-at-ita' }
  /** Expires before the planned submission; `lastSafeDay` is the last day it is still valid. */
  | {
      state: 'expires-before-submission';
      lastSafeDay: string;
      severity: Severity;
      replaceable: boolean;
    }
  /** Valid on the planned date but expires before the deadline: submit by `lastSafeDay`. */
  | { state: 'expires-before-deadline'; lastSafeDay: string };

/**
 * `expiry` is the first day the document is no longer valid. `replaceDays` is the assumed time to
 * get a new one; the rule is a decline only when neither submitting earlier nor replacing before
 * the known deadline is possible.
 */
export function validity(expiry: string, input: RuleInput, replaceDays: number): Validity {
  const { itaDate, submission, today, deadline } = input;
  const lastSafeDay = addDays(expiry, -1);
  if (itaDate !== null && expiry <= itaDate) return { state: 'expired-at-ita' };
  if (expiry <= submission) {
    const canSubmitEarlier =
      lastSafeDay >= today && (deadline === null || lastSafeDay <= deadline.lastLocalDay);
    const replaceable =
      deadline !== null && dayNumber(today) + replaceDays <= dayNumber(deadline.lastLocalDay);
    // Without a deadline nobody can say a new document would come too late: check, not decline.
    const severity: Severity =
      canSubmitEarlier || replaceable || deadline === null ? 'warning' : 'decline';
    return { state: 'expires-before-submission', lastSafeDay, severity, replaceable };
  }
  if (deadline !== null && expiry <= deadline.lastLocalDay)
    return { state: 'expires-before-deadline', lastSafeDay };
  return { state: 'valid' };
}
