// Firefox end-to-end harness: puppeteer-core drives Debian's Firefox ESR over WebDriver BiDi with the
// built MV2 extension (.output/firefox-mv2); Playwright's Firefox does not run against Debian's ESR.
// What both browser suites share (paths, the portal, the fake portal, the scenarios) comes from
// tests/support/browser-suites.mjs; the helpers here keep the Chromium suite's names where they can.
// Every wait is bounded: a hang fails, it never stalls.
/* global browser, document, location, atob, Event, File, DataTransfer -- globals of the pages that page.evaluate runs in */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach } from 'node:test';
import puppeteer from 'puppeteer-core';
import {
  FakePortal,
  FIREFOX_EXTENSION_DIR,
  PORTAL_ORIGIN,
  SCREENSHOTS_DIR,
  TIMEZONE,
} from '../support/browser-suites.mjs';

export {
  DECLINE_FACTS,
  E2E_PAGES_DIR,
  FIREFOX_EXTENSION_DIR,
  FOREIGN_ORIGIN,
  LETTER_PATH,
  letterCases,
  letterPage,
  PORTAL_ORIGIN,
  READER_FIXTURES_DIR,
  readerFixtures,
  ROOT,
  SAMPLE_LETTER,
  settingsIn,
  standalone,
  unrelatedPages,
} from '../support/browser-suites.mjs';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** wxt.config.ts `browser_specific_settings.gecko.id`. */
export const GECKO_ID = 'ita-ready@ita-ready.app';
/** Pinned with `extensions.webextensions.uuids`, so the popup's address is known in advance. */
export const EXTENSION_UUID = '5d0c7a3e-2f4b-4e61-9a8d-1c3b5e7f9a20';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

// Nothing in the browser may reach the network: no captive-portal or connectivity probes, no
// updates, telemetry, safebrowsing or remote settings, and a proxy that goes nowhere for anything
// left (pages the tests serve are answered by request interception before any proxy).
const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.search.update': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'browser.newtabpage.enabled': false,
  'browser.startup.homepage': 'about:blank',
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Rejects with a message naming `what` when `promise` takes longer than `ms`. */
export async function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function assertReady() {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `No Firefox at ${FIREFOX_PATH}: run \`bash .ci/run\` or \`apt-get install -y firefox-esr\` (or set FIREFOX_PATH).`,
    );
  }
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` before these tests.`,
    );
  }
}

/**
 * One Firefox with the extension for the calling `describe` (it takes seconds to start), each test
 * from cleared storage: registers the hooks and returns the harness, launched once `before` has run.
 */
export function useFirefox() {
  const ff = new FirefoxHarness();
  before(() => ff.launch());
  after(() => ff.close());
  beforeEach(() => ff.resetExtension());
  return ff;
}

async function closeBrowser(browser) {
  await withTimeout(browser.close(), 15_000, 'closing Firefox').catch(() => {
    browser.process()?.kill('SIGKILL');
  });
}

export class FirefoxHarness {
  #web = new FakePortal();
  /** Requests that were refused because no page was registered for them. */
  blocked = this.#web.blocked;
  /** Set by `launch()`. */
  browser = null;

