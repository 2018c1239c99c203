// The in-page guard in the real extension (Chromium): beside the portal's "Apply" control on a saved
// ITA page served at the portal address, a notice with the verdict, said by a polite live region;
// when the verdict is decline every press of the user (click, middle or modifier click, Enter, Space)
// opens a confirmation and submits nothing, until "Go on anyway", which holds for this letter.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { letterPage, settingsIn } from '../support/browser-suites.mjs';
import { expect, test } from './support/fixtures';
import { LETTER_PATH, PORTAL_ORIGIN, type PageSource } from './support/network';
import { SAMPLE_LETTER, SCREENSHOTS_DIR } from './support/paths';
import { DECLINE_FACTS, seed, storedAll } from './support/storage';
import { byTestId } from './support/popup';

const APPLY_PAGE = { html: letterPage('ita-letter-apply') };
const APPLY_PAGE_FR = { html: letterPage('ita-letter-apply-fr') };
/** Where the page's form posts (tests/support/letter-pages.mjs): a request there means the press went through. */
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
  openPortalPage: (path: string, page: PageSource) => Promise<Page>,
  openOptions: () => Promise<Page>,
  file: PageSource,
  values: Record<string, unknown>,
): Promise<Page> {
  const page = await openPortalPage(LETTER_PATH, file);
  const options = await openOptions();
  await seed(options, values);
  await options.close();
  await page.bringToFront();
  return page;
}

test('decline: notice beside Apply, announced; every press opens the confirmation until "Go on anyway", which is kept for this letter', async ({
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE, {
    facts: DECLINE_FACTS,
    settings: settingsIn('en'),
  });
  const submissions = recordSubmissions(page);
  const guard = byTestId(page, 'guard');
  await expect(guard, 'the guard must show the decline verdict').toHaveAttribute(
    'data-verdict',
    'decline',
    { timeout: 15_000 },
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
  // Screen readers: a polite live region says the verdict once the notice is in the page.
  const live = page.getByRole('status').filter({ hasText: 'ITA Ready' });
  await expect(live).toHaveText('ITA Ready: Decline');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.locator('#ita-choice').scrollIntoViewIfNeeded();
  await takeScreenshot(page, 'notice-en');
  await noticeShot(page, 'guard-notice-en');

  const apply = page.getByRole('button', { name: 'Apply online for permanent residence' });
  await apply.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName('ITA Ready advises you to decline this invitation');
  await expect(dialog).toHaveAccessibleDescription(/Declining costs nothing/);
  await expect(dialog).toContainText('below the cut-off');
  const stay = byTestId(page, 'guard-stay');
  await expect(stay).toHaveText('Not now — stay on this page');
  await expect(stay, 'focus starts on the safer choice').toBeFocused();
  await page.keyboard.press('Tab');
  await expect(byTestId(page, 'guard-go-on')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(stay, 'Tab stays inside the confirmation').toBeFocused();
  await takeScreenshot(page, 'confirmation-en');
  await dialog.screenshot({ path: join(DOCS_SHOTS, 'guard-confirmation-en.png') });

  // "Not now" and Esc close the confirmation and nothing else: the next press opens it again.
  await stay.click();
  await expect(dialog).toBeHidden();
  await expect(byTestId(page, 'guard-details'), 'focus on the notice, not on Apply').toBeFocused();
  await apply.click();
  await expect(dialog, 'after "Not now" the next press is guarded again').toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await apply.click();
  await expect(dialog, 'after Esc the next press is guarded again').toBeVisible();
  expect(submissions, 'no held-back press may reach the portal').toEqual([]);
  expect(page.url()).toContain(LETTER_PATH);

  await byTestId(page, 'guard-go-on').click();
  await expect(dialog).toBeHidden();
  await expect(byTestId(page, 'guard-released')).toHaveText(
    'You chose to go on with this invitation: ITA Ready will not stop you again.',
  );
  await expect(apply, 'focus goes back to the portal control').toBeFocused();
  await Promise.all([page.waitForRequest((r) => r.url().endsWith(FORM_TARGET)), apply.click()]);
  expect(submissions, 'the next press goes through untouched, once').toEqual(['POST']);

  // The same letter opened again: the choice holds, presses go through from the start.
  await page.goto(new URL(LETTER_PATH, PORTAL_ORIGIN).href);
  await expect(byTestId(page, 'guard-released')).toBeVisible({ timeout: 15_000 });
  await Promise.all([page.waitForRequest((r) => r.url().endsWith(FORM_TARGET)), apply.click()]);
  await expect(dialog).toHaveCount(0);
  expect(submissions).toEqual(['POST', 'POST']);
});

test('décliner : avis en français ; clic, Espace, Entrée, clic du milieu, Ctrl-clic et Maj-clic ouvrent chaque fois la confirmation, qu’Échap referme', async ({
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE_FR, {
    facts: DECLINE_FACTS,
    settings: settingsIn('fr'),
  });
  const submissions = recordSubmissions(page);
  await expect(byTestId(page, 'guard-verdict')).toHaveText('Refuser', { timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'ITA Ready' })).toHaveText(
    'ITA Ready\u00a0: Refuser',
  );
  await page.locator('#ita-choice').scrollIntoViewIfNeeded();
  await takeScreenshot(page, 'notice-fr');
  await noticeShot(page, 'guard-notice-fr');
  const apply = page.getByRole('button', { name: 'Présenter une demande de résidence permanente' });
  const dialog = byTestId(page, 'guard-dialog');
  const tabsBefore = page.context().pages().length;

  const ways: [string, () => Promise<void>][] = [
    ['un clic', () => apply.click()],
    ['la touche Espace', () => apply.press('Space')],
    ['la touche Entrée', () => apply.press('Enter')],
    ['un clic du milieu', () => apply.click({ button: 'middle' })],
    ['un Ctrl-clic', () => apply.click({ modifiers: ['Control'] })],
    ['un Maj-clic', () => apply.click({ modifiers: ['Shift'] })],
  ];
  for (const [way, press] of ways) {
    await press();
    await expect(dialog, `${way} doit ouvrir la confirmation`).toBeVisible();
    await expect(dialog).toContainText('ITA Ready vous conseille de refuser cette invitation');
    await expect(byTestId(page, 'guard-stay')).toHaveText('Pas maintenant — rester sur cette page');
    await expect(byTestId(page, 'guard-go-on')).toHaveText('Continuer quand même');
    if (way === 'un clic') {
      await takeScreenshot(page, 'confirmation-fr');
      await dialog.screenshot({ path: join(DOCS_SHOTS, 'guard-confirmation-fr.png') });
    }
    await page.keyboard.press('Escape');
    await expect(dialog, `${way} : Échap ferme la confirmation`).toBeHidden();
    await expect(
      apply,
      'après Échap, une touche Entrée égarée ne doit rien envoyer',
    ).not.toBeFocused();
  }
  expect(submissions, 'aucune pression retenue ne doit atteindre le portail').toEqual([]);
  expect(
    page.context().pages().length,
    'aucun onglet ouvert par un clic du milieu ou un Ctrl-clic',
  ).toBe(tabsBefore);
});

test("a page script's click on Apply is not the user's press: it is not held back", async ({
  openPortalPage,
  openOptions,
}) => {
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE, {
    facts: DECLINE_FACTS,
    settings: settingsIn('en'),
  });
  const submissions = recordSubmissions(page);
  await expect(byTestId(page, 'guard')).toHaveAttribute('data-verdict', 'decline', {
    timeout: 15_000,
  });
  // The page's own script (main world), as a portal script could: an untrusted `click()`.
  await Promise.all([
    page.waitForRequest((r) => r.url().endsWith(FORM_TARGET)),
    page.evaluate(() =>
      document.querySelector<HTMLButtonElement>('button[value="apply"]')?.click(),
    ),
  ]);
  expect(submissions, 'the script’s click is not stopped: it is not the user').toEqual(['POST']);
});

