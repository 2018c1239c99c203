// What the Chromium suite (tests/e2e), the Firefox harness (tests/e2e-firefox/harness.mjs) and
// `npm start` (scripts/start.mjs) share, so that the three cannot drift apart: where things are, the
// portal's address, how Chromium is launched with the extension, the fake portal that serves pages
// at their real addresses and lets nothing else out, and the scenarios both suites check (the
// letters, the pages with nothing to read, the malformed messages). Plain JavaScript so that Node
// runs it as is; browser-suites.d.mts gives its types to the TypeScript suite.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import * as z from 'zod';
import { letterPage } from './letter-pages.mjs';

export { letterPage, LETTER_PAGE_NAMES, SAMPLE_LETTER } from './letter-pages.mjs';

// ---- where things are ----

export const ROOT = resolve(import.meta.dirname, '../..');
/** The builds (`npm run build:chrome`, `build:firefox`); the variables point the suites elsewhere. */
export const CHROME_EXTENSION_DIR = resolve(
  process.env.ITA_READY_CHROME_EXT ?? join(ROOT, '.output/chrome-mv3'),
);
export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.ITA_READY_FIREFOX_EXT ?? join(ROOT, '.output/firefox-mv2'),
);
/** Pages written for the browser tests (letters.json, an unrelated portal page, a foreign page). */
export const E2E_PAGES_DIR = join(ROOT, 'tests/e2e/pages');
/** The reader's saved pages, each with a `*.expected.json` reading. */
export const READER_FIXTURES_DIR = join(ROOT, 'tests/fixtures/pages');
/** Git-ignored. */
export const SCREENSHOTS_DIR = join(ROOT, 'artifacts/screenshots');

// ---- the portal ----

/**
 * IRCC's secure account (docs/ircc-pages.md): the content script's `matches` cover it. The same value
 * as lib/portal.ts `PORTAL_ORIGIN` (a unit test holds them together; Node cannot import TypeScript).
 */
export const PORTAL_ORIGIN = 'https://onlineservices-servicesenligne.cic.gc.ca';
/** An ordinary web origin that is not IRCC's; `.invalid` can never resolve (RFC 2606). */
export const FOREIGN_ORIGIN = 'https://example.invalid';
/** Where the portal shows a message such as the ITA letter; the letters are served there. */
export const LETTER_PATH = '/mycic/messages/details';
/** A zone with an offset from UTC, so "local" and "UTC" deadlines differ visibly. */
export const TIMEZONE = 'America/Toronto';
/**
 * The suites' "now", 2026-11-22 12:00 UTC: the 2026 sample letter (dated November 19, 2026) is then
 * open, its deadline (2027-01-19 00:00 UTC) 57 days 12 hours away, whatever day the tests run.
 */
export const SUITE_NOW = Date.parse('2026-11-22T12:00:00Z');

/**
 * The environment that starts Chromium at SUITE_NOW (its clock then runs on as usual): every one of
 * its processes, the extension's worker and content scripts included, sees the same time through
 * Debian's libfaketime (package `faketime`), a whole-process clock that no script in the browser can
 * set. Its monotonic clocks move by the same offset: Chromium stops loading pages when only the wall
 * clock moves. Firefox ESR hangs at start-up under libfaketime, so the Firefox suite runs at the real
 * date.
 */
export function suiteClockEnv(now = SUITE_NOW) {
  const library = libfaketime();
  if (!library) {
    throw new Error(
      'the Chromium tests run the browser at a fixed date through libfaketime: install it ' +
        '(`sudo apt-get install -y faketime`; `bash .ci/run` does it)',
    );
  }
  const offsetSeconds = Math.round((now - Date.now()) / 1000);
  return {
    LD_PRELOAD: [library, process.env.LD_PRELOAD].filter(Boolean).join(' '),
    FAKETIME: `${offsetSeconds >= 0 ? '+' : ''}${offsetSeconds}`,
  };
}

