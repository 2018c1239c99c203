// Playwright drives Debian's Chromium with the built extension (.output/chrome-mv3); see
// tests/e2e/support. One worker: each test launches its own browser and the machine has 2 cores.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  globalSetup: './tests/e2e/support/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  // Bounded everywhere: a hang fails the test instead of stalling CI.
  timeout: 60_000,
  globalTimeout: 10 * 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: { trace: 'off', screenshot: 'off', actionTimeout: 10_000, navigationTimeout: 15_000 },
});
