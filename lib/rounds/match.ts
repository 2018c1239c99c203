// Which round invited the candidate: by the invitation date, then by category or program where
// several rounds share a date (e.g. 2020-04-09, 2017-05-26 in the snapshot).
import { addDays } from '../dates';
import type { Program } from '../reader/types';
import { roundInvites, type Round } from './round';

export interface RoundQuery {
  date: string;
  program: Program | null;
  /** Category slug (`french`, `healthcare`, …) when the user says the round was category-based. */
  category?: string | null;
  /** Round number when the user picked it. */
  number?: string | null;
}

export interface RoundMatch {
  /** The one round that fits, or null when none or several do. */
  round: Round | null;
  /** What the user can choose from when `round` is null (same date, or a day either side). */
  candidates: Round[];
}

export function matchRound(rounds: readonly Round[], query: RoundQuery): RoundMatch {
  if (query.number) {
    const wanted = query.number.toLowerCase();
    const picked = rounds.find((r) => r.number === wanted) ?? null;
    return { round: picked, candidates: picked ? [picked] : [] };
  }
  const sameDay = rounds.filter((r) => r.date === query.date);
  if (sameDay.length === 0) {
    // The letter's date and IRCC's UTC draw date can differ by a day: offer the neighbours.
    const near = [addDays(query.date, -1), addDays(query.date, 1)];
    return { round: null, candidates: rounds.filter((r) => near.includes(r.date)) };
  }
  let fitting = sameDay;
  if (query.program) {
    const program = query.program;
    fitting = fitting.filter((r) => roundInvites(r, program));
  }
  if (query.category !== undefined && query.category !== null) {
    fitting = fitting.filter((r) => r.category === query.category);
  } else if (fitting.length > 1) {
    // No category given: prefer the general or program round over category-based ones.
    const general = fitting.filter((r) => r.category === null);
    if (general.length > 0) fitting = general;
  }
  const only = fitting.length === 1 ? (fitting[0] ?? null) : null;
  return { round: only, candidates: only ? [only] : sameDay };
}
