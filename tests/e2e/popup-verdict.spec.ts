// Saved ITA letter at the portal address + facts in storage → the popup's verdict, reasons by
// severity, corrected score against the cut-off; and the EN/FR switch. Screenshots in both languages.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { join } from 'node:path';
import { SAMPLE_LETTER, SCREENSHOTS_DIR } from './support/paths';
import { DECLINE_FACTS, seed } from './support/storage';
import { byTestId, waitForPopupState } from './support/popup';

/** Small, stable-named pictures for docs/screenshots.md: the first screen of the popup. */
const docsShot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS_DIR, 'docs', `${name}.png`) });

/** Reopens the popup until it shows a verdict equal to `wanted` (the worker re-assesses after a change). */
async function popupWithVerdict(openPopup: () => Promise<Page>, wanted: string): Promise<Page> {
  const until = Date.now() + 15_000;
  let seen: string | null;
  for (;;) {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 412, height: 900 });
    seen = await byTestId(popup, 'verdict')
      .getAttribute('data-verdict', { timeout: 3_000 })
      .catch(() => null);
    if (seen === wanted) return popup;
    await popup.close();
    if (Date.now() > until) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the popup's verdict stayed ${String(seen)}, expected ${wanted}`);
}

test('letter + facts → decline verdict first, reasons by severity, score against cut-off; EN and FR', async ({
  openPortalPage,
  openPopup,
  takeScreenshot,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const first = await openPopup();
  await waitForPopupState(first, ['reading']);
  await seed(first, {
    facts: DECLINE_FACTS,
    settings: { language: 'en', notifications: false, roundsRefresh: false },
  });
  await first.close();

  const popup = await popupWithVerdict(openPopup, 'decline');
  const verdict = byTestId(popup, 'verdict');
  await expect(verdict, 'the verdict must be said in words, not colour alone').toContainText(
    'Decline',
  );
  const severities = await popup
    .locator('[data-testid="finding"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
  expect(severities.length, 'the popup must list the findings').toBeGreaterThan(0);
  expect(severities[0], 'the most severe finding comes first').toBe('decline');
  expect(severities, 'findings are ordered decline → warning → info').toEqual(
    [...severities].sort(
      (a, b) =>
        ['decline', 'warning', 'info'].indexOf(a ?? '') -
        ['decline', 'warning', 'info'].indexOf(b ?? ''),
    ),
  );
  await expect(popup.locator('[data-finding-id="score-below-cutoff"]')).toBeVisible();
  await expect(byTestId(popup, 'corrected-total')).toHaveText('512');
  await expect(byTestId(popup, 'cutoff')).toHaveText('600');
  await expect(byTestId(popup, 'countdown')).toBeVisible();
  await takeScreenshot(popup, 'popup-en', { fullPage: true });
  await docsShot(popup, 'popup-decline-en');

  // The language switch: French at once, and kept for the next opening.
  await popup.getByRole('button', { name: 'Français' }).click();
  await expect(byTestId(popup, 'popup')).toHaveAttribute('lang', 'fr');
  await expect(verdict).toContainText('Refuser');
  await takeScreenshot(popup, 'popup-fr', { fullPage: true });
  await docsShot(popup, 'popup-decline-fr');
  await popup.close();
  const again = await popupWithVerdict(openPopup, 'decline');
  await expect(byTestId(again, 'popup'), 'the chosen language is saved').toHaveAttribute(
    'lang',
    'fr',
  );
  await expect(again.getByRole('button', { name: 'Français' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('popup states: nothing read yet says how to get a reading (EN and FR)', async ({
  openPopup,
  takeScreenshot,
}) => {
  const popup = await openPopup();
  await popup.setViewportSize({ width: 412, height: 600 });
  await expect(byTestId(popup, 'popup')).toHaveAttribute('data-state', 'empty');
  await expect(popup.getByText('Open the message with your Invitation to Apply')).toBeVisible();
  await takeScreenshot(popup, 'empty-en', { fullPage: true });
  await docsShot(popup, 'popup-empty-en');
  await popup.getByRole('button', { name: 'Français' }).click();
  await expect(popup.getByText('Rien de lu pour l’instant')).toBeVisible();
  await takeScreenshot(popup, 'empty-fr', { fullPage: true });
  await docsShot(popup, 'popup-empty-fr');
});

test('popup keyboard: the language switch and links are reachable with Tab and show focus', async ({
  openPopup,
}) => {
  const popup = await openPopup();
  await expect(byTestId(popup, 'popup')).toBeVisible();
  await popup.keyboard.press('Tab');
  const focused = popup.locator(':focus');
  await expect(focused, 'Tab reaches the language switch first').toHaveAttribute(
    'data-language',
    'en',
  );
  const outline = await focused.evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline, 'focus must be visible').not.toBe('none');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Enter');
  await expect(byTestId(popup, 'popup')).toHaveAttribute('lang', 'fr');
});
