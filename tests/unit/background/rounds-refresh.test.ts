// The rounds refresh from IRCC's feed, end to end in the background with WXT's fake browser and a
// fake fetch: bounded in size and time, believed only when plausible, merged with what is known, and
// every failure stored as a code with its values while the rounds already known stay.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, type Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshRounds, refreshTurnedOn } from '@/entrypoints/background/rounds-refresh';
import type { Fetch } from '@/entrypoints/background/download';
import {
  BUNDLED_ROUNDS,
  FEED_LIMITS,
  ROUNDS_FEED_URL,
  knownRounds,
  roundsRefreshOutcomeSchema,
  type RoundsProblem,
} from '@/lib/rounds';
import { DEFAULT_SETTINGS } from '@/lib/schema/settings';
import { loadRoundsCache, saveRoundsCache, saveSettings } from '@/utils/storage';
import { ROUND_447 } from '../../support/rounds';

const NOW = Date.parse('2026-10-02T15:00:00Z');
const AT = '2026-10-02T15:00:00.000Z';

const feedRound = (over: Record<string, unknown> = {}) => ({
  drawNumber: '448',
  drawDate: '2026-10-02',
  drawName: 'Canadian Experience Class',
  drawSize: '2,500',
  drawCRS: '512',
  drawText2: 'Canadian Experience Class',
  ...over,
});
const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });
const answer =
  (response: () => Response): Fetch =>
  () =>
    Promise.resolve(response());

/** A body of `total` bytes sent in chunks, counting what was read of it. */
function streamed(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { body, sent: () => sent };
}

/** The fake browser does not model permissions: answer `contains` as the user would have. */
function grantFeed(granted: boolean) {
  const contains: (permissions: Browser.permissions.Permissions) => Promise<boolean> = async (
    asked,
  ) => granted && (asked.origins ?? []).length > 0;
  vi.spyOn(browser.permissions, 'contains').mockImplementation(contains);
}

/** A round downloaded before. */
const earlier = ROUND_447;

