// An ITA letter served at the real portal address → the content script reads it → the popup shows
// IRCC's total, its breakdown and the countdown to the UTC deadline; and for a letter that lacks
// some of them, lists what is missing and shows no number in their place.
import type { Page } from '@playwright/test';
import type { ExtensionApi } from './support/extension-api';
import { launchExtension, type LaunchedExtension } from './support/extension';
import { FIXED_NOW, TIMEZONE, expect, test } from './support/fixtures';
import { letterCases, readerFixtures, standalone } from '../support/browser-suites.mjs';
import { FakePortal, PORTAL_ORIGIN } from './support/network';
import { byTestId, waitForPopupState } from './support/popup';

const DAY_MS = 24 * 60 * 60 * 1000;

for (const letter of letterCases()) {
  // A letter with neither a total nor a deadline cannot be judged: the popup may call it unreadable.
  const complete = letter.total !== null && letter.deadline !== null;
  const title = complete
    ? 'the popup shows the CRS total and the countdown'
    : 'the popup lists what is missing and shows no number in its place';
  test(`${letter.name}: ${title}`, async ({ openPortalPage, openPopup, takeScreenshot, web }) => {
    const page = await openPortalPage(letter.path, letter.page);
    await takeScreenshot(page, 'letter');

    const popup = await openPopup();
    await waitForPopupState(popup, complete ? ['reading'] : ['reading', 'unreadable']);
    await takeScreenshot(popup, 'popup', { fullPage: true });

    const total = byTestId(popup, 'crs-total');
    if (letter.total === null) {
      await expect(
        total.filter({ hasText: /[0-9]/ }),
        `${letter.file} states no total: crs-total must show no number`,
      ).toHaveCount(0);
    } else {
      await expect(
        total,
        `crs-total must show ${letter.total}, the total ${letter.file} states`,
      ).toHaveText(standalone(letter.total));
    }
    for (const [key, value] of Object.entries(letter.rows)) {
      await expect(
        byTestId(popup, `crs-row-${key}`),
        `crs-row-${key} must show ${value} from ${letter.file}`,
      ).toHaveText(standalone(value));
    }
    for (const field of letter.missing.filter((name) => name.startsWith('crs.rows.'))) {
      const row = byTestId(popup, `crs-row-${field.slice('crs.rows.'.length)}`);
      await expect(row, `${field} is not on the page: its row must show no number`).toHaveText(
        /^[^0-9]*$/,
      );
    }

    const missing = byTestId(popup, 'missing');
    if (letter.missing.length === 0) {
      await expect(missing, `${letter.file} lacks nothing: no missing section`).toHaveCount(0);
    }
    for (const field of letter.missing) {
      // Named in words; the reading's name is kept in data-field, never shown.
      await expect(
        missing.locator(`[data-field="${field}"]`),
        `the popup must list ${field} as missing`,
      ).toHaveCount(1);
    }
    await expect(
      byTestId(popup, 'problems').locator('li'),
      `the popup must list the ${letter.problems} problem(s) the reader finds in ${letter.file}`,
    ).toHaveCount(letter.problems);

    if (letter.selfContained) {
      // The page loads nothing itself, so any request that left the browser came from the extension
      // (no network unless the user turns the rounds feed on: README "What it keeps, and what it never does").
      expect(web.blocked, 'the extension must not reach the network').toEqual([]);
    }

    const countdown = byTestId(popup, 'countdown');
    if (letter.deadline === null) {
      await expect(countdown, `${letter.file} gives no deadline: no countdown`).toHaveCount(0);
      await expect(byTestId(popup, 'deadline-utc')).toHaveCount(0);
      return;
    }
    await expect(
      byTestId(popup, 'deadline-utc').locator('time'),
      'deadline-utc must state the UTC instant the letter gives',
    ).toHaveAttribute('datetime', letter.deadline);
    await expect(byTestId(popup, 'deadline-utc')).toContainText('UTC');
    await expect(byTestId(popup, 'deadline-local')).toBeVisible();

    const msLeft = Date.parse(letter.deadline) - FIXED_NOW;
    if (msLeft > 0) {
      const days = Math.floor(msLeft / DAY_MS);
      await expect(
        countdown,
        `at ${new Date(FIXED_NOW).toISOString()} the countdown must show ${days} whole days left`,
      ).toHaveText(standalone(days));
    } else {
      await expect(countdown, 'a deadline in the past must be shown as passed').toHaveText(
        /passed|expired|closed|over|ended/i,
      );
    }
  });
}

