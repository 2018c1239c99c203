import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type BackgroundContext } from '@/entrypoints/background/handlers';
import { loadReadings, readingsSlot } from '@/utils/storage';
import type { Reading } from '@/lib/reader/types';

const EXT = 'chrome-extension://abcdefghijklmnop';
const BASE = `${EXT}/`;
const refreshed = {
  status: 'updated',
  at: '2026-11-22T12:00:00.000Z',
  received: 448,
  added: 1,
  newest: { number: '448', date: '2026-11-20' },
} as const;
const context: BackgroundContext = {
  runtimeId: 'abcdefghijklmnop',
  extensionBase: BASE,
  now: () => Date.parse('2026-11-22T12:00:00Z'),
  refreshRoundsNow: () => Promise.resolve(refreshed),
};
const portalTab = {
  id: 'abcdefghijklmnop',
  url: 'https://onlineservices-servicesenligne.cic.gc.ca/mycic/messages/1',
  tab: { id: 3 },
};
const popup = { id: 'abcdefghijklmnop', url: `${EXT}/popup.html` };

const letter: Reading = {
  kind: 'ita-letter',
  language: 'en',
  invitation: { date: '2019-07-10', program: 'FSW', deadline: '2019-09-09T00:00:00Z' },
  crs: { total: 475, rows: { age: 110, education: 135, firstLanguage: 130 } },
  daysLeftToSubmit: null,
  profileNumber: 'E001234567',
  missing: [],
  problems: [],
};
const found = { type: 'reading/found', path: '/mycic/messages/1', reading: letter };

beforeEach(() => fakeBrowser.reset());

describe('background messages', () => {
  it('stores a reading sent by the content script on the IRCC host', async () => {
    await expect(handleMessage(found, portalTab, context)).resolves.toEqual({
      ok: true,
      data: { stored: true },
    });
    const state = await loadReadings();
    expect(state.itaLetter?.reading.crs.total).toBe(475);
    expect(state.itaLetter?.readAt).toBe('2026-11-22T12:00:00.000Z');
    expect(state.lastPage?.kind).toBe('ita-letter');
  });

  it.each([
    ['another website', { ...portalTab, url: 'https://example.com/fake-ircc' }],
    [
      'a look-alike host',
      { ...portalTab, url: 'https://onlineservices-servicesenligne.cic.gc.ca.evil.test/x' },
    ],
    [
      'plain http on the IRCC host',
      { ...portalTab, url: 'http://onlineservices-servicesenligne.cic.gc.ca/x' },
    ],
    ['another extension', { ...portalTab, id: 'someotherextension' }],
    ['no URL at all', { id: 'abcdefghijklmnop' }],
  ])('rejects a message from %s and stores nothing', async (_name, sender) => {
    const reply = await handleMessage(found, sender, context);
    expect(reply.ok).toBe(false);
    expect(await loadReadings()).toMatchObject({ itaLetter: null, lastPage: null });
  });

  it.each([
    ['a missing reading', { type: 'reading/found', path: '/mycic/x' }],
    ['a score that is text', { ...found, reading: { ...letter, crs: { total: '475', rows: {} } } }],
    ['a negative score', { ...found, reading: { ...letter, crs: { total: -5, rows: {} } } }],
    ['an unknown row', { ...found, reading: { ...letter, crs: { total: 1, rows: { bonus: 9 } } } }],
    ['an extra key', { ...found, reading: { ...letter, name: 'Jane Doe' } }],
    ['a path with a query', { ...found, path: '/mycic/x?uci=12345678' }],
    ['an unknown type', { type: 'storage/clear' }],
    ['not an object', 'hello'],
  ])('rejects a malformed body (%s)', async (_name, body) => {
    const reply = await handleMessage(body, portalTab, context);
    expect(reply).toEqual({ ok: false, error: 'Rejected: malformed message.' });
    expect((await loadReadings()).itaLetter).toBeNull();
  });

  it('does not take readings from extension pages posing as the content script', async () => {
    const reply = await handleMessage(found, popup, context);
    expect(reply.ok).toBe(false);
  });

  it('keeps the letter when an unrelated portal page is seen afterwards', async () => {
    await handleMessage(found, portalTab, context);
    const other = {
      ...found,
      reading: { ...letter, kind: 'unknown', crs: { total: null, rows: {} } },
    };
    await expect(handleMessage(other, portalTab, context)).resolves.toEqual({
      ok: true,
      data: { stored: false },
    });
    const state = await loadReadings();
    expect(state.itaLetter?.reading.crs.total).toBe(475);
    expect(state.lastPage?.kind).toBe('unknown');
  });

  it('replaces unreadable stored data by the defaults instead of crashing', async () => {
    await readingsSlot.item.setValue({ itaLetter: 'garbage' });
    expect(await loadReadings()).toEqual({
      itaLetter: null,
      accountHome: null,
      profile: null,
      lastPage: null,
    });
  });
});

