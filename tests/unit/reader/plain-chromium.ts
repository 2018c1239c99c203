// Debian's Chromium without the extension, for the reader tests that need a real layout (the live
// `innerText` path, print to PDF). The tests skip where no Chromium is installed.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { chromiumPath } from '../../support/browser-suites.mjs';

const CHROMIUM = chromiumPath();

/** Whether a Chromium is installed here (or `CHROME_PATH` names one). */
export const HAS_CHROMIUM = CHROMIUM !== null && existsSync(CHROMIUM);

export async function launchPlainChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM ?? undefined,
    args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-quic', '--no-first-run'],
  });
}
