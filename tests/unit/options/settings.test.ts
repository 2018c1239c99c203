// The opt-ins ask for their optional permission only when turned on, save nothing when refused,
// and give the permission back when turned off.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setOptIn } from '@/entrypoints/options/settings';
import { ROUNDS_FEED_MATCH } from '@/lib/portal';
import { loadSettings } from '@/utils/storage';

/**
 * Replaces the fake browser's permission calls (not implemented there). Assigned rather than
 * spied on: `vi.spyOn` types the callback overload, which returns void.
 */
function stubPermissions(granted: boolean) {
  const request = vi.fn(async (_p: unknown) => granted);
  const remove = vi.fn(async (_p: unknown) => true);
  Object.assign(browser.permissions, { request, remove });
  return { request, remove };
}

beforeEach(() => {
  fakeBrowser.reset();
});

const CASES = [
  ['notifications', { permissions: ['notifications'] }],
  ['roundsRefresh', { origins: [ROUNDS_FEED_MATCH] }],
] as const;

describe.each(CASES)('%s', (key, permission) => {
  it('turned on: asks for exactly its permission, then saves', async () => {
    const { request } = stubPermissions(true);
    const saved = await setOptIn(key, true);
    expect(request).toHaveBeenCalledWith(permission);
    expect(saved?.[key]).toBe(true);
    expect((await loadSettings())[key]).toBe(true);
  });

  it('refused by the user: stays off', async () => {
    stubPermissions(false);
    expect(await setOptIn(key, true)).toBeNull();
    expect((await loadSettings())[key]).toBe(false);
  });

  it('turned off: gives the permission back without asking', async () => {
    const { request, remove } = stubPermissions(true);
    // On first, so turning it off has something to undo.
    await setOptIn(key, true);
    expect((await loadSettings())[key], 'on before the test turns it off').toBe(true);
    request.mockClear();
    expect((await setOptIn(key, false))?.[key]).toBe(false);
    expect((await loadSettings())[key]).toBe(false);
    expect(request).not.toHaveBeenCalled();
    expect(remove).toHaveBeenCalledWith(permission);
  });
});
