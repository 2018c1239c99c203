// The rounds a candidate may have been invited in, for the user to pick from when no single round
// matches the letter (the `cutoff-unknown` check): the rounds held on the invitation's date or just
// before it, those that invited the letter's program (and category) first.
import { addDays } from '../dates';
import type { Program } from '../reader/types';
import { roundName, type RoundName } from './names';
import { roundInvites, type Round } from './round';

export interface CandidateQuery {
  /** The invitation's date, `YYYY-MM-DD`. */
  date: string;
  program: Program | null;
  /** A category slug, when the user says the round was category-based. */
  category?: string | null;
}

export interface RoundCandidate {
  number: string;
  date: string;
  cutoff: number;
  size: number | null;
  name: RoundName;
  /** The round invited the letter's program (and the category asked for); true when unknown. */
  fits: boolean;
  /** Where the round's date stands to the invitation's. */
  when: 'same-day' | 'day-after' | 'before';
}

/** Rounds before the invitation come from this many of the latest round days before it… */
const EARLIER_DAYS = 3;
/** …within this many calendar days. */
const EARLIER_WINDOW = 30;
/** Enough to choose from on one screen. */
export const MAX_CANDIDATES = 8;

const WHEN_ORDER = { 'same-day': 0, 'day-after': 1, before: 2 } as const;

/**
 * The rounds of the invitation's day, of the next day (the letter's date and IRCC's draw date can be
 * a day apart across time zones), and of the latest round days before it; fitting rounds first,
 * then by closeness to the date, newest first.
 */
export function roundCandidates(
  rounds: readonly Round[],
  query: CandidateQuery,
  limit: number = MAX_CANDIDATES,
): RoundCandidate[] {
  const dayAfter = addDays(query.date, 1);
  const windowStart = addDays(query.date, -EARLIER_WINDOW);
  const earlierDays = [
    ...new Set(rounds.map((r) => r.date).filter((d) => d < query.date && d >= windowStart)),
  ]
    .sort()
    .reverse()
    .slice(0, EARLIER_DAYS);
  const whenOf = (date: string): RoundCandidate['when'] | null =>
    date === query.date
      ? 'same-day'
      : date === dayAfter
        ? 'day-after'
        : earlierDays.includes(date)
          ? 'before'
          : null;
  const category = query.category ?? null;
  const candidates: RoundCandidate[] = [];
  for (const round of rounds) {
    const when = whenOf(round.date);
    if (when === null) continue;
    const program = query.program;
    const fits =
      (program === null || roundInvites(round, program)) &&
      (category === null || round.category === category);
    candidates.push({
      number: round.number,
      date: round.date,
      cutoff: round.cutoff,
      size: round.size,
      name: roundName(round),
      fits,
      when,
    });
  }
  return candidates
    .sort(
      (a, b) =>
        Number(b.fits) - Number(a.fits) ||
        WHEN_ORDER[a.when] - WHEN_ORDER[b.when] ||
        (a.date === b.date ? 0 : a.date < b.date ? 1 : -1) ||
        Number.parseInt(b.number, 10) - Number.parseInt(a.number, 10),
    )
    .slice(0, limit);
}
