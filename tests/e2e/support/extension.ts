// Chromium with the built extension (tests/support/browser-suites.mjs `launchChromium`), with the
// suite's build, browser, locale, time zone and date.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  launchChromium,
  suiteClockEnv,
  type LaunchedChromium,
} from '../../support/browser-suites.mjs';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH } from './paths';

export type LaunchedExtension = LaunchedChromium;

export function assertBuilt(extensionDir = CHROME_EXTENSION_DIR): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(
      `No Chrome build at ${extensionDir}: run \`npm run build:chrome\` before the end-to-end tests.`,
    );
  }
}

export async function launchExtension(options: {
  extensionDir?: string;
  timezoneId?: string;
}): Promise<LaunchedExtension> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  assertBuilt(extensionDir);
  return launchChromium(chromium, {
    executablePath: CHROMIUM_PATH,
    extensionDir,
    contextOptions: {
      timezoneId: options.timezoneId,
      locale: 'en-CA',
      // The whole browser at the suites' date, the extension's worker included.
      env: { ...process.env, ...suiteClockEnv() },
    },
  });
}
