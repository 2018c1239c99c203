// The extension's storage, written and read from one of its pages as the options page would
// (utils/storage keys).
import type { Page } from '@playwright/test';

export { DECLINE_FACTS } from '../../support/browser-suites.mjs';

/**
 * Calls `chrome.storage.local.<call>(arg)` in an extension page (the popup, the options page,
 * documents.html) and gives back its answer.
 */
function local(page: Page, call: 'get' | 'set', arg: unknown): Promise<unknown> {
  return page.evaluate(
    async ([name, value]) => {
      const api: unknown = Reflect.get(globalThis, 'chrome');
      const storage = api && typeof api === 'object' ? Reflect.get(api, 'storage') : undefined;
      const area =
        storage && typeof storage === 'object' ? Reflect.get(storage, 'local') : undefined;
      const method = area && typeof area === 'object' ? Reflect.get(area, name) : undefined;
      if (typeof method !== 'function')
        throw new Error(`no chrome.storage.local.${name} on this page`);
      const answer: unknown = await method.call(area, value);
      return answer;
    },
    [call, arg] as const,
  );
}

/** Writes storage.local from an extension page. */
export async function seed(page: Page, values: Record<string, unknown>): Promise<void> {
  await local(page, 'set', values);
}

/** Everything in storage.local, read from an extension page. */
export async function storedAll(page: Page): Promise<unknown> {
  return local(page, 'get', null);
}

/** storage.local's facts, read from an extension page ({} when none are stored). */
export async function storedFacts(page: Page): Promise<Record<string, unknown>> {
  const all = await local(page, 'get', 'facts');
  const facts = all && typeof all === 'object' ? Reflect.get(all, 'facts') : undefined;
  return facts && typeof facts === 'object' ? { ...facts } : {};
}