test('a failed rules run: the guard says it could not check, instead of the old decline', async ({
  openPortalPage,
  openOptions,
}) => {
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE, {
    facts: DECLINE_FACTS,
    settings: settingsIn('en'),
  });
  await expect(byTestId(page, 'guard')).toHaveAttribute('data-verdict', 'decline', {
    timeout: 15_000,
  });
  // What the background stores when a run fails (entrypoints/background/assess.ts).
  const options = await openOptions();
  await seed(options, {
    assessment: null,
    checkFailure: { at: '2026-11-22T12:00:00.000Z', reason: 'rules-failed', readingAt: null },
  });
  await options.close();
  await expect(byTestId(page, 'guard')).toHaveAttribute('data-verdict', 'failed');
  await expect(byTestId(page, 'guard-verdict')).toHaveText('Could not check');
  await expect(page.getByRole('status').filter({ hasText: 'ITA Ready' })).toHaveText(
    'ITA Ready: Could not check',
  );
  await byTestId(page, 'guard-details').click();
  await expect(byTestId(page, 'guard-failure')).toContainText('stopped on an error');
});

test('review: the notice shows, and no press is held back', async ({
  openPortalPage,
  openOptions,
}) => {
  // No facts: missing facts give warnings, never a decline.
  const page = await openWithFacts(openPortalPage, openOptions, APPLY_PAGE, {
    facts: {},
    settings: settingsIn('en'),
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
  // The page was read and assessed (a decline, which would show a guard beside a continue control).
  const options = await openOptions();
  await expect
    .poll(async () => JSON.stringify(Reflect.get(Object(await storedAll(options)), 'assessment')), {
      message: 'the letter is assessed',
      timeout: 15_000,
    })
    .toContain('"verdict":"decline"');
  await options.close();
  expect(
    await page.locator('ita-ready-guard').count(),
    'no guard element on a page without the control',
  ).toBe(0);
});
