// The rounds known: the bundled snapshot with what IRCC's feed added or corrected. A download never
// takes rounds away: a feed that lists only some rounds (or a single one) adds them, and every round
// it does not list is kept.
import { newestFirst } from './feed';
import type { Round } from './round';

/** Every round of `base` and `newer`, one per number (`newer`'s when both have it), newest first. */
export function mergeRounds(base: readonly Round[], newer: readonly Round[]): Round[] {
  const byNumber = new Map<string, Round>();
  for (const round of base) byNumber.set(round.number, round);
  for (const round of newer) byNumber.set(round.number, round);
  return [...byNumber.values()].sort(newestFirst);
}
