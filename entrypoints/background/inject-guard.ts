// Runs the in-page guard (`/guard.js`, entrypoints/guard) in a tab whose content script just sent a
// reading of the ITA letter: the only page that holds the control to continue with the application.
// The guard is not in the content script, which runs on every IRCC page and must stay small. The
// script is idempotent: a page read twice keeps one guard.
import { browser } from 'wxt/browser';

export const GUARD_SCRIPT = '/guard.js';

/** The one call used, so tests can pass their own (WXT's fake browser has no `scripting`). */
export interface Scripting {
  executeScript(injection: {
    target: { tabId: number };
    files: (typeof GUARD_SCRIPT)[];
  }): Promise<unknown>;
}

const browserScripting: Scripting = {
  executeScript: (injection) => browser.scripting.executeScript(injection),
};

/** Never throws: a tab closed or navigated away in the meantime is normal, not the user's problem. */
export async function injectGuard(
  tabId: number,
  scripting: Scripting = browserScripting,
): Promise<void> {
  try {
    await scripting.executeScript({ target: { tabId }, files: [GUARD_SCRIPT] });
  } catch (error) {
    console.debug(`ITA Ready: the guard could not be injected into tab ${tabId}.`, error);
  }
}