/** Where Debian installs libfaketime (under the architecture's folder), or null. */
export function libfaketime() {
  const lib = '/usr/lib';
  const candidates = existsSync(lib)
    ? readdirSync(lib).map((folder) => join(lib, folder, 'faketime/libfaketime.so.1'))
    : [];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** A cut-off the user typed above the sample letter's 512: the corrected score is below it → decline. */
export const DECLINE_FACTS = { round: { cutoff: 600 } };

/** Stored settings in `language` with both opt-ins off: no permission prompt, no download. */
export function settingsIn(language) {
  return { language, notifications: false, roundsRefresh: false };
}

/** The HTML of a page to serve: a file's text, or HTML built by the test (`{ html }`). */
export function pageHtml(page) {
  return typeof page === 'string' ? readFileSync(page, 'utf8') : page.html;
}

/**
 * The web as the tests see it: registered pages at their real addresses; any other page of a
 * served origin is a local 404 (a favicon, a link), and everything else is refused and recorded,
 * so a test can prove the extension asked for nothing. `answer(url)` says what to do with a
 * request; each browser's adapter does it.
 */
export class FakePortal {
  /** Requests that were refused because no page was registered for them. */
  blocked = [];
  #pages = new Map();
  #origins = new Set([PORTAL_ORIGIN, FOREIGN_ORIGIN]);

  /** Serve `page` (a file, or `{ html }`) at `url` (origin + path; query and fragment ignored). */
  serve(url, page) {
    this.#pages.set(pageKey(url), pageHtml(page));
  }

  answer(url) {
    const body = this.#pages.get(pageKey(url));
    if (body !== undefined) {
      return { action: 'fulfill', status: 200, contentType: 'text/html; charset=utf-8', body };
    }
    const { origin, protocol } = new URL(url);
    // The extension's own pages (chrome-extension:, moz-extension:) and data: URLs are local.
    if (protocol !== 'http:' && protocol !== 'https:') return { action: 'continue' };
    if (this.#origins.has(origin)) {
      return { action: 'fulfill', status: 404, contentType: 'text/plain', body: 'not served' };
    }
    this.blocked.push(url);
    return { action: 'abort' };
  }

  /** Routes every request of a Playwright browser context through `answer`. */
  async route(context) {
    await context.route('**/*', async (route) => {
      const answer = this.answer(route.request().url());
      if (answer.action === 'continue') await route.continue();
      else if (answer.action === 'abort') await route.abort('blockedbyclient');
      else await route.fulfill(answer);
    });
  }
}

function pageKey(url) {
  const { origin, pathname } = new URL(url);
  return origin + pathname;
}

// ---- Chromium with the extension ----

/** Where Chromium or Chrome is usually installed; `CHROME_PATH` comes first. */
const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** `CHROME_PATH` when set (whether or not it exists), else the first installed Chromium, else null. */
export function chromiumPath() {
  return process.env.CHROME_PATH ?? CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * The command line that loads the unpacked extension and keeps Chromium off the network on its
 * own account (no sync, component updates, QUIC or background requests). `sandbox: false` is for
 * root (containers, CI), where Chromium refuses to start with its sandbox.
 */
export function chromiumArgs(extensionDir, { sandbox = false } = {}) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(sandbox ? [] : ['--no-sandbox']),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * Chromium with the built extension: a persistent context in a fresh profile (extensions need
 * one), and the extension's id, read from its service worker. `chromium` is Playwright's, passed
 * in so that this module does not load Playwright for the Firefox harness. Always `close()`.
 */
export async function launchChromium(chromium, options) {
  const {
    executablePath,
    extensionDir,
    headless = true,
    sandbox = false,
    contextOptions,
  } = options;
  const profile = mkdtempSync(join(tmpdir(), 'ita-ready-chromium-'));
  let context;
  const close = async () => {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      args: chromiumArgs(extensionDir, { sandbox }),
      timeout: 30_000,
      ...contextOptions,
    });
  } catch (error) {
    await close();
    throw new Error(`the browser at ${executablePath} did not start: ${firstLine(error)}`, {
      cause: error,
    });
  }
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw new Error(`the extension's service worker did not start: ${firstLine(error)}`, {
      cause: error,
    });
  }
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').find((line) => line.trim() !== '') ?? 'failed';
}

// ---- the letters both suites check ----

const points = z.number().int().min(0).max(1200);

const letterSchema = z
  .object({
    name: z.string(),
    /** A file, relative to the repository root… */
    file: z.string().optional(),
    /** …or a page letter-pages.mjs builds from the sample. */
    page: z.string().optional(),
    path: z.string().startsWith('/'),
    total: points.nullable(),
    deadline: z.iso.datetime().nullable(),
    rows: z.record(z.string(), points),
    missing: z.array(z.string()),
    problems: z.number().int().min(0),
  })
  .refine((letter) => (letter.file === undefined) !== (letter.page === undefined), {
    message: 'give either "file" or "page"',
  });

