// The rounds the checks use (bundled + downloaded) and how recent they are, for the popup.
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_ROUNDS,
  EMPTY_ROUNDS_CACHE,
  knownRounds,
  roundsFreshness,
  type Round,
  type RoundsCache,
} from '@/lib/rounds';

const downloaded: Round = {
  number: '448',
  date: '2026-10-14',
  name: 'Canadian Experience Class',
  cutoff: 512,
  size: 2500,
  programs: 'Canadian Experience Class',
  category: null,
};

describe('knownRounds and roundsFreshness', () => {
  it.each<[string, RoundsCache, { count: number; newest: string; downloadedAt: string | null }]>([
    [
      'never downloaded: the bundled rounds',
      EMPTY_ROUNDS_CACHE,
      { count: 448, newest: '447', downloadedAt: null },
    ],
    [
      'one round downloaded: added to the bundled ones',
      { rounds: [downloaded], fetchedAt: '2026-10-15T08:00:00.000Z', lastError: null },
      { count: 449, newest: '448', downloadedAt: '2026-10-15T08:00:00.000Z' },
    ],
  ])('%s', (_, cache, expected) => {
    expect(knownRounds(cache)).toHaveLength(expected.count);
    const freshness = roundsFreshness(cache);
    expect(freshness).toMatchObject({
      bundledThrough: '2026-10-01',
      downloadedAt: expected.downloadedAt,
      count: expected.count,
      newest: { number: expected.newest },
      lastProblem: null,
    });
  });

  it('a failed refresh after a good one: the problem is reported, the rounds kept', () => {
    const cache: RoundsCache = {
      rounds: [downloaded],
      fetchedAt: '2026-10-15T08:00:00.000Z',
      lastError: { at: '2026-10-16T08:00:00.000Z', problem: { code: 'web-page' } },
    };
    expect(roundsFreshness(cache)).toMatchObject({
      count: BUNDLED_ROUNDS.length + 1,
      lastProblem: { at: '2026-10-16T08:00:00.000Z', problem: { code: 'web-page' } },
    });
  });
});
