// The background accepts messages only from the extension's own pages and its content script on
// IRCC's host, and only well-formed ones. Its unit tests cover the logic;
// this is the check in a real browser.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { MALFORMED_MESSAGES, WELL_FORMED_READING } from '../support/browser-suites.mjs';
import type { ExtensionApi } from './support/extension-api';
import { expect, test } from './support/fixtures';
import { FOREIGN_ORIGIN } from './support/network';
import { E2E_PAGES_DIR } from './support/paths';
import { byTestId, waitForPopupState } from './support/popup';

/** Everything in the extension's storage.local, read from one of its pages. */
async function storedEverything(extensionPage: Page): Promise<unknown> {
  return extensionPage.evaluate(() => {
    const api: ExtensionApi = Reflect.get(globalThis, 'chrome');
    return api.storage.local.get(null);
  });
}

test('a web page on another origin cannot message the extension at all', async ({
  extensionId,
  openPageAt,
  openPopup,
}) => {
  const page = await openPageAt(`${FOREIGN_ORIGIN}/`, join(E2E_PAGES_DIR, 'foreign-page.html'));
  const outcome = await page.evaluate(
    async ([id, message]) => {
      // Web pages only get chrome.runtime.sendMessage when an extension lists them in
      // externally_connectable; ITA Ready lists nobody.
      const api: Partial<ExtensionApi> | undefined = Reflect.get(globalThis, 'chrome');
      const runtime = api?.runtime;
      if (typeof runtime?.sendMessage !== 'function') return 'no runtime';
      try {
        return `reply ${JSON.stringify(await runtime.sendMessage(id, message))}`;
      } catch (error) {
        return `error ${String(error)}`;
      }
    },
    [extensionId, WELL_FORMED_READING] as const,
  );
  expect(outcome, 'the foreign page reached the extension').toMatch(/^(no runtime|error )/);

  const popup = await openPopup();
  await waitForPopupState(popup, ['empty'], 5_000);
  await expect(byTestId(popup, 'crs-total')).toHaveCount(0);
  expect(await storedEverything(popup)).not.toHaveProperty('readings.itaLetter.reading');
});

test('a malformed reading/found from the popup gets an error reply and stores nothing', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await waitForPopupState(popup, ['empty'], 5_000);
  const before = await storedEverything(popup);

  for (const [what, body] of MALFORMED_MESSAGES) {
    const reply = await popup.evaluate(async (message) => {
      try {
        const api: ExtensionApi = Reflect.get(globalThis, 'chrome');
        return { reply: await api.runtime.sendMessage(message) };
      } catch (error) {
        return { thrown: String(error) };
      }
    }, body);
    expect(reply, `${what}: the background must answer with { ok: false, error }`).toMatchObject({
      reply: { ok: false, error: expect.stringMatching(/\S/) },
    });
  }

  expect(await storedEverything(popup), 'malformed messages must not change storage').toEqual(
    before,
  );
  await popup.reload();
  await waitForPopupState(popup, ['empty'], 5_000);
});

test('"refresh rounds now" from the popup: answered with the outcome; without the permission nothing is downloaded', async ({
  openPopup,
  web,
}) => {
  const popup = await openPopup();
  await waitForPopupState(popup, ['empty'], 5_000);
  const reply = await popup.evaluate(async () => {
    const api: ExtensionApi = Reflect.get(globalThis, 'chrome');
    return api.runtime.sendMessage({ type: 'rounds/refresh' });
  });
  expect(reply, 'the optional permission was never granted in this browser').toEqual({
    ok: true,
    data: {
      status: 'failed',
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      problem: { code: 'permission' },
    },
  });
  expect(web.blocked, 'no request may leave for IRCC’s feed without the permission').toEqual([]);
  const stored = await storedEverything(popup);
  expect(stored, 'the failure is kept for the popup and options to say').toMatchObject({
    rounds: { lastError: { problem: { code: 'permission' } } },
  });
});
