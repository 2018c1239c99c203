// The in-page guard in the real extension (Chromium): beside the portal's "Apply" control on a saved
// ITA page served at the portal address, a notice with the verdict; when the verdict is decline the
// first press opens a confirmation and submits nothing; "Go on anyway" lets the next press through.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { ROOT, SAMPLE_LETTER, SCREENSHOTS_DIR } from './support/paths';
import { DECLINE_FACTS, seed } from './support/storage';
import { byTestId } from './support/popup';

const APPLY_PAGE = join(ROOT, 'tests/unit/guard/pages/ita-letter-apply.html');
const APPLY_PAGE_FR = join(ROOT, 'tests/unit/guard/pages/ita-letter-apply-fr.html');
/** Where the page's form posts (tests/unit/guard/pages): a request there means the press went through. */
const FORM_TARGET = '/mycic/eapp/start';
/** Small, stable-named pictures for docs/screenshots.md (copied there by hand when they change). */
const DOCS_SHOTS = join(SCREENSHOTS_DIR, 'docs');

/** The portal's choice and the guard's notice beside it, cropped. */
async function noticeShot(page: Page, name: string): Promise<void> {
  const box = await page.locator('#ita-choice').boundingBox();
  if (!box) return;
  await page.screenshot({
    path: join(DOCS_SHOTS, `${name}.png`),
    clip: {
      x: Math.max(0, box.x - 16),
      y: Math.max(0, box.y - 16),
      width: 720,
      height: box.height + 80,
    },
  });
}

/** Every request the page makes to the form's target (the portal would receive these). */
function recordSubmissions(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === FORM_TARGET) seen.push(request.method());
  });
  return seen;
}

async function openWithFacts(
  openPortalPage: (path: string, file: string) => Promise<Page>,
  openOptions: () => Promise<Page>,
  file: string,
  values: Record<string, unknown>,
): Promise<Page> {
  const page = await openPortalPage(LETTER_PATH, file);
  const options = await openOptions();
  await seed(options, values);
  await options.close();
  await page.bringToFront();
  return page;
}

test('decline: notice beside Apply; first press opens the confirmation and submits nothing; "Go on anyway" lets the next press through', async ({
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE, {
    facts: DECLINE_FACTS,
    settings: { language: 'en', notifications: false, roundsRefresh: false },
  });
  const submissions = recordSubmissions(page);
  const guard = byTestId(page, 'guard');
  await expect(guard, 'the guard must show the decline verdict').toHaveAttribute(
    'data-verdict',
    'decline',
    {
      timeout: 15_000,
    },
  );
  await expect(byTestId(page, 'guard-verdict')).toHaveText('Decline');
  const beside = await page.evaluate(
    () =>
      document.querySelector('ita-ready-guard')?.previousElementSibling?.textContent?.trim() ??
      null,
  );
  expect(beside, 'the notice must stand right after the Apply control').toBe(
    'Apply online for permanent residence',
  );
  await page.locator('#ita-choice').scrollIntoViewIfNeeded();
  await takeScreenshot(page, 'notice-en');
  await noticeShot(page, 'guard-notice-en');

  const apply = page.getByRole('button', { name: 'Apply online for permanent residence' });
  await apply.click();
  const dialog = byTestId(page, 'guard-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('below the cut-off');
  await expect(byTestId(page, 'guard-decline'), 'focus starts on the safer choice').toBeFocused();
  await page.keyboard.press('Tab');
  await expect(byTestId(page, 'guard-go-on')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(byTestId(page, 'guard-decline'), 'Tab stays inside the confirmation').toBeFocused();
  await takeScreenshot(page, 'confirmation-en');
  await dialog.screenshot({ path: join(DOCS_SHOTS, 'guard-confirmation-en.png') });
  expect(submissions, 'the held-back press must not reach the portal').toEqual([]);
  expect(page.url()).toContain(LETTER_PATH);

  await byTestId(page, 'guard-go-on').click();
  await expect(dialog).toBeHidden();
  await expect(byTestId(page, 'guard-released')).toBeVisible();
  await expect(apply, 'focus goes back to the portal control').toBeFocused();
  await Promise.all([page.waitForRequest((r) => r.url().endsWith(FORM_TARGET)), apply.click()]);
  expect(submissions, 'the next press goes through untouched, once').toEqual(['POST']);
});

test('décliner : avis en français, Échap ferme la confirmation, la pression suivante passe', async ({
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE_FR, {
    facts: DECLINE_FACTS,
    settings: { language: 'fr', notifications: false, roundsRefresh: false },
  });
  const submissions = recordSubmissions(page);
  await expect(byTestId(page, 'guard-verdict')).toHaveText('Refuser', { timeout: 15_000 });
  await page.locator('#ita-choice').scrollIntoViewIfNeeded();
  await takeScreenshot(page, 'notice-fr');
  await noticeShot(page, 'guard-notice-fr');
  const apply = page.getByRole('button', { name: 'Présenter une demande de résidence permanente' });
  await apply.click();
  const dialog = byTestId(page, 'guard-dialog');
  await expect(dialog).toContainText('ITA Ready vous conseille de refuser cette invitation');
  await expect(byTestId(page, 'guard-go-on')).toHaveText('Continuer quand même');
  await takeScreenshot(page, 'confirmation-fr');
  await dialog.screenshot({ path: join(DOCS_SHOTS, 'guard-confirmation-fr.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(apply, 'after Esc a stray Enter must not send the application').not.toBeFocused();
  await expect(byTestId(page, 'guard-details')).toBeFocused();
  expect(submissions).toEqual([]);
  await Promise.all([page.waitForRequest((r) => r.url().endsWith(FORM_TARGET)), apply.click()]);
  expect(submissions, 'only the first press is ever held back').toEqual(['POST']);
});

test('review: the notice shows, and no press is held back', async ({
  openPortalPage,
  openOptions,
}) => {
  // No facts: missing facts give warnings, never a decline.
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE, {
    facts: {},
    settings: { language: 'en', notifications: false, roundsRefresh: false },
  });
  const submissions = recordSubmissions(page);
  await expect(byTestId(page, 'guard')).toHaveAttribute('data-verdict', 'review', {
    timeout: 15_000,
  });
  await Promise.all([
    page.waitForRequest((r) => r.url().endsWith(FORM_TARGET)),
    page.getByRole('button', { name: 'Apply online for permanent residence' }).click(),
  ]);
  expect(submissions).toEqual(['POST']);
});

test('a page with no continue control is left untouched', async ({
  openPortalPage,
  openOptions,
}) => {
  const page = await openWithFacts(openPortalPage, openOptions, SAMPLE_LETTER, {
    facts: DECLINE_FACTS,
  });
  // Give the content script time to read the page and the worker to assess it.
  await page.waitForTimeout(3_000);
  expect(
    await page.locator('ita-ready-guard').count(),
    'no guard element on a page without the control',
  ).toBe(0);
});
