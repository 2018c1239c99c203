import { defineConfig } from 'wxt';

import { PORTAL_MATCHES, ROUNDS_FEED_MATCH } from './lib/portal';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip reviewers rebuild from: the code, not what the tests and tools leave behind.
  zip: {
    excludeSources: [
      'artifacts/**',
      'test-results/**',
      'playwright-report/**',
      'dist/**',
      '.cache/**',
      '**/*.log',
    ],
  },
  hooks: {
    // The polyfill serves the background and the extension's pages. Scripts that run in the
    // portal's pages (the content script, and the guard and structure scripts the background
    // injects) use the browser's own promise API instead (Chrome MV3 and Firefox both have it for
    // the calls they make: runtime.sendMessage, storage.local.get/onChanged): the polyfill is ~10 KB
    // of the content script's 30 KB budget (scripts/budgets.mjs). Source code still imports `wxt/browser`, so
    // unit tests keep WXT's fake browser.
    'vite:build:extendConfig': (entrypoints, config) => {
      const inPage = (type: string) => type === 'content-script' || type === 'unlisted-script';
      if (!entrypoints.every((e) => inPage(e.type))) return;
      const alias = config.resolve?.alias;
      if (!alias) return;
      config.resolve = {
        ...config.resolve,
        alias: Array.isArray(alias)
          ? alias.filter((a) => a.find !== 'wxt/browser')
          : Object.fromEntries(Object.entries(alias).filter(([find]) => find !== 'wxt/browser')),
      };
    },
  },
  // `wxt` (dev) must not try to launch a browser on machines without a display.
  webExt: { disabled: true },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } },
    resolve: {
      alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'scripting'],
    host_permissions: PORTAL_MATCHES,
    // Asked for only when the user turns the feature on (options page).
    optional_permissions: ['notifications', ...(browser === 'firefox' ? [ROUNDS_FEED_MATCH] : [])],
    ...(browser === 'firefox' ? {} : { optional_host_permissions: [ROUNDS_FEED_MATCH] }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ita-ready@ita-ready.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
