// What the options page's "What if" section can show: the plan the background stored beside the
// verdict for the letter read, or why there is none yet (no letter, still working, could not).
import type { WhatIfState } from '@/components/options/what-if-part';
import type { Facts } from '@/lib/facts';
import type { StoredAssessment } from '@/lib/schema/assessment';
import type { CheckFailure } from '@/lib/schema/check-failure';
import type { ReadingsState } from '@/lib/schema/state';

/** Facts about the candidate: the document marks and the round are not what a plan rests on. */
const ABOUT_THE_ROUND_OR_PAPERS = new Set(['documents', 'round']);

export function whatIfState(
  readings: ReadingsState,
  stored: StoredAssessment | null,
  failure: CheckFailure | null,
  facts: Facts,
): WhatIfState {
  const letter = readings.itaLetter;
  if (!letter) return { kind: 'no-letter' };
  if (failure !== null) return { kind: 'failed' };
  // The worker runs again a moment after a new letter: until then the stored plan is another's.
  if (stored === null || stored.readingAt !== letter.readAt) return { kind: 'checking' };
  if (!stored.plan) return { kind: 'failed' };
  const factsEntered = Object.keys(facts).some((key) => !ABOUT_THE_ROUND_OR_PAPERS.has(key));
  return { kind: 'plan', plan: stored.plan, factsEntered };
}
