// Refresh of the rounds from IRCC's public feed: daily when the user turned it on, or at once when
// they ask for it (the popup's button, the `rounds/refresh` message). The download is bounded and
// believed only when every round in it is plausible (lib/rounds/feed.ts); a good one is merged into
// the rounds already downloaded (never replacing the bundled history), a failed one keeps what we
// had and records why, as a code the popup and the options page put in words.
import { browser } from 'wxt/browser';
import {
  FEED_LIMITS,
  ROUNDS_FEED_URL,
  knownRounds,
  mergeRounds,
  parseFeedText,
  utcDay,
  type RoundsCache,
  type RoundsProblem,
  type RoundsRefreshOutcome,
} from '@/lib/rounds';
import { ROUNDS_FEED_MATCH } from '@/lib/portal';
import { settingsSchema } from '@/lib/schema/settings';
import { loadRoundsCache, loadSettings, saveRoundsCache } from '@/utils/storage';
import { download, type Fetch } from './download';

export interface RefreshOptions {
  /** The user asked for it now: download even when the daily refresh is off. */
  asked?: boolean;
  fetchFeed?: Fetch;
  timeoutMs?: number;
}

export async function refreshRounds(
  now: number,
  options: RefreshOptions = {},
): Promise<RoundsRefreshOutcome> {
  const { asked = false, fetchFeed = fetch, timeoutMs = FEED_LIMITS.timeoutMs } = options;
  if (!asked && !(await loadSettings()).roundsRefresh) return { status: 'off' };
  const at = new Date(now).toISOString();
  const fail = async (problem: RoundsProblem): Promise<RoundsRefreshOutcome> => {
    await saveRoundsCache({ ...(await loadRoundsCache()), lastError: { at, problem } });
    return { status: 'failed', at, problem };
  };
  const granted = await browser.permissions
    .contains({ origins: [ROUNDS_FEED_MATCH] })
    .catch(() => false);
  if (!granted) return fail({ code: 'permission' });
  const got = await download(fetchFeed, ROUNDS_FEED_URL, {
    maxBytes: FEED_LIMITS.maxBytes,
    timeoutMs,
  });
  if (!got.ok) return fail(got.problem);
  const parsed = parseFeedText(got.body, got.contentType, { today: utcDay(now) });
  if (!parsed.ok) return fail(parsed.problem);

  const cache = await loadRoundsCache();
  const before = new Set(knownRounds(cache).map((round) => round.number));
  const next: RoundsCache = {
    rounds: mergeRounds(cache.rounds, parsed.rounds),
    fetchedAt: at,
    lastError: null,
  };
  // Never empty: a feed without rounds was refused above.
  const [newest] = knownRounds(next);
  if (!newest) return fail({ code: 'no-rounds' });
  await saveRoundsCache(next);
  return {
    status: 'updated',
    at,
    received: parsed.rounds.length,
    added: parsed.rounds.filter((round) => !before.has(round.number)).length,
    newest: { number: newest.number, date: newest.date },
  };
}

/** True when a settings change turned the daily refresh on (other changes download nothing). */
export function refreshTurnedOn(next: unknown, previous: unknown): boolean {
  const on = (value: unknown) => {
    const parsed = settingsSchema.safeParse(value);
    return parsed.success && parsed.data.roundsRefresh;
  };
  return on(next) && !on(previous);
}