const lettersFileSchema = z.object({ letters: z.array(letterSchema).min(1) });

// Only what the popup shows is checked by the browser suites; the reader's own tests check the rest.
const expectedReadingSchema = z.object({
  kind: z.string(),
  invitation: z.object({ deadline: z.string().nullable() }).optional(),
  crs: z.object({ total: points.nullable(), rows: z.record(z.string(), points) }).optional(),
  missing: z.array(z.string()),
  problems: z.array(z.unknown()),
});

function expectedReading(name) {
  const parsed = expectedReadingSchema.safeParse(
    JSON.parse(readFileSync(join(READER_FIXTURES_DIR, name), 'utf8')),
  );
  if (!parsed.success) {
    throw new Error(
      `${name}: not a reading the browser suites understand: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

/** The reader fixtures (`<base>.html` with `<base>.expected.json`), sorted by name. */
function fixtureBases() {
  if (!existsSync(READER_FIXTURES_DIR)) return [];
  return readdirSync(READER_FIXTURES_DIR)
    .filter((name) => name.endsWith('.expected.json'))
    .sort()
    .map((name) => name.replace(/\.expected\.json$/, ''))
    .filter((base) => existsSync(join(READER_FIXTURES_DIR, `${base}.html`)));
}

/**
 * The letters the popup must show: ours (tests/e2e/pages/letters.json) and every reader fixture
 * whose expected reading is an ITA letter, complete or not.
 */
export function letterCases() {
  const ours = lettersFileSchema
    .parse(JSON.parse(readFileSync(join(E2E_PAGES_DIR, 'letters.json'), 'utf8')))
    .letters.map(({ file, page, ...letter }) => ({
      ...letter,
      file: file ?? `${page} (built from samples/ita-letter.html)`,
      page: page === undefined ? join(ROOT, file ?? '') : { html: letterPage(page) },
      selfContained: true,
    }));
  const fixtures = fixtureBases().flatMap((base) => {
    const { kind, invitation, crs, missing, problems } = expectedReading(`${base}.expected.json`);
    if (kind !== 'ita-letter' || crs === undefined || invitation === undefined) return [];
    const file = join(READER_FIXTURES_DIR, `${base}.html`);
    return [
      {
        name: `reader fixture ${base}`,
        file: relative(ROOT, file),
        page: file,
        path: LETTER_PATH,
        total: crs.total,
        deadline: invitation.deadline,
        rows: crs.rows,
        missing,
        problems: problems.length,
        selfContained: false,
      },
    ];
  });
  return [...ours, ...fixtures];
}

/** Every reader fixture (tests/fixtures/pages/*.html) with its expected reading, whatever its kind. */
export function readerFixtures() {
  return fixtureBases().map((name) => ({
    name,
    file: join(READER_FIXTURES_DIR, `${name}.html`),
    expected: JSON.parse(readFileSync(join(READER_FIXTURES_DIR, `${name}.expected.json`), 'utf8')),
  }));
}

/** Pages on the portal that hold nothing to read: ours, and every reader fixture of kind `unknown`. */
export function unrelatedPages() {
  const ours = { name: 'a help page', file: join(E2E_PAGES_DIR, 'portal-unrelated.html') };
  const fixtures = fixtureBases()
    .filter((base) => expectedReading(`${base}.expected.json`).kind === 'unknown')
    .map((base) => ({
      name: `reader fixture ${base}`,
      file: join(READER_FIXTURES_DIR, `${base}.html`),
    }));
  return [ours, ...fixtures];
}

/**
 * A whole number standing alone in a text (so 0 does not match inside 110), written with or without
 * a thousands separator (`1,071`, `1 071` with a narrow or plain no-break space).
 */
export function standalone(value) {
  const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '[,\\s\u00a0\u202f]?');
  return new RegExp(`(^|[^0-9])${grouped}([^0-9]|$)`);
}

// ---- messages the background must refuse ----

/** A reading the background would accept from its content script: only the sender is wrong. */
export const WELL_FORMED_READING = {
  type: 'reading/found',
  path: LETTER_PATH,
  reading: {
    kind: 'ita-letter',
    language: 'en',
    invitation: { date: '2026-11-19', program: 'CEC', deadline: '2027-01-19T00:00:00Z' },
    crs: { total: 999, rows: {} },
    daysLeftToSubmit: null,
    profileNumber: null,
    missing: [],
    problems: [],
  },
};

/** Messages the background must answer with `{ ok: false, error }`, storing nothing. */
export const MALFORMED_MESSAGES = [
  ['no reading', { type: 'reading/found', path: '/mycic/x' }],
  ['a reading that is not an object', { ...WELL_FORMED_READING, reading: 'ita-letter' }],
  [
    'a total given as text',
    {
      ...WELL_FORMED_READING,
      reading: { ...WELL_FORMED_READING.reading, crs: { total: '512', rows: {} } },
    },
  ],
  [
    'an unknown kind',
    { ...WELL_FORMED_READING, reading: { ...WELL_FORMED_READING.reading, kind: 'letter' } },
  ],
  ['a path with a query string', { ...WELL_FORMED_READING, path: '/mycic/x?uci=1234' }],
  ['an extra field', { ...WELL_FORMED_READING, extra: true }],
  ['not an object', 'reading/found'],
  ['a type the background does not know', { type: 'state/get' }],
  ['a rounds refresh with a field of its own', { type: 'rounds/refresh', url: 'https://x.test/' }],
];

// ---- the popup's first screen ----
// The functions below run inside the popup (each browser's `evaluate`), so they use nothing from
// this module: only their argument and the page's own globals.

/** The popup's real size: what a candidate sees on opening it, without scrolling. */
export const POPUP_SIZE = { width: 400, height: 600 };
/** The answer and the next step: what the first screen holds for every kind of answer. */
export const ANSWER_PARTS = ['answer', 'answer-reason', 'next-step'];
/** For a letter, the scores against the cut-off and the time left as well. */
export const LETTER_ANSWER_PARTS = [
  ...ANSWER_PARTS,
  'crs-total',
  'corrected-total',
  'cutoff',
  'countdown',
  'deadline-local',
  'deadline-utc',
];

/** In the page: the smallest font size of any text shown (folded parts opened), and where. */
export function smallestTextInPage() {
  /* global document, getComputedStyle, Node */
  for (const details of document.querySelectorAll('details')) details.open = true;
  let smallest = { size: Infinity, where: '' };
  for (const element of document.querySelectorAll('main *')) {
    const own = [...element.childNodes].some(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
    if (!own || element.getClientRects().length === 0 || element.closest('.visually-hidden')) {
      continue;
    }
    const size = Number.parseFloat(getComputedStyle(element).fontSize);
    if (size < smallest.size) {
      smallest = {
        size,
        where: `${element.tagName.toLowerCase()}: ${(element.textContent ?? '').trim().slice(0, 60)}`,
      };
    }
  }
  for (const details of document.querySelectorAll('details')) details.open = false;
  return smallest;
}

/**
 * In the page: everything the popup says, folded parts included, blocks on their own lines; signs
 * hidden from screen readers (the verdict's mark) left out, as they are not words.
 */
export function allTextInPage() {
  const opened = [...document.querySelectorAll('details')].filter((d) => !d.open);
  const signs = [...document.querySelectorAll('[aria-hidden="true"]')];
  for (const details of opened) details.open = true;
  for (const sign of signs) sign.style.display = 'none';
  const text = document.body.innerText;
  for (const details of opened) details.open = false;
  for (const sign of signs) sign.style.display = '';
  return text;
}

/**
 * In the page, scrolled to the top: the box of each test id (null when absent), and how wide the
 * page is (nothing may make it scroll sideways).
 */
export function firstScreenInPage(testIds) {
  /* global scrollTo */
  scrollTo(0, 0);
  const boxes = testIds.map((id) => {
    const element = document.querySelector(`[data-testid="${id}"]`);
    if (!element) return { id, box: null };
    const r = element.getBoundingClientRect();
    return { id, box: { top: r.top, bottom: r.bottom, right: r.right, height: r.height } };
  });
  return { boxes, scrollWidth: document.documentElement.scrollWidth };
}

/** What is wrong with the first screen `firstScreenInPage` measured, in words; none when right. */
export function firstScreenProblems({ boxes, scrollWidth }) {
  const { width, height } = POPUP_SIZE;
  const problems = [];
  for (const { id, box } of boxes) {
    if (box === null || box.height <= 0) problems.push(`${id} must be shown`);
    else if (box.bottom > height) {
      problems.push(
        `${id} ends at ${Math.round(box.bottom)} px: it must fit in the first ${height} px`,
      );
    } else if (box.right > width || box.top < 0) problems.push(`${id} must fit the popup`);
  }
  if (scrollWidth > width) problems.push('nothing may make the popup scroll sideways');
  return problems;
}