beforeEach(async () => {
  fakeBrowser.reset();
  grantFeed(true);
  await saveSettings({ ...DEFAULT_SETTINGS, roundsRefresh: true });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('when a refresh downloads at all', () => {
  it('the daily refresh is off: nothing is downloaded', async () => {
    await saveSettings({ roundsRefresh: false });
    const fetchFeed = vi.fn<Fetch>();
    expect(await refreshRounds(NOW, { fetchFeed })).toEqual({ status: 'off' });
    expect(fetchFeed).not.toHaveBeenCalled();
  });

  it('the user asked (the popup’s button): downloaded even with the daily refresh off, cookies left out', async () => {
    await saveSettings({ roundsRefresh: false });
    const fetchFeed = vi.fn<Fetch>(answer(() => json({ rounds: [feedRound()] })));
    expect(await refreshRounds(NOW, { fetchFeed, asked: true })).toMatchObject({
      status: 'updated',
    });
    expect(fetchFeed).toHaveBeenCalledOnce();
    expect(fetchFeed.mock.calls[0]?.[0]).toBe(ROUNDS_FEED_URL);
    expect(fetchFeed.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' });
  });

  it.each([
    [{ ...DEFAULT_SETTINGS, roundsRefresh: true }, { ...DEFAULT_SETTINGS }, true],
    [{ ...DEFAULT_SETTINGS, roundsRefresh: true }, undefined, true],
    [
      { ...DEFAULT_SETTINGS, roundsRefresh: true, language: 'fr' },
      { ...DEFAULT_SETTINGS, roundsRefresh: true },
      false,
    ],
    [{ ...DEFAULT_SETTINGS, language: 'fr' }, { ...DEFAULT_SETTINGS }, false],
    [{ ...DEFAULT_SETTINGS }, { ...DEFAULT_SETTINGS, roundsRefresh: true }, false],
    ['garbage', undefined, false],
  ])('settings %j after %j: download at once? %s', (next, previous, expected) => {
    expect(refreshTurnedOn(next, previous)).toBe(expected);
  });
});

describe('a failed refresh keeps the rounds known and stores why', () => {
  const tenMegabytes = 10.7 * 1024 * 1024;
  const cases: [string, Fetch, RoundsProblem][] = [
    [
      'a 10.7 MB feed, streamed without a length',
      answer(() => new Response(streamed(tenMegabytes).body, { status: 200 })),
      { code: 'too-large', limitKb: FEED_LIMITS.maxBytes / 1024 },
    ],
    [
      'a 10.7 MB feed that says so in its headers',
      answer(
        () =>
          new Response(streamed(tenMegabytes).body, {
            headers: { 'content-length': String(Math.round(tenMegabytes)) },
          }),
      ),
      { code: 'too-large', limitKb: FEED_LIMITS.maxBytes / 1024 },
    ],
    [
      'an HTML page instead of JSON',
      answer(
        () =>
          new Response('<!DOCTYPE html><html><body>Maintenance</body></html>', {
            headers: { 'content-type': 'text/html' },
          }),
      ),
      { code: 'web-page' },
    ],
    ['text that is not JSON', answer(() => new Response('{"rounds": [')), { code: 'not-json' }],
    [
      'HTTP 503',
      answer(() => new Response('busy', { status: 503 })),
      { code: 'http', status: 503 },
    ],
    ['no connection', () => Promise.reject(new TypeError('Failed to fetch')), { code: 'network' }],
    [
      'a cut-off of 0',
      answer(() => json({ rounds: [feedRound({ drawCRS: '0' })] })),
      { code: 'cutoff-out-of-range', round: '448', cutoff: 0, min: 50, max: 1200 },
    ],
    [
      'a round dated 2099',
      answer(() => json({ rounds: [feedRound({ drawDate: '2099-05-01' })] })),
      {
        code: 'date-out-of-range',
        round: '448',
        date: '2099-05-01',
        earliest: '2015-01-01',
        latest: '2026-10-02',
      },
    ],
    [
      'round 448 twice',
      answer(() => json({ rounds: [feedRound(), feedRound({ drawCRS: '513' })] })),
      { code: 'duplicate', round: '448' },
    ],
  ];

  it.each(cases)('%s', async (_, fetchFeed, problem) => {
    const before = { rounds: [earlier], fetchedAt: '2026-10-01T15:00:00.000Z', lastError: null };
    await saveRoundsCache(before);
    const outcome = await refreshRounds(NOW, { fetchFeed });
    expect(outcome).toEqual({ status: 'failed', at: AT, problem });
    expect(roundsRefreshOutcomeSchema.safeParse(outcome).success, 'the reply must parse').toBe(
      true,
    );
    expect(await loadRoundsCache(), 'the rounds known stay; the problem is stored').toEqual({
      ...before,
      lastError: { at: AT, problem },
    });
  });

  it('a feed streamed past the cap is not read to its end', async () => {
    const big = streamed(10.7 * 1024 * 1024);
    await refreshRounds(NOW, { fetchFeed: answer(() => new Response(big.body)) });
    expect(big.sent(), 'reading must stop soon after the cap').toBeLessThan(
      FEED_LIMITS.maxBytes + 3 * 64 * 1024,
    );
  });

  it('no permission for the feed’s address: nothing is downloaded', async () => {
    grantFeed(false);
    const fetchFeed = vi.fn<Fetch>();
    expect(await refreshRounds(NOW, { fetchFeed })).toEqual({
      status: 'failed',
      at: AT,
      problem: { code: 'permission' },
    });
    expect(fetchFeed).not.toHaveBeenCalled();
  });

  it.each<[string, Fetch]>([
    ['a fetch that never answers', () => new Promise<Response>(() => undefined)],
    [
      'a fetch that only stops when aborted',
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
        }),
    ],
    [
      'headers at once, then a body that never ends',
      answer(
        () =>
          new Response(
            new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) }),
          ),
      ),
    ],
  ])('%s: given up after the timeout', async (_, fetchFeed) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const pending = refreshRounds(NOW, { fetchFeed });
    await vi.advanceTimersByTimeAsync(FEED_LIMITS.timeoutMs);
    expect(await pending).toEqual({
      status: 'failed',
      at: AT,
      problem: { code: 'timeout', seconds: FEED_LIMITS.timeoutMs / 1000 },
    });
  });
});

describe('a good refresh is merged with the rounds known', () => {
  it('one valid round: added; the bundled history and earlier downloads are kept', async () => {
    await saveRoundsCache({
      rounds: [earlier],
      fetchedAt: '2026-10-01T15:00:00.000Z',
      lastError: { at: '2026-10-01T16:00:00.000Z', problem: { code: 'network' } },
    });
    const outcome = await refreshRounds(NOW, {
      fetchFeed: answer(() => json({ rounds: [feedRound()] })),
    });
    expect(outcome).toEqual({
      status: 'updated',
      at: AT,
      received: 1,
      added: 1,
      newest: { number: '448', date: '2026-10-02' },
    });
    const cache = await loadRoundsCache();
    expect(cache.lastError, 'a good download clears the last problem').toBeNull();
    expect(cache.fetchedAt).toBe(AT);
    expect(cache.rounds.map((r) => r.number)).toEqual(['448', '447']);
    const known = knownRounds(cache);
    expect(known, 'the bundled rounds are all still there').toHaveLength(BUNDLED_ROUNDS.length + 1);
    expect(known[0]).toMatchObject({ number: '448', cutoff: 512, size: 2500 });
  });

  it('a round IRCC corrected: the download’s values win, nothing new is counted', async () => {
    const outcome = await refreshRounds(NOW, {
      fetchFeed: answer(() =>
        json({
          rounds: [feedRound({ drawNumber: '447', drawDate: '2026-10-01', drawCRS: '477' })],
        }),
      ),
    });
    expect(outcome).toMatchObject({ status: 'updated', received: 1, added: 0 });
    const known = knownRounds(await loadRoundsCache());
    expect(known).toHaveLength(BUNDLED_ROUNDS.length);
    expect(known.find((r) => r.number === '447')?.cutoff).toBe(477);
  });
});
