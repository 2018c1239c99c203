// Where the end-to-end tests find the built extension, the pages they serve and where they write.
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

/** The Chrome build (`npm run build:chrome`). `ITA_READY_CHROME_EXT` points the harness elsewhere. */
export const CHROME_EXTENSION_DIR = resolve(
  process.env.ITA_READY_CHROME_EXT ?? join(ROOT, '.output/chrome-mv3'),
);

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Pages written for these tests (letters, an unrelated portal page, a foreign page). */
export const E2E_PAGES_DIR = join(ROOT, 'tests/e2e/pages');
/** The reader's saved pages, each with a `*.expected.json` reading. */
export const READER_FIXTURES_DIR = join(ROOT, 'tests/fixtures/pages');
export const SAMPLE_LETTER = join(ROOT, 'samples/ita-letter.html');

/** Git-ignored. */
export const SCREENSHOTS_DIR = join(ROOT, 'artifacts/screenshots');
