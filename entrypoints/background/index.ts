import { browser } from 'wxt/browser';
import { handleMessage } from './handlers';

export default defineBackground(() => {
  const context = {
    runtimeId: browser.runtime.id,
    extensionBase: browser.runtime.getURL('/'),
    now: () => Date.now(),
  };
  // Reply through sendResponse + `return true`: works in Chrome, Firefox, the polyfill and WXT's fake
  // browser alike (TOOLCHAIN.md, trap 3).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(message, sender, context).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });
});
