// A rules run that failed (`local:checkFailure`): stored in place of the verdict, so the badge, the
// popup and the in-page guard say "could not check" instead of showing an older verdict as if it
// were current. The next good run clears it. The reason is a code, put in words where it is shown
// (lib/i18n/guard-en.ts `checkFailed`); its list and look are in lib/view/check-failed.ts.
import * as z from 'zod/mini';
import { isoInstant } from './iso';
import { CHECK_FAILURE_REASONS } from '../view/check-failed';

export { CHECK_FAILURE_REASONS, type CheckFailureReason } from '../view/check-failed';

export const checkFailureSchema = z.strictObject({
  /** When the run failed. */
  at: isoInstant,
  reason: z.enum(CHECK_FAILURE_REASONS),
  /** `readAt` of the letter the checks could not run on, when it could be read. */
  readingAt: z.nullable(isoInstant),
});
export type CheckFailure = z.infer<typeof checkFailureSchema>;
