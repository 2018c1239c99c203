#!/usr/bin/env node
// `npm start`: build the Chrome extension, open Chromium with it, serve the bundled sample ITA letter
// at the real IRCC portal address (nothing else reaches the network), then open the popup.
// With a display it stays open until the window is closed or Ctrl-C; without one (or --headless, or
// CI set) it prints what the popup shows, saves screenshots under artifacts/start/ and exits.
//
//   npm start [-- --no-build] [-- --headless]
//
// The launch options and the fake portal are the browser tests' own (tests/support/browser-suites.mjs),
// so what `npm start` shows is what the tests check.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  CHROME_EXTENSION_DIR as EXTENSION_DIR,
  chromiumPath,
  FakePortal,
  LETTER_PATH,
  launchChromium,
  PORTAL_ORIGIN,
  ROOT,
  SAMPLE_LETTER,
} from '../tests/support/browser-suites.mjs';

const ARTIFACTS = join(ROOT, 'artifacts/start');
const LETTER_URL = `${PORTAL_ORIGIN}${LETTER_PATH}?lang=en`;
const READING_TIMEOUT_MS = 20_000;

/** A failure the user can act on: printed as one line, never a stack. */
class StartError extends Error {}

const args = process.argv.slice(2);
const known = new Set(['--no-build', '--headless', '--help', '-h']);
const unknown = args.filter((arg) => !known.has(arg));

try {
  if (args.includes('--help') || args.includes('-h')) {
    console.log('usage: npm start [-- --no-build] [-- --headless]');
    process.exit(0);
  }
  if (unknown.length > 0) throw new StartError(`unknown option ${unknown[0]} (try --help)`);
  process.exitCode = await start({
    build: !args.includes('--no-build'),
    headless: args.includes('--headless') || !hasDisplay(),
  });
} catch (error) {
  const message = error instanceof StartError ? error.message : firstLine(error);
  console.error(`ita-ready start: ${message}`);
  process.exitCode = 1;
}

function hasDisplay() {
  if (process.env.CI) return false;
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? 'failed'
  );
}

function findBrowser() {
  const found = chromiumPath();
  if (found !== null && !existsSync(found)) {
    throw new StartError(`CHROME_PATH=${found} does not exist`);
  }
  if (found === null) {
    throw new StartError(
      'no Chromium or Google Chrome found: install one (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROME_PATH to its executable',
    );
  }
  return found;
}

function build() {
  console.log('Building the Chrome extension (npm run build:chrome)…');
  const result = spawnSync('npm', ['run', '--silent', 'build:chrome'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new StartError('`npm run build:chrome` failed (see above); fix the build and try again');
  }
}

async function start({ build: shouldBuild, headless }) {
  const executablePath = findBrowser();
  if (shouldBuild) build();
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new StartError(
      `no extension build at ${relative(ROOT, EXTENSION_DIR)}: run \`npm run build:chrome\` (or drop --no-build)`,
    );
  }
  // Playwright is a dev dependency; import it only once the checks above have passed.
  const { chromium } = await import('@playwright/test');
  const launched = await launchChromium(chromium, {
    executablePath,
    extensionDir: EXTENSION_DIR,
    headless,
    // Chromium refuses to run as root with its sandbox (containers, CI).
    sandbox: process.getuid?.() !== 0,
    contextOptions: { viewport: headless ? { width: 1100, height: 900 } : null },
  }).catch((error) => {
    throw new StartError(firstLine(error));
  });
  const { context, extensionId } = launched;
  try {
    // Only the sample letter is served; anything else on the portal is a 404, and nothing else
    // reaches the network.
    const web = new FakePortal();
    web.serve(LETTER_URL, SAMPLE_LETTER);
    await web.route(context);

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(LETTER_URL, { waitUntil: 'load', timeout: 15_000 });
    console.log(`Serving ${relative(ROOT, SAMPLE_LETTER)} at ${LETTER_URL}`);

    const popup = await context.newPage();
    if (headless) await popup.setViewportSize({ width: 420, height: 640 });
    const popupUrl = `chrome-extension://${extensionId}/popup.html`;
    await popup.goto(popupUrl, { timeout: 15_000 });
    await waitForReading(popup);
    console.log(`Popup: ${popupUrl}`);

    if (headless) {
      console.log('\nThe popup shows:\n');
      console.log(indent(await visibleText(popup)));
      mkdirSync(ARTIFACTS, { recursive: true });
      const shots = [
        [page, join(ARTIFACTS, 'letter.png')],
        [popup, join(ARTIFACTS, 'popup.png')],
      ];
      console.log('\nScreenshots:');
      for (const [target, file] of shots) {
        await target.screenshot({ path: file, fullPage: true, timeout: 10_000 });
        console.log(`  ${relative(process.cwd(), file)}`);
      }
      if (web.blocked.length > 0) {
        const count = web.blocked.length;
        console.log(`\n(${count} ${count === 1 ? 'request' : 'requests'} to the network blocked.)`);
      }
      return 0;
    }

    await popup.bringToFront();
    console.log('\nChromium is open with ITA Ready. Close the window or press Ctrl-C to stop.');
    await new Promise((done) => {
      context.on('close', done);
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    return 0;
  } finally {
    await launched.close();
  }
}

/** The popup asks the background once when it opens: reopen it until it shows a reading. */
async function waitForReading(popup) {
  const deadline = Date.now() + READING_TIMEOUT_MS;
  let state = null;
  while (Date.now() < deadline) {
    state = await popup
      .locator('[data-testid="popup"]')
      .getAttribute('data-state', { timeout: 2_000 })
      .catch(() => null);
    if (state === 'reading') return;
    await popup.waitForTimeout(500);
    await popup.reload({ timeout: 5_000 }).catch(() => undefined);
  }
  throw new StartError(
    `the popup did not show a reading of the sample letter within ${READING_TIMEOUT_MS / 1000} s (last state: ${state ?? 'no popup content'})`,
  );
}

async function visibleText(page) {
  const text = await page.locator('body').innerText({ timeout: 5_000 });
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function indent(text) {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
