// What every surface says of a plan the same way (popup block, options section, command line):
// where a score stands against the cut-off, the stakes worth a line, whether declining is worth
// explaining, and the rounds beside the score back in the pool.
import type { Verdict } from '../verdict';
import type { IfDeclined, Plan, Stake } from './types';

/** A margin this thin or thinner (in points) makes the popup show what declining would mean. */
export const THIN_MARGIN = 20;

/** How many stakes and gains the popup shows. */
export const POPUP_TOP = 3;

/** Where a score stands against the cut-off; null when the cut-off is not known. */
export type Against = 'below' | 'at' | 'above' | null;

export function against(score: number, cutoff: number | null): Against {
  if (cutoff === null) return null;
  return score < cutoff ? 'below' : score === cutoff ? 'at' : 'above';
}

/** The stakes that cost points, in the plan's order (sinking claims first). */
export const costlyStakes = (plan: Plan): Stake[] =>
  plan.stakes.filter((s) => plan.score !== null && s.scoreIfLower < plan.score);

/** Declining is worth spelling out when the verdict says decline or the margin is thin. */
export const declineMatters = (plan: Plan, verdict: Verdict): boolean =>
  verdict === 'decline' || (plan.margin !== null && plan.margin <= THIN_MARGIN);

/** A birthday since the invitation costs age points back in the pool. */
export const birthdayCosts = (declined: IfDeclined): boolean =>
  declined.changed.some((c) => c.row === 'age' && c.to < c.from);

export interface RecentSummary {
  count: number;
  lowest: number;
  highest: number;
  /** How many of those cut-offs the score back in the pool reaches; null when it is not known. */
  met: number | null;
}

export function recentSummary(declined: IfDeclined): RecentSummary | null {
  const cutoffs = declined.recentCutoffs.map((r) => r.cutoff);
  if (cutoffs.length === 0) return null;
  const score = declined.score;
  return {
    count: cutoffs.length,
    lowest: Math.min(...cutoffs),
    highest: Math.max(...cutoffs),
    met: score === null ? null : cutoffs.filter((c) => score >= c).length,
  };
}