  /** Launches Firefox with the extension installed; always `close()` it (in a `finally` / `after`). */
  async launch({ extensionDir = FIREFOX_EXTENSION_DIR } = {}) {
    assertReady();
    this.browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      // Without it, Firefox refuses to open moz-extension:// pages for a remote-controlled session.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: PREFS,
      env: { ...process.env, TZ: TIMEZONE },
      timeout: 60_000,
      protocolTimeout: 30_000,
    });
    try {
      await withTimeout(
        this.browser.installExtension(extensionDir),
        20_000,
        'installing the extension',
      );
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  /** Serve `page` (a file, or `{ html }`) at `url` (origin + path; query and fragment ignored). */
  serve(url, page) {
    this.#web.serve(url, page);
  }

  /** Serves `page` at any served origin's `url` and opens it in a new tab. */
  async openPageAt(url, page) {
    this.serve(url, page);
    const tab = await this.browser.newPage();
    await tab.setRequestInterception(true);
    tab.on('request', (request) => void this.#answer(request));
    await tab.goto(url, { waitUntil: 'load', timeout: 15_000 });
    return tab;
  }

  /** Serves `page` at the portal address `path` (e.g. `/mycic/messages/details`) and opens it. */
  openPortalPage(path, page) {
    return this.openPageAt(new URL(path, PORTAL_ORIGIN).href, page);
  }

  /** Opens `moz-extension://<uuid>/popup.html` in a tab. */
  openPopup() {
    return this.#openExtensionPage('popup.html');
  }

  openOptions() {
    return this.#openExtensionPage('options.html');
  }

  /**
   * Clears the extension's storage, so each test starts as a fresh install would, and closes every
   * tab but one (Firefox quits when the last one goes).
   */
  async resetExtension() {
    const pages = await this.browser.pages();
    for (const page of pages.slice(1)) await withTimeout(page.close(), 5_000, 'closing a tab');
    const page = await this.openPopup();
    await evaluate(page, () => browser.storage.local.clear(), 'clearing storage');
    await withTimeout(page.close(), 5_000, 'closing the popup');
    this.blocked.length = 0;
  }

  /** Saves a screenshot to artifacts/screenshots/firefox-<name>.png; returns its path or null. */
  async takeScreenshot(page, name) {
    mkdirSync(SCREENSHOTS_DIR, { recursive: true });
    const file = join(SCREENSHOTS_DIR, `firefox-${name}.png`);
    try {
      await withTimeout(page.screenshot({ path: file }), 10_000, `screenshot ${name}`);
      return file;
    } catch (error) {
      // A screenshot is a help for humans, not a check: say so, do not fail the test for it.
      console.warn(`(could not save screenshot ${name}: ${error.message})`);
      return null;
    }
  }

  async close() {
    const browser = this.browser;
    this.browser = null;
    if (browser) await closeBrowser(browser);
  }

  async #openExtensionPage(file) {
    const page = await this.browser.newPage();
    // `goto` of a moz-extension page loads but never resolves over BiDi: start it, then poll.
    page.goto(`${EXTENSION_ORIGIN}/${file}`, { timeout: 15_000 }).catch(() => undefined);
    await waitUntil(
      () => page.evaluate(() => document.readyState === 'complete' && location.protocol),
      (protocol) => protocol === 'moz-extension:',
      10_000,
      `opening ${file}`,
    );
    return page;
  }

  async #answer(request) {
    const { action, ...response } = this.#web.answer(request.url());
    try {
      if (action === 'continue') await request.continue();
      else if (action === 'abort') await request.abort('blockedbyclient');
      else await request.respond(response);
    } catch {
      // The page went away while we answered: nothing to do.
    }
  }
}

/** A short, bounded `page.evaluate`. */
export function evaluate(page, fn, what, ...args) {
  return withTimeout(page.evaluate(fn, ...args), 5_000, what);
}

