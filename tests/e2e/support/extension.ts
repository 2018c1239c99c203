// Chromium with the built extension, as TOOLCHAIN notes it: a persistent context (extensions need
// one), Debian's Chromium, the extension id read from its service worker.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH } from './paths';

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

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
  const profile = mkdtempSync(join(tmpdir(), 'ita-ready-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extensionDir),
    timezoneId: options.timezoneId,
    locale: 'en-CA',
    timeout: 30_000,
  });
  const close = async (): Promise<void> => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (error) {
    await close();
    throw new Error(`The extension's service worker did not start: ${String(error)}`, {
      cause: error,
    });
  }
}
