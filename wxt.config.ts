import { defineConfig } from 'wxt';

import { PORTAL_MATCHES, ROUNDS_FEED_MATCH } from './lib/portal';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The polyfill serves the background and the extension's pages. The content script uses the
    // browser's own promise API instead (Chrome MV3 and Firefox both have it for the two calls it
    // makes: runtime.sendMessage and storage.local.get): the polyfill is ~10 KB of a 30 KB budget
    // (issue 3). Source code still imports `wxt/browser`, so unit tests keep WXT's fake browser.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
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