describe('the page structure is not sent with readings any more', () => {
  it('a reading/found carrying a structure is rejected (the message is the reading only)', async () => {
    const reply = await handleMessage({ ...found, structure: 'h1: Xxxx' }, portalTab, context);
    expect(reply).toEqual({ ok: false, error: 'Rejected: malformed message.' });
  });

  it('a state stored with a structure (before it was asked for on demand) still loads', async () => {
    await readingsSlot.item.setValue({
      itaLetter: null,
      accountHome: null,
      profile: null,
      lastPage: {
        kind: 'unknown',
        source: '/mycic/help',
        seenAt: '2026-11-20T09:00:00.000Z',
        missing: [],
        structure: 'h1: Xxxx xxxx\nrow: Xxx | ###',
      },
    });
    expect((await loadReadings()).lastPage).toEqual({
      kind: 'unknown',
      source: '/mycic/help',
      seenAt: '2026-11-20T09:00:00.000Z',
      missing: [],
    });
  });
});

describe('the in-page guard is started after a letter is read in a tab', () => {
  const withGuard = () => {
    const onLetterInTab = vi.fn((_tabId: number) => Promise.resolve());
    return { onLetterInTab, context: { ...context, onLetterInTab } };
  };
  const unknownPage = { ...letter, kind: 'unknown' as const, crs: { total: null, rows: {} } };
  const home = { ...letter, kind: 'account-home' as const, daysLeftToSubmit: 40 };
  const profile = { ...letter, kind: 'profile' as const };

  it('an ita-letter reading from tab 3: the guard is started in tab 3, after it was stored', async () => {
    const { onLetterInTab, context: withHook } = withGuard();
    // What storage held at the moment the guard was started (read from that moment on).
    let atStart: ReturnType<typeof loadReadings> | undefined;
    onLetterInTab.mockImplementation(() => {
      atStart = loadReadings();
      return Promise.resolve();
    });
    await handleMessage(found, portalTab, withHook);
    await vi.waitFor(() => expect(onLetterInTab).toHaveBeenCalledWith(3));
    expect(onLetterInTab).toHaveBeenCalledTimes(1);
    expect(
      (await atStart)?.itaLetter?.source,
      'the letter must be stored before the guard starts',
    ).toBe('/mycic/messages/1');
  });

  it.each([
    ['an unrelated page', unknownPage],
    ['the account home', home],
    ['the profile', profile],
  ])('%s: no guard (only the letter holds the control to continue)', async (_, reading) => {
    const { onLetterInTab, context: withHook } = withGuard();
    await expect(handleMessage({ ...found, reading }, portalTab, withHook)).resolves.toMatchObject({
      ok: true,
    });
    expect(onLetterInTab).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a letter imported on the options page',
      { type: 'reading/imported', fileName: 'l.pdf', reading: letter },
      popup,
    ],
    ['an extension page posing as the content script', found, popup],
    ['another website', found, { ...portalTab, url: 'https://example.com/mycic' }],
    ['a content script message without a tab id', found, { ...portalTab, tab: {} }],
    ['a malformed message', { ...found, path: 'no-slash' }, portalTab],
  ])('%s: no guard is injected anywhere', async (_, message, sender) => {
    const { onLetterInTab, context: withHook } = withGuard();
    await handleMessage(message, sender, withHook);
    expect(onLetterInTab).not.toHaveBeenCalled();
  });

  it('a failed start is logged, and the reading is still stored and answered', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const onLetterInTab = vi.fn(() => Promise.reject(new Error('No tab with id: 3')));
    const reply = await handleMessage(found, portalTab, { ...context, onLetterInTab });
    expect(reply).toEqual({ ok: true, data: { stored: true } });
    await vi.waitFor(() => expect(debug).toHaveBeenCalled());
    debug.mockRestore();
  });
});

describe('"refresh rounds now" (the popup\u2019s button)', () => {
  const withRefresh = () => {
    const refreshRoundsNow = vi.fn(() => Promise.resolve(refreshed));
    return { refreshRoundsNow, context: { ...context, refreshRoundsNow } };
  };
  const options = { id: 'abcdefghijklmnop', url: `${EXT}/options.html` };

  it.each([
    ['the popup', popup],
    ['the options page', options],
  ])('from %s: the refresh runs at once and its outcome is the answer', async (_, sender) => {
    const { refreshRoundsNow, context: withHook } = withRefresh();
    const reply = await handleMessage({ type: 'rounds/refresh' }, sender, withHook);
    expect(reply).toEqual({ ok: true, data: refreshed });
    expect(refreshRoundsNow).toHaveBeenCalledOnce();
  });

  it.each([
    ['the content script on IRCC\u2019s host', { type: 'rounds/refresh' }, portalTab],
    ['another website', { type: 'rounds/refresh' }, { ...portalTab, url: 'https://example.com/' }],
    ['another extension', { type: 'rounds/refresh' }, { ...popup, id: 'someotherextension' }],
    [
      'the popup, with an extra field',
      { type: 'rounds/refresh', url: 'https://evil.test/' },
      popup,
    ],
  ])('from %s: refused, nothing downloaded', async (_, message, sender) => {
    const { refreshRoundsNow, context: withHook } = withRefresh();
    const reply = await handleMessage(message, sender, withHook);
    expect(reply.ok).toBe(false);
    expect(refreshRoundsNow).not.toHaveBeenCalled();
  });
});
