// Which state the popup is in and what its first lines answer, derived from what is stored (pure, so
// every state is tested without a browser; `now` is an argument).
import { knownRounds, roundsFreshness, type RoundsFreshness } from '../rounds/known';
import { roundCandidates, type RoundCandidate } from '../rounds/candidates';
import type { RoundsCache } from '../rounds/schema';
import type { ReadingsState, StoredReading } from '../schema/state';
import type { CheckFailure } from '../schema/check-failure';
import type { CheckFailedView } from './check-failed';
import type { FactPath } from '../facts';
import {
  deadlineOf,
  missingList,
  reasonOf,
  type AssessmentView,
  type StoredAssessmentView,
} from './assessment';

/**
 * A reading older than this is called stale. Why a week: what the portal shows can change after the
 * letter is read (an invitation withdrawn or already answered, the "Days left to submit" column), and
 * the first deadline reminder is 7 days out — by then the user should look at the page again, so the
 * verdict rests on what IRCC shows today and not on what it showed a week ago.
 */
const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

export type StaleReason = { kind: 'old'; days: number };

/** What the first lines of a letter say, most decisive first. */
export type Answer =
  /** The deadline has passed: whatever the checks say, this invitation can no longer be used. */
  | { kind: 'expired'; deadline: string }
  /** The last rules run failed: no verdict, not even an older one. */
  | { kind: 'failed'; failure: CheckFailedView }
  /** No verdict for this reading yet: the check is running. */
  | { kind: 'checking' }
  /** Still none after the popup waited a few seconds. */
  | { kind: 'slow' }
  /** The verdict, but the score table or the deadline was not read: say that first. */
  | { kind: 'not-read'; fields: string[]; assessment: AssessmentView }
  | { kind: 'verdict'; assessment: AssessmentView };

/** The rounds to pick from when the round's cut-off is not known, and how recent they are. */
export interface CutoffChoice {
  /** The invitation date the rounds are listed around, when the letter gave it. */
  date: string | null;
  candidates: RoundCandidate[];
}

export type PopupState =
  | { kind: 'empty' }
  | { kind: 'nothing-to-read'; source: string }
  | { kind: 'unreadable'; stored: StoredReading }
  /** An account home or a profile was read, no letter: what it says, and how to get a verdict. */
  | {
      kind: 'no-letter';
      accountHome: StoredReading | null;
      profile: StoredReading | null;
      stale: StaleReason | null;
    }
  | {
      kind: 'letter';
      stored: StoredReading;
      /**
       * The verdict for THIS reading, or null while there is none (not computed yet, or computed from
       * an earlier reading: the background re-runs the rules on every new reading, and an old verdict
       * must never be shown as the verdict of a newer page).
       */
      assessment: StoredAssessmentView | null;
      answer: Answer;
      stale: StaleReason | null;
      /** Set when the verdict is known but the round's cut-off is not. */
      cutoffChoice: CutoffChoice | null;
      rounds: RoundsFreshness | null;
    };

export interface PopupInputs {
  assessment?: StoredAssessmentView | null;
  /** A failed rules run (`local:checkFailure`). */
  failure?: CheckFailure | null;
  now?: number;
  /** The popup has waited a few seconds for this reading's verdict. */
  waited?: boolean;
  /** The rounds cache (`local:rounds`): the rounds to pick from, and how recent they are. */
  rounds?: RoundsCache | null;
  /** The category the user gave for their round (`facts.round.category`), if any. */
  category?: string | null;
}

/** A letter without its score or its deadline cannot be judged: it is shown as unreadable. */
function isUsable(stored: StoredReading): boolean {
  const { reading } = stored;
  if (reading.kind === 'ita-letter')
    return reading.crs.total !== null || reading.invitation.deadline !== null;
  if (reading.kind === 'account-home') return reading.daysLeftToSubmit !== null;
  return reading.profileNumber !== null || reading.crs.total !== null;
}

export function popupState(state: ReadingsState, inputs: PopupInputs = {}): PopupState {
  const letter = state.itaLetter;
  if (letter) {
    if (!isUsable(letter)) return { kind: 'unreadable', stored: letter };
    return letterState(letter, inputs);
  }
  const usable = (stored: StoredReading | null) => (stored && isUsable(stored) ? stored : null);
  const accountHome = usable(state.accountHome);
  const profile = usable(state.profile);
  if (accountHome || profile) {
    const newest = [accountHome, profile]
      .flatMap((s) => (s ? [s] : []))
      .sort((a, b) => Date.parse(b.readAt) - Date.parse(a.readAt))[0];
    return {
      kind: 'no-letter',
      accountHome,
      profile,
      stale: newest ? staleness(newest, inputs.now) : null,
    };
  }
  const unusable = state.accountHome ?? state.profile;
  if (unusable) return { kind: 'unreadable', stored: unusable };
  if (state.lastPage) return { kind: 'nothing-to-read', source: state.lastPage.source };
  return { kind: 'empty' };
}

