// Playwright fixtures: each test gets a fresh Chromium profile with the built extension, a fake web
// (no real network), and helpers to open portal pages, the popup and the options page.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { launchExtension } from './extension';
import { SUITE_NOW, TIMEZONE } from '../../support/browser-suites.mjs';
import { FakePortal, PORTAL_ORIGIN, type PageSource } from './network';
import { SCREENSHOTS_DIR } from './paths';

/**
 * The browser starts at the suites' date (SUITE_NOW, 2026-11-22 12:00 UTC) and runs on; the extension
 * pages the tests open with openExtensionPage (the popup among them) stay at that instant, so their
 * countdowns are exact: the 2026 sample letter's deadline is 57 days 12 hours away.
 */
export const FIXED_NOW = SUITE_NOW;
export { TIMEZONE };

interface Fixtures {
  extensionId: string;
  web: FakePortal;
  /** Serves `page` (a file, or `{ html }`) at the portal address `path` and opens it in a tab. */
  openPortalPage: (path: string, page: PageSource) => Promise<Page>;
  /** Serves `page` at any served origin's `url` and opens it. */
  openPageAt: (url: string, page: PageSource) => Promise<Page>;
  /** Opens `chrome-extension://<id>/<file>` in a tab, with the clock fixed at FIXED_NOW. */
  openExtensionPage: (file: string) => Promise<Page>;
  /** Opens the popup (popup.html) in a tab, with the clock fixed at FIXED_NOW. */
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
  /**
   * Saves a screenshot to artifacts/screenshots/ and returns its path. The viewport by default:
   * a full-page capture of a very long saved page can take Chromium down.
   */
  takeScreenshot: (page: Page, name: string, options?: { fullPage?: boolean }) => Promise<string>;
}

interface InternalFixtures {
  launched: { context: BrowserContext; extensionId: string };
}

export const test = base.extend<Fixtures & InternalFixtures>({
  // Playwright reads a fixture's dependencies from its first parameter's destructuring: none here.
  // eslint-disable-next-line no-empty-pattern
  web: async ({}, use) => {
    await use(new FakePortal());
  },
  launched: async ({ web }, use) => {
    const launched = await launchExtension({ timezoneId: TIMEZONE });
    await web.route(launched.context);
    try {
      await use(launched);
    } finally {
      if (web.blocked.length > 0) {
        test
          .info()
          .annotations.push({ type: 'blocked requests', description: web.blocked.join(' ') });
      }
      await launched.close();
    }
  },
  context: async ({ launched }, use) => {
    await use(launched.context);
  },
  extensionId: async ({ launched }, use) => {
    await use(launched.extensionId);
  },
  openPageAt: async ({ context, web }, use) => {
    await use(async (url, served) => {
      web.serve(url, served);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
      return page;
    });
  },
  openPortalPage: async ({ openPageAt }, use) => {
    await use((path, served) => openPageAt(new URL(path, PORTAL_ORIGIN).href, served));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (file) => {
      const page = await context.newPage();
      await page.clock.setFixedTime(FIXED_NOW);
      await page.goto(`chrome-extension://${extensionId}/${file}`, { timeout: 15_000 });
      return page;
    });
  },
  openPopup: async ({ openExtensionPage }, use) => {
    await use(() => openExtensionPage('popup.html'));
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`, { timeout: 15_000 });
      return options;
    });
  },
  // eslint-disable-next-line no-empty-pattern
  takeScreenshot: async ({}, use) => {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const testInfo = test.info();
    const slug = `${basename(testInfo.file, '.spec.ts')}-${testInfo.title}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80);
    await use(async (page, name, options) => {
      const file = join(SCREENSHOTS_DIR, `${slug}--${name}.png`);
      // A screenshot helps a human; it is not a check: never fail the test over it.
      await page
        .screenshot({ path: file, fullPage: options?.fullPage ?? false, timeout: 10_000 })
        .catch((error: unknown) => {
          test.info().annotations.push({ type: 'screenshot failed', description: String(error) });
        });
      return file;
    });
  },
});

export { expect };
