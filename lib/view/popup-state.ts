// Which state the popup is in, derived from what is stored (pure, so it is tested without a browser).
import type { ReadingsState, StoredReading } from '../schema/state';

export type PopupState =
  | { kind: 'empty' }
  | { kind: 'nothing-to-read'; source: string }
  | { kind: 'unreadable'; stored: StoredReading }
  | { kind: 'reading'; stored: StoredReading; homeDaysLeft: number | null };

/** A letter without its score or its deadline cannot be judged: it is shown as unreadable. */
function isUsable(stored: StoredReading): boolean {
  const { reading } = stored;
  if (reading.kind === 'ita-letter')
    return reading.crs.total !== null || reading.invitation.deadline !== null;
  if (reading.kind === 'account-home') return reading.daysLeftToSubmit !== null;
  return reading.profileNumber !== null || reading.crs.total !== null;
}

export function popupState(state: ReadingsState): PopupState {
  const homeDaysLeft = state.accountHome?.reading.daysLeftToSubmit ?? null;
  const main = state.itaLetter ?? state.accountHome ?? state.profile;
  if (main) {
    return isUsable(main)
      ? { kind: 'reading', stored: main, homeDaysLeft }
      : { kind: 'unreadable', stored: main };
  }
  if (state.lastPage) return { kind: 'nothing-to-read', source: state.lastPage.source };
  return { kind: 'empty' };
}
