// The popup contract (data-testid / data-state) and a bounded way to wait for it. The content script
// reports a page a moment after it loads and the popup asks the background once when it opens, so
// waiting means reopening the popup until it shows what we expect or the time is up.
import type { Page } from '@playwright/test';

/**
 * `empty`: nothing seen yet; `nothing-to-read`: an IRCC page was seen that holds nothing to read;
 * `unreadable`: a page that should have been read was not; `reading`: a reading is shown.
 */
export const POPUP_STATES = ['empty', 'nothing-to-read', 'unreadable', 'reading'] as const;
export type PopupState = (typeof POPUP_STATES)[number];

export const popupRoot = (popup: Page) => popup.locator('[data-testid="popup"]');
export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

async function currentState(popup: Page): Promise<string | null> {
  return popupRoot(popup)
    .getAttribute('data-state', { timeout: 2_000 })
    .catch(() => null);
}

/** Visible text of the popup, whitespace tidied: for failure messages and `npm start`. */
export async function popupText(popup: Page): Promise<string> {
  const text = await popup
    .locator('body')
    .innerText({ timeout: 2_000 })
    .catch(() => '');
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const SETTLED_MS = 3_000;

/**
 * Reopens the popup until `data-state` is one of `wanted`; fails, naming the state it saw and the
 * popup's text, after `timeoutMs`.
 */
export async function waitForPopupState(
  popup: Page,
  wanted: readonly PopupState[],
  timeoutMs = 15_000,
): Promise<PopupState> {
  const deadline = Date.now() + timeoutMs;
  let seen: string | null = null;
  let seenSince = Date.now();
  for (;;) {
    const now = await currentState(popup);
    if (now !== seen) [seen, seenSince] = [now, Date.now()];
    const match = wanted.find((state) => state === seen);
    if (match) return match;
    // A state other than `empty` that holds for a few seconds is the page's answer: fail now
    // rather than wait out the clock.
    const settled = seen !== null && seen !== 'empty' && Date.now() - seenSince > SETTLED_MS;
    if (Date.now() > deadline || settled) break;
    await popup.waitForTimeout(500);
    await popup.reload({ timeout: 5_000 }).catch(() => undefined);
  }
  throw new Error(
    `The popup never reached data-state=${wanted.join('|')} within ${timeoutMs} ms; ` +
      `last data-state=${String(seen)}; popup text: ${JSON.stringify((await popupText(popup)).slice(0, 400))}`,
  );
}
