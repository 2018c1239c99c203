// The popup's cut-off choice stores the round picked or the cut-off typed in `facts.round` and
// nothing else, and asks the browser for the feed's permission before it asks the background.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cutoffActions } from '@/entrypoints/popup/round-choice';
import type { Facts } from '@/lib/facts';
import { ROUNDS_FEED_MATCH } from '@/lib/portal';
import type { RoundsRefreshOutcome } from '@/lib/rounds';
import { loadFacts, saveFacts } from '@/utils/storage';
import { CANADIAN_JOB } from '../../support/facts';

const OTHER_FACTS: Facts = {
  dateOfBirth: '1996-03-14',
  work: [CANADIAN_JOB],
  nomination: 'none',
};

/** The fake browser has no permissions or replies: each test says what the browser answers. */
function stubBrowser(granted: boolean, reply: unknown) {
  const request = vi.fn(async (_p: unknown) => granted);
  const sendMessage = vi.fn(async (_m: unknown) => reply);
  Object.assign(browser.permissions, { request });
  Object.assign(browser.runtime, { sendMessage });
  return { request, sendMessage };
}

const UPDATED: RoundsRefreshOutcome = {
  status: 'updated',
  at: '2026-11-22T12:00:00.000Z',
  received: 460,
  added: 13,
  newest: { number: '460', date: '2026-11-19' },
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('saving the round', () => {
  it.each<[string, Facts['round'], () => Promise<boolean>, Facts['round']]>([
    [
      'a round picked: its number and category, replacing a cut-off typed before',
      { cutoff: 600 },
      () => cutoffActions.pick({ number: '437', category: 'french' }),
      { number: '437', category: 'french' },
    ],
    [
      'a round of no category: its number only',
      undefined,
      () => cutoffActions.pick({ number: '380', category: null }),
      { number: '380' },
    ],
    [
      'a cut-off typed: kept beside the round and category already given',
      { number: '437', category: 'french' },
      () => cutoffActions.type(507),
      { number: '437', category: 'french', cutoff: 507 },
    ],
  ])('%s; every other fact stays as it was', async (_why, before, act, after) => {
    await saveFacts({ ...OTHER_FACTS, ...(before ? { round: before } : {}) });
    expect(await act()).toBe(true);
    expect(await loadFacts()).toEqual({ ...OTHER_FACTS, round: after });
  });

  it('a value the facts cannot hold is refused and nothing changes', async () => {
    await saveFacts(OTHER_FACTS);
    expect(await cutoffActions.type(5000)).toBe(false);
    expect(await loadFacts()).toEqual(OTHER_FACTS);
  });
});

describe('getting the rounds now', () => {
  it('asks for the permission at once, inside the click, for the feed only', () => {
    const { request, sendMessage } = stubBrowser(true, { ok: true, data: UPDATED });
    void cutoffActions.refresh(() => undefined);
    expect(request, 'asked before anything is awaited').toHaveBeenCalledWith({
      origins: [ROUNDS_FEED_MATCH],
    });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('granted: asks the background and gives its outcome, checked', async () => {
    const { sendMessage } = stubBrowser(true, { ok: true, data: UPDATED });
    const downloading = vi.fn();
    expect(await cutoffActions.refresh(downloading)).toEqual(UPDATED);
    expect(sendMessage).toHaveBeenCalledWith({ type: 'rounds/refresh' });
    expect(downloading, 'the popup is told the download started').toHaveBeenCalledTimes(1);
  });

  it('refused: says the permission is missing and asks nothing of the background', async () => {
    const { sendMessage } = stubBrowser(false, null);
    const downloading = vi.fn();
    expect(await cutoffActions.refresh(downloading)).toMatchObject({
      status: 'failed',
      problem: { code: 'permission' },
    });
    expect(sendMessage).not.toHaveBeenCalled();
    expect(downloading).not.toHaveBeenCalled();
  });

  it('a malformed answer is not believed', async () => {
    stubBrowser(true, { ok: true, data: { status: 'updated', received: 'many' } });
    await expect(cutoffActions.refresh(() => undefined)).rejects.toThrow('malformed');
  });
});
