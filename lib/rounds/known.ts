// The rounds the checks use, and how recent they are, from the rounds cache (`local:rounds`).
import { BUNDLED_ROUNDS, ROUNDS_SNAPSHOT_DATE } from './bundled';
import { mergeRounds } from './merge';
import type { RoundsProblem } from './problems';
import type { Round } from './round';
import type { RoundsCache } from './schema';

/** The bundled rounds with every downloaded one merged in (the download's wins per number). */
export function knownRounds(cache: Pick<RoundsCache, 'rounds'>): Round[] {
  return cache.rounds.length === 0
    ? [...BUNDLED_ROUNDS]
    : mergeRounds(BUNDLED_ROUNDS, cache.rounds);
}

export interface RoundsFreshness {
  /** The date of the newest round in the snapshot bundled with this version of the extension. */
  bundledThrough: string;
  /** When IRCC's feed was last downloaded successfully (ISO instant), or null when never. */
  downloadedAt: string | null;
  /** The newest round known, bundled or downloaded. */
  newest: { number: string; date: string } | null;
  /** How many rounds are known. */
  count: number;
  /** Why the last refresh failed, when it failed after the last good download. */
  lastProblem: { at: string; problem: RoundsProblem } | null;
}

export function roundsFreshness(cache: RoundsCache): RoundsFreshness {
  const rounds = knownRounds(cache);
  const newest = rounds[0];
  return {
    bundledThrough: ROUNDS_SNAPSHOT_DATE,
    downloadedAt: cache.fetchedAt,
    newest: newest ? { number: newest.number, date: newest.date } : null,
    count: rounds.length,
    lastProblem: cache.lastError,
  };
}
