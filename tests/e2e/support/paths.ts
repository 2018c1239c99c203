// Where the Chromium suite finds the built extension, the browser, the pages it serves and where it
// writes: the shared values of tests/support/browser-suites.mjs, plus the Chromium it runs.
import { chromiumPath } from '../../support/browser-suites.mjs';

export {
  CHROME_EXTENSION_DIR,
  E2E_PAGES_DIR,
  READER_FIXTURES_DIR,
  ROOT,
  SAMPLE_LETTER,
  SCREENSHOTS_DIR,
} from '../../support/browser-suites.mjs';

/** `CHROME_PATH`, or the Chromium installed here (Debian's `chromium` by default). */
export const CHROMIUM_PATH = chromiumPath() ?? '/usr/bin/chromium';
