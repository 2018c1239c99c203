// Saved ITA letter at the portal address + facts in storage → the popup's verdict and its reason,
// the other findings by severity, the scores against the cut-off; and the EN/FR switch. The first
// screen of each kind of answer is checked in first-screen.spec.ts.
import type { Page } from '@playwright/test';
import { settingsIn, SUITE_NOW } from '../support/browser-suites.mjs';
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
    await popup.setViewportSize({ width: 400, height: 600 });
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

test('letter + facts → decline verdict first with its reason, other findings by severity, scores against the cut-off; EN and FR', async ({
  openPortalPage,
  openPopup,
  takeScreenshot,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const first = await openPopup();
  await waitForPopupState(first, ['reading']);
  await seed(first, {
    facts: DECLINE_FACTS,
    settings: settingsIn('en'),
  });
  await first.close();

  const popup = await popupWithVerdict(openPopup, 'decline');
  const verdict = byTestId(popup, 'verdict');
  await expect(verdict, 'the verdict must be said in words, not colour alone').toHaveText(
    'Decline',
  );
  // The first reason to decline is the answer's reason; the other findings follow as cards.
  await expect(byTestId(popup, 'answer-reason')).toHaveText(
    'Your corrected score is below the cut-off',
  );
  const severities = await popup
    .locator('[data-testid="finding"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-severity')));
  expect(severities, 'cards are ordered decline → warning → info').toEqual(
    [...severities].sort(
      (a, b) =>
        ['decline', 'warning', 'info'].indexOf(a ?? '') -
        ['decline', 'warning', 'info'].indexOf(b ?? ''),
    ),
  );
  await expect(
    popup.locator('[data-finding-id="score-below-cutoff"]'),
    'the reason is not repeated as a card',
  ).toHaveCount(0);
  await expect(byTestId(popup, 'crs-total')).toHaveText('512');
  await expect(byTestId(popup, 'corrected-total')).toHaveText('512');
  await expect(byTestId(popup, 'cutoff')).toHaveText('600');
  await expect(byTestId(popup, 'cutoff-margin')).toHaveAttribute('data-value', '-88');
  await expect(byTestId(popup, 'countdown')).toBeVisible();
  await takeScreenshot(popup, 'popup-en', { fullPage: true });

  // The language switch: French at once, and kept for the next opening.
  await popup.getByRole('button', { name: 'FR – Français' }).click();
  await expect(byTestId(popup, 'popup')).toHaveAttribute('lang', 'fr');
  await expect(verdict).toHaveText('Refuser');
  await expect(byTestId(popup, 'answer-reason')).toHaveText(
    'Votre score corrigé est sous le seuil',
  );
  await takeScreenshot(popup, 'popup-fr', { fullPage: true });
  await popup.close();
  const again = await popupWithVerdict(openPopup, 'decline');
  await expect(byTestId(again, 'popup'), 'the chosen language is saved').toHaveAttribute(
    'lang',
    'fr',
  );
  await expect(again.getByRole('button', { name: 'FR – Français' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('popup states: nothing read yet says how to get a reading (EN and FR)', async ({
  openPopup,
  takeScreenshot,
}) => {
  const popup = await openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
  await expect(byTestId(popup, 'popup')).toHaveAttribute('data-state', 'empty');
  await expect(popup.getByText('Open the message with your Invitation to Apply')).toBeVisible();
  await takeScreenshot(popup, 'empty-en', { fullPage: true });
  await docsShot(popup, 'popup-empty-en');
  await popup.getByRole('button', { name: 'FR – Français' }).click();
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

test('the browser runs at the suites’ date: the extension’s worker and a portal page', async ({
  context,
  openPortalPage,
}) => {
  const page = await openPortalPage('/mycic/home', { html: '<p>Home</p>' });
  const [worker] = context.serviceWorkers();
  for (const [where, now] of [
    ['the worker', await worker?.evaluate(() => Date.now())],
    ['a portal page', await page.evaluate(() => Date.now())],
  ] as const) {
    expect(now, `${where}: its clock starts at the suites' date`).toBeGreaterThanOrEqual(SUITE_NOW);
    expect(now, `${where}: and runs on from there`).toBeLessThan(SUITE_NOW + 60 * 60_000);
  }
});