function letterState(stored: StoredReading, inputs: PopupInputs): PopupState {
  const assessment =
    inputs.assessment && inputs.assessment.readingAt === stored.readAt ? inputs.assessment : null;
  const answer = answerOf(stored, assessment, inputs);
  const { reading } = stored;
  const cutoffUnknown =
    (answer.kind === 'verdict' || answer.kind === 'not-read') &&
    answer.assessment.cutoff.value === null;
  const rounds = inputs.rounds ?? null;
  const date = reading.invitation.date;
  return {
    kind: 'letter',
    stored,
    assessment,
    answer,
    stale: staleness(stored, inputs.now),
    cutoffChoice: cutoffUnknown
      ? {
          date,
          candidates:
            date === null || rounds === null
              ? []
              : roundCandidates(knownRounds(rounds), {
                  date,
                  program: reading.invitation.program,
                  category: inputs.category ?? null,
                }),
        }
      : null,
    rounds: rounds === null ? null : roundsFreshness(rounds),
  };
}

function answerOf(
  stored: StoredReading,
  assessment: StoredAssessmentView | null,
  inputs: PopupInputs,
): Answer {
  const { reading } = stored;
  const deadline = deadlineOf(assessment?.assessment ?? null, reading.invitation.deadline);
  const passedHere =
    deadline !== null && inputs.now !== undefined && Date.parse(deadline.instant) <= inputs.now;
  // The worker's clock may be ahead of the popup's: its "can no longer be used" counts too.
  const passedThere = assessment?.assessment.findings.some(
    (f) => f.id === 'deadline' && f.severity === 'decline',
  );
  if (deadline !== null && (passedHere || passedThere)) {
    return { kind: 'expired', deadline: deadline.instant };
  }
  // A failure about another letter, or older than this verdict, is not this reading's.
  const failure = inputs.failure ?? null;
  const failedHere =
    failure !== null &&
    (failure.readingAt === null || failure.readingAt === stored.readAt) &&
    (assessment === null || Date.parse(failure.at) >= Date.parse(assessment.computedAt));
  if (failure && failedHere) {
    return { kind: 'failed', failure: { at: failure.at, reason: failure.reason } };
  }
  if (assessment === null) return { kind: inputs.waited ? 'slow' : 'checking' };
  const fields = notRead(stored);
  if (fields.length > 0 && assessment.assessment.verdict !== 'decline') {
    return { kind: 'not-read', fields, assessment: assessment.assessment };
  }
  return { kind: 'verdict', assessment: assessment.assessment };
}

/** What of the score table and the deadline the letter did not yield (reading names). */
export function notRead(stored: StoredReading): string[] {
  const { reading } = stored;
  const fields: string[] = [];
  if (reading.crs.total === null) fields.push('crs.total');
  const rows = reading.missing.filter(
    (field) => field === 'crs.rows' || field.startsWith('crs.rows.'),
  );
  fields.push(...rows);
  if (reading.invitation.deadline === null) fields.push('invitation.deadline');
  return fields;
}

function staleness(stored: StoredReading, now: number | undefined): StaleReason | null {
  if (now === undefined) return null;
  const age = now - Date.parse(stored.readAt);
  if (!(age > STALE_AFTER_MS)) return null;
  return { kind: 'old', days: Math.floor(age / (24 * 60 * 60 * 1000)) };
}

/** The one thing to do now, under the answer; null while there is nothing to do but wait. */
export type NextStep =
  /** Nothing to submit any more. */
  | { kind: 'expired' }
  /** Open the letter again or import it: part of it was not read. */
  | { kind: 'reopen-letter' }
  | { kind: 'decline' }
  /** Enter the first fact the checks wait for (its field on the options page). */
  | { kind: 'enter-fact'; fact: FactPath }
  /** Pick the round or type its cut-off, in the popup. */
  | { kind: 'pick-round' }
  /** Check the fact the reason points to. */
  | { kind: 'check-fact'; fact: FactPath }
  | { kind: 'review' }
  /** Ready: submit by the last safe day, when known. */
  | { kind: 'apply'; day: string | null };

export function nextStepOf(state: Extract<PopupState, { kind: 'letter' }>): NextStep | null {
  const { answer } = state;
  if (answer.kind === 'expired') return { kind: 'expired' };
  if (answer.kind === 'not-read') return { kind: 'reopen-letter' };
  if (answer.kind !== 'verdict') return null;
  const a = answer.assessment;
  if (a.verdict === 'decline') return { kind: 'decline' };
  if (a.verdict === 'ready') {
    const day = a.findings.find((f) => f.id === 'deadline' && f.lastSafeDay)?.lastSafeDay;
    return { kind: 'apply', day: day ?? null };
  }
  const reason = reasonOf(a);
  if (reason.kind === 'finding' && reason.finding.fact) {
    return { kind: 'check-fact', fact: reason.finding.fact };
  }
  // The score against the cut-off is the first check there is: without the cut-off it cannot run.
  if (state.cutoffChoice !== null) return { kind: 'pick-round' };
  // The fact most checks wait for first (the facts' own order between equals).
  const [most] = [...missingList(a).facts].sort((x, y) => y.checks - x.checks);
  if (most) return { kind: 'enter-fact', fact: most.fact };
  return { kind: 'review' };
}