// One reading everywhere: every reader fixture served at the portal address and read by the real
// content script must give its expected reading, field for field, as the command line (linkedom)
// and the unit tests (happy-dom) do. One browser for all of them; an extension page listens to
// what the content script sends, and the background's stored reading is checked too.
test.describe('the content script reads every reader fixture as its expected reading', () => {
  test.describe.configure({ mode: 'serial' });
  let launched: LaunchedExtension;
  let listener: Page;
  const web = new FakePortal();

  test.beforeAll(async () => {
    launched = await launchExtension({ timezoneId: TIMEZONE });
    await web.route(launched.context);
    listener = await launched.context.newPage();
    await listener.goto(`chrome-extension://${launched.extensionId}/popup.html`);
    await listener.evaluate(() => {
      const seen: unknown[] = [];
      Reflect.set(globalThis, 'readingsSeen', seen);
      const api: { runtime: { onMessage: { addListener: (f: (m: unknown) => void) => void } } } =
        Reflect.get(globalThis, 'chrome');
      api.runtime.onMessage.addListener((message) => void seen.push(message));
    });
  });

  test.afterAll(async () => {
    await launched?.close();
  });

  for (const fixture of readerFixtures()) {
    test(fixture.name, async () => {
      const path = `/mycic/messages/${fixture.name}`;
      web.serve(new URL(path, PORTAL_ORIGIN).href, fixture.file);
      const page = await launched.context.newPage();
      try {
        await page.goto(new URL(path, PORTAL_ORIGIN).href, { waitUntil: 'load' });
        await expect
          .poll(() => lastReadingSent(listener, path), {
            message: `the content script's reading of ${fixture.name}.html differs from ${fixture.name}.expected.json`,
            timeout: 20_000,
          })
          .toEqual(fixture.expected);
        await expect
          .poll(() => storedFor(listener, path), {
            message: `the background did not store the reading of ${fixture.name}.html as read`,
            timeout: 10_000,
          })
          .toEqual(storedShape(fixture.expected));
      } finally {
        await page.close();
      }
    });
  }
});

/** The last reading the content script sent for `path`, or null. */
function lastReadingSent(listener: Page, path: string): Promise<unknown> {
  return listener.evaluate((wanted) => {
    const seen: unknown = Reflect.get(globalThis, 'readingsSeen');
    if (!Array.isArray(seen)) return null;
    const mine = seen.filter(
      (m: unknown) =>
        typeof m === 'object' && m !== null && 'path' in m && m.path === wanted && 'reading' in m,
    );
    const last: unknown = mine.at(-1);
    return typeof last === 'object' && last !== null && 'reading' in last ? last.reading : null;
  }, path);
}

/** What storage holds for the page at `path`: its reading by kind, or the last page seen. */
function storedFor(listener: Page, path: string): Promise<unknown> {
  return listener.evaluate(async (wanted) => {
    const api: ExtensionApi = Reflect.get(globalThis, 'chrome');
    const { readings } = await api.storage.local.get(null);
    if (typeof readings !== 'object' || readings === null) return null;
    const last: unknown = Reflect.get(readings, 'lastPage');
    if (typeof last !== 'object' || last === null || Reflect.get(last, 'source') !== wanted) {
      return null;
    }
    const kind: unknown = Reflect.get(last, 'kind');
    const slot = { 'ita-letter': 'itaLetter', 'account-home': 'accountHome', profile: 'profile' };
    const key = typeof kind === 'string' ? Reflect.get(slot, kind) : undefined;
    if (typeof key !== 'string') return { kind, missing: Reflect.get(last, 'missing') };
    const stored: unknown = Reflect.get(readings, key);
    return typeof stored === 'object' && stored !== null ? Reflect.get(stored, 'reading') : null;
  }, path);
}

/** What storage keeps of an expected reading: all of it, or for an unknown page its kind and missing. */
function storedShape(expected: unknown): unknown {
  if (typeof expected !== 'object' || expected === null) return expected;
  const kind: unknown = Reflect.get(expected, 'kind');
  return kind === 'unknown' ? { kind, missing: Reflect.get(expected, 'missing') } : expected;
}
