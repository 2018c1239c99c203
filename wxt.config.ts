import { defineConfig } from 'wxt';

import { PORTAL_MATCHES, ROUNDS_FEED_MATCH } from './lib/portal';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
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
    permissions: ['storage', 'alarms'],
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
