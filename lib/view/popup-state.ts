// Which state the popup is in, derived from what is stored (pure, so it is tested without a browser).
import type { ReadingsState, StoredReading } from '../schema/state';
import type { StoredAssessmentView } from './assessment';

/**
 * A reading older than this is called stale. Why a week: what the portal shows can change after the
 * letter is read (an invitation withdrawn or already answered, the "Days left to submit" column), and
 * the first deadline reminder is 7 days out — by then the user should look at the page again, so the
 * verdict rests on what IRCC shows today and not on what it showed a week ago.
 */
const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export type StaleReason = { kind: 'old'; days: number };

export type PopupState =
  | { kind: 'empty' }
  | { kind: 'nothing-to-read'; source: string }
  | { kind: 'unreadable'; stored: StoredReading }
  | {
      kind: 'reading';
      stored: StoredReading;
      /**
       * The verdict for THIS reading, or null while there is none (not computed yet, or computed from
       * an earlier reading: the background re-runs the rules on every new reading, and an old verdict
       * must never be shown as the verdict of a newer page).
       */
      assessment: StoredAssessmentView | null;
      stale: StaleReason | null;
    };

/** A letter without its score or its deadline cannot be judged: it is shown as unreadable. */
function isUsable(stored: StoredReading): boolean {
  const { reading } = stored;
  if (reading.kind === 'ita-letter')
    return reading.crs.total !== null || reading.invitation.deadline !== null;
  if (reading.kind === 'account-home') return reading.daysLeftToSubmit !== null;
  return reading.profileNumber !== null || reading.crs.total !== null;
}

export function popupState(
  state: ReadingsState,
  extra: { assessment?: StoredAssessmentView | null; now?: number } = {},
): PopupState {
  const main = state.itaLetter ?? state.accountHome ?? state.profile;
  if (main) {
    if (!isUsable(main)) return { kind: 'unreadable', stored: main };
    const assessment =
      extra.assessment && extra.assessment.readingAt === main.readAt ? extra.assessment : null;
    return {
      kind: 'reading',
      stored: main,
      assessment,
      stale: staleness(main, extra.now),
    };
  }
  if (state.lastPage) return { kind: 'nothing-to-read', source: state.lastPage.source };
  return { kind: 'empty' };
}

function staleness(stored: StoredReading, now: number | undefined): StaleReason | null {
  if (now === undefined) return null;
  const age = now - Date.parse(stored.readAt);
  if (!(age > STALE_AFTER_MS)) return null;
  return { kind: 'old', days: Math.floor(age / (24 * 60 * 60 * 1000)) };
}
