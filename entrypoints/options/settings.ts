// The two opt-ins ask the browser for their permission when turned on (it must be asked inside
// the click, so nothing is awaited before the request) and give it back when turned off.
import { browser } from 'wxt/browser';
import { ROUNDS_FEED_MATCH } from '@/lib/portal';
import type { OptIn } from '@/components/options/settings-section';
import type { Settings } from '@/lib/schema/settings';
import { saveSettings } from '@/utils/storage';

/** Turns an opt-in on or off; resolves to the saved settings, or null when the user said no. */
export async function setOptIn(key: OptIn, on: boolean): Promise<Settings | null> {
  // Both are optional permissions of the manifest (wxt.config.ts), never granted at install.
  const permission =
    key === 'notifications'
      ? { permissions: ['notifications' as const] }
      : { origins: [ROUNDS_FEED_MATCH] };
  if (on) {
    // Resolves true when granted (typed loosely by the overloads: compare, do not trust truthiness).
    const granted: unknown = await browser.permissions.request(permission).catch(() => false);
    if (granted !== true) return null;
  } else {
    await browser.permissions.remove(permission).catch(() => false);
  }
  return saveSettings({ [key]: on });
}
