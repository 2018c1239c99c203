// Writing the extension's storage from one of its pages, as the options page would (utils/storage keys).
import type { Page } from '@playwright/test';

export { DECLINE_FACTS } from '../../support/browser-suites.mjs';

/** Writes storage.local from an extension page (the popup or the options page). */
export async function seed(page: Page, values: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (items) => {
    const api: unknown = Reflect.get(globalThis, 'chrome');
    const storage = api && typeof api === 'object' ? Reflect.get(api, 'storage') : undefined;
    const local =
      storage && typeof storage === 'object' ? Reflect.get(storage, 'local') : undefined;
    const set = local && typeof local === 'object' ? Reflect.get(local, 'set') : undefined;
    if (typeof set !== 'function') throw new Error('no chrome.storage.local.set on this page');
    await set.call(local, items);
  }, values);
}
