// Opt-in refresh of the rounds from IRCC's public feed. A failed or malformed download keeps the
// data we had (the bundled snapshot or the last good refresh) and records why, for the options page.
import { browser } from 'wxt/browser';
import { parseRoundsFeed, ROUNDS_FEED_URL } from '@/lib/rounds';
import { ROUNDS_FEED_MATCH } from '@/lib/portal';
import type { RoundsCache } from '@/lib/schema/assessment';
import { loadRoundsCache, loadSettings, saveRoundsCache } from '@/utils/storage';

type Fetch = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'json'>>;

export async function refreshRounds(now: number, fetchFeed: Fetch = fetch): Promise<RoundsCache> {
  const cache = await loadRoundsCache();
  if (!(await loadSettings()).roundsRefresh) return cache;
  const at = new Date(now).toISOString();
  const fail = async (message: string) => {
    const next = { ...cache, lastError: { at, message } };
    await saveRoundsCache(next);
    return next;
  };
  if (!(await browser.permissions.contains({ origins: [ROUNDS_FEED_MATCH] })))
    return fail('Permission to read IRCC’s rounds feed was not granted.');
  try {
    const response = await fetchFeed(ROUNDS_FEED_URL, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) return fail(`IRCC’s rounds feed answered HTTP ${response.status}.`);
    const parsed = parseRoundsFeed(await response.json());
    if (!parsed.ok) return fail(`IRCC’s rounds feed could not be read: ${parsed.error}`);
    const next: RoundsCache = { rounds: parsed.rounds, fetchedAt: at, lastError: null };
    await saveRoundsCache(next);
    return next;
  } catch (error) {
    return fail(
      `IRCC’s rounds feed could not be downloaded (${error instanceof Error ? error.message : 'network error'}).`,
    );
  }
}