/** Polls `probe` until `accept(value)` holds; fails after `timeoutMs` naming `what` and the last value. */
export async function waitUntil(probe, accept, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await withTimeout(probe(), 3_000, what);
      if (accept(last)) return last;
    } catch (error) {
      last = `(${error.message})`;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${what}: not done within ${timeoutMs} ms; last seen ${JSON.stringify(last)}`,
      );
    }
    await sleep(250);
  }
}

// ---- storage and the options page's form, as in tests/e2e/support/storage.ts ----

/** Writes storage.local from an extension page (the popup, the options page, documents.html). */
export const seed = (page, items) =>
  evaluate(page, (values) => browser.storage.local.set(values), 'seeding storage', items);

/** storage.local's facts, read from an extension page ({} when none are stored). */
export const storedFacts = (page) =>
  evaluate(page, async () => (await browser.storage.local.get('facts')).facts ?? {}, 'facts');

/** The value of the field with this id, or null when there is none. */
export const valueOf = (page, id) =>
  evaluate(page, (fieldId) => document.getElementById(fieldId)?.value ?? null, `#${id}`, id);

/** Types into a field (or ticks a box) the way a user's event arrives: Preact listens to input / change. */
export async function setField(page, id, value) {
  const found = await evaluate(
    page,
    (fieldId, v) => {
      const el = document.getElementById(fieldId);
      if (!el) return false;
      if (el.type === 'checkbox') el.checked = v;
      else el.value = v;
      const type = el.tagName === 'SELECT' || el.type === 'checkbox' ? 'change' : 'input';
      el.dispatchEvent(new Event(type, { bubbles: true }));
      return true;
    },
    `setting #${id}`,
    id,
    value,
  );
  assert.ok(found, `the page has no field #${id}`);
}

/** Gives a file input a file made in the page, as choosing it would; `base64` for binary content. */
export async function chooseFile(page, id, name, content, base64 = false) {
  await evaluate(
    page,
    (inputId, fileName, text, isBase64) => {
      const input = document.getElementById(inputId);
      const files = new DataTransfer();
      const body = isBase64 ? Uint8Array.from(atob(text), (c) => c.charCodeAt(0)) : text;
      files.items.add(new File([body], fileName));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    `choosing ${name}`,
    id,
    name,
    content,
    base64,
  );
}

/** Waits (10 s at most) for `[data-testid=<testId>]`'s text to match `pattern`. */
export const waitText = (page, testId, pattern, what) =>
  waitUntil(
    () => textOf(page, testId),
    (t) => pattern.test(t ?? ''),
    10_000,
    what,
  );

/** Waits for the options page to say everything typed is saved. */
export async function waitSaved(page) {
  await waitText(page, 'save-status', /^All changes saved\.$/, 'the options page saving');
}

// ---- the popup contract (data-testid / data-state), as in tests/e2e/support/popup.ts ----
// data-state: empty | nothing-to-read | unreadable | reading.

async function popupState(popup) {
  return evaluate(
    popup,
    () => document.querySelector('[data-testid="popup"]')?.getAttribute('data-state') ?? null,
    'reading data-state',
  ).catch(() => null);
}

async function reopen(popup) {
  await evaluate(popup, () => location.reload(), 'reloading the popup').catch(() => undefined);
  await sleep(400);
}

/** Visible text of the popup, whitespace tidied. */
export async function popupText(popup) {
  const text = await evaluate(popup, () => document.body?.innerText ?? '', 'popup text').catch(
    () => '',
  );
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Text of `[data-testid=<id>]`, or null when there is no such element. */
export function textOf(page, testId) {
  return evaluate(
    page,
    (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null,
    `text of ${testId}`,
    testId,
  );
}

/** The popup's `data-verdict` (decline | review | …), or null when it shows no verdict. */
export function verdictOf(popup) {
  return evaluate(
    popup,
    () => document.querySelector('[data-testid="verdict"]')?.getAttribute('data-verdict') ?? null,
    'the verdict',
  );
}

/** Reopens the popup until `data-state` is one of `wanted`; fails naming what it saw. */
export async function waitForPopupState(popup, wanted, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let seen;
  let seenSince = Date.now();
  for (;;) {
    const now = await popupState(popup);
    if (now !== seen) [seen, seenSince] = [now, Date.now()];
    if (wanted.includes(seen)) return seen;
    // A state other than `empty` that holds for a few seconds is the page's answer: fail now
    // rather than wait out the clock.
    const settled = seen !== null && seen !== 'empty' && Date.now() - seenSince > 3_000;
    if (Date.now() > deadline || settled) break;
    await sleep(400);
    // Give a freshly opened popup a moment to render before reloading it.
    if ((await popupState(popup)) === seen) await reopen(popup);
  }
  const text = (await popupText(popup)).slice(0, 400);
  throw new Error(
    `The popup never reached data-state=${wanted.join('|')} within ${timeoutMs} ms; ` +
      `last data-state=${seen}; popup text: ${JSON.stringify(text)}`,
  );
}

/**
 * Opens an extension page that records every message the content script sends, and returns
 * `sent(path)` (the last reading sent for a page) and `stored(path)` (what the background stored
 * for it: the reading by kind, or the last page's kind and missing fields for an unknown page).
 */
export async function listenToReadings(ff) {
  const page = await ff.openPopup();
  await evaluate(
    page,
    () => {
      globalThis.readingsSeen = [];
      browser.runtime.onMessage.addListener(
        (message) => void globalThis.readingsSeen.push(message),
      );
    },
    'listening to the content script',
  );
  const sent = (path) =>
    evaluate(
      page,
      (wanted) => globalThis.readingsSeen.filter((m) => m?.path === wanted).at(-1)?.reading ?? null,
      'reading what the content script sent',
      path,
    );
  const stored = (path) =>
    evaluate(
      page,
      async (wanted) => {
        const { readings } = await browser.storage.local.get('readings');
        const last = readings?.lastPage;
        if (last?.source !== wanted) return null;
        const slot = {
          'ita-letter': 'itaLetter',
          'account-home': 'accountHome',
          profile: 'profile',
        };
        const key = slot[last.kind];
        return key ? (readings[key]?.reading ?? null) : { kind: last.kind, missing: last.missing };
      },
      'reading what the background stored',
      path,
    );
  return { page, sent, stored };
}
