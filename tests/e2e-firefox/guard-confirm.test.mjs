// Firefox twin of tests/e2e/guard-confirm.spec.ts: the guard beside "Apply" on a saved ITA page at
// the portal address, said by a polite live region; on decline every real press (click, Enter)
// opens the confirmation and submits nothing, after Esc and "Not now" too, until "Go on anyway",
// which holds for this letter after a reload; a page script's click is not the user's; a review
// verdict holds nothing back.
/* global browser, document */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DECLINE_FACTS,
  LETTER_PATH,
  PORTAL_ORIGIN,
  evaluate,
  letterPage,
  settingsIn,
  useFirefox,
  waitUntil,
} from './harness.mjs';

const TEST = { timeout: 90_000 };
const APPLY_PAGE = { html: letterPage('ita-letter-apply') };
const APPLY_PAGE_FR = { html: letterPage('ita-letter-apply-fr') };
const FORM_TARGET = '/mycic/eapp/start';

/** Reads inside the guard's shadow root from the page. */
const inGuard = (page, testId, what) =>
  evaluate(
    page,
    (id) => {
      const root = document.querySelector('ita-ready-guard')?.shadowRoot;
      const element = root?.querySelector(`[data-testid="${id}"]`);
      if (!element) return null;
      const byId = (id) => (id ? (root.getElementById(id)?.textContent ?? null) : null);
      return {
        text: element.textContent,
        verdict: element.dataset.verdict ?? null,
        open: element.open ?? null,
        role: element.getAttribute('role'),
        live: element.getAttribute('aria-live'),
        name: byId(element.getAttribute('aria-labelledby')),
        description: byId(element.getAttribute('aria-describedby')),
      };
    },
    what,
    testId,
  );

async function openWithFacts(ff, file, values) {
  const page = await ff.openPortalPage(LETTER_PATH, file);
  const popup = await ff.openPopup();
  await evaluate(popup, (items) => browser.storage.local.set(items), 'seeding storage', values);
  await popup.close();
  await page.bringToFront();
  const submitted = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === FORM_TARGET) submitted.push(request.method());
  });
  return { page, submitted };
}

describe('in-page guard in Firefox', () => {
  const ff = useFirefox();

  it(
    'decline: every press held back until "Go on anyway" (after Esc and "Not now" too), announced to screen readers; the choice holds after a reload',
    TEST,
    async () => {
      const { page, submitted } = await openWithFacts(ff, APPLY_PAGE, {
        facts: DECLINE_FACTS,
        settings: settingsIn('en'),
      });
      await waitUntil(
        () => inGuard(page, 'guard', 'the guard'),
        (guard) => guard?.verdict === 'decline',
        15_000,
        'the guard showing decline',
      );
      const live = await waitUntil(
        () => inGuard(page, 'guard-announcement', 'the live region'),
        (region) => region?.text === 'ITA Ready: Decline',
        5_000,
        'the live region saying the verdict',
      );
      assert.equal(live.role, 'status');
      assert.equal(live.live, 'polite');
      await ff.takeScreenshot(page, 'guard-notice-en');

      const dialogOpen = () =>
        waitUntil(
          () => inGuard(page, 'guard-dialog', 'the confirmation'),
          (dialog) => dialog?.open === true,
          5_000,
          'the confirmation opening',
        );
      const dialogClosed = () =>
        waitUntil(
          () => inGuard(page, 'guard-dialog', 'the confirmation'),
          (dialog) => dialog === null,
          5_000,
          'the confirmation closing',
        );

      await page.click('button[value="apply"]');
      const dialog = await dialogOpen();
      assert.equal(dialog.name, 'ITA Ready advises you to decline this invitation');
      assert.match(dialog.description ?? '', /Declining costs nothing/);
      await ff.takeScreenshot(page, 'guard-confirmation-en');
      const stay = await inGuard(page, 'guard-stay', 'the safe choice');
      assert.equal(stay?.text, 'Not now — stay on this page');
      await page.click('pierce/[data-testid="guard-stay"]');
      await dialogClosed();

      await page.click('button[value="apply"]');
      await dialogOpen();
      await page.keyboard.press('Escape');
      await dialogClosed();

      await page.focus('button[value="apply"]');
      await page.keyboard.press('Enter');
      await dialogOpen();
      await page.keyboard.press('Escape');
      await dialogClosed();

      // Space: held on its way down, the confirmation opens on its way up and stays open.
      await page.focus('button[value="apply"]');
      await page.keyboard.press(' ');
      await dialogOpen();
      await page.keyboard.press('Escape');
      await dialogClosed();
      assert.deepEqual(submitted, [], 'no held-back press may reach the portal');

      await page.click('button[value="apply"]');
      await dialogOpen();
      await page.click('pierce/[data-testid="guard-go-on"]');
      await dialogClosed();
      await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname === FORM_TARGET, { timeout: 10_000 }),
        page.click('button[value="apply"]'),
      ]);
      assert.deepEqual(submitted, ['POST'], 'after "Go on anyway" the press goes through');

      await page.goto(new URL(LETTER_PATH, PORTAL_ORIGIN).href, { timeout: 15_000 });
      await waitUntil(
        () => inGuard(page, 'guard-released', 'the "you chose to go on" note'),
        (note) => note !== null,
        15_000,
        'the guard remembering "Go on anyway" for this letter',
      );
      await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname === FORM_TARGET, { timeout: 10_000 }),
        page.click('button[value="apply"]'),
      ]);
      assert.deepEqual(submitted, ['POST', 'POST'], 'the same letter again: no confirmation');
    },
  );

  it(
    'en français : avis « Refuser », Échap ferme la confirmation, la suivante la rouvre',
    TEST,
    async () => {
      const { page, submitted } = await openWithFacts(ff, APPLY_PAGE_FR, {
        facts: DECLINE_FACTS,
        settings: settingsIn('fr'),
      });
      await waitUntil(
        () => inGuard(page, 'guard-verdict', 'the verdict word'),
        (word) => word?.text === 'Refuser',
        15_000,
        'the guard in French',
      );
      await ff.takeScreenshot(page, 'guard-notice-fr');
      for (const round of [1, 2]) {
        await page.click('button[value="apply"]');
        await waitUntil(
          () => inGuard(page, 'guard-dialog', 'the confirmation'),
          (dialog) => dialog?.open === true && /refuser cette invitation/.test(dialog.text),
          5_000,
          `the confirmation in French (press ${round})`,
        );
        if (round === 1) await ff.takeScreenshot(page, 'guard-confirmation-fr');
        await page.keyboard.press('Escape');
        await waitUntil(
          () => inGuard(page, 'guard-dialog', 'the confirmation'),
          (dialog) => dialog === null,
          5_000,
          'Esc closing the confirmation',
        );
      }
      assert.deepEqual(submitted, []);
    },
  );

  it("a page script's click on Apply is not the user's press: not held back", TEST, async () => {
    const { page, submitted } = await openWithFacts(ff, APPLY_PAGE, {
      facts: DECLINE_FACTS,
      settings: settingsIn('en'),
    });
    await waitUntil(
      () => inGuard(page, 'guard', 'the guard'),
      (guard) => guard?.verdict === 'decline',
      15_000,
      'the guard showing decline',
    );
    await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === FORM_TARGET, { timeout: 10_000 }),
      evaluate(
        page,
        () => document.querySelector('button[value="apply"]').click(),
        'the page clicking Apply',
      ),
    ]);
    assert.deepEqual(submitted, ['POST']);
  });

  it('review: nothing is held back', TEST, async () => {
    const { page, submitted } = await openWithFacts(ff, APPLY_PAGE, {
      facts: {},
      settings: settingsIn('en'),
    });
    await waitUntil(
      () => inGuard(page, 'guard', 'the guard'),
      (guard) => guard?.verdict === 'review',
      15_000,
      'the guard showing review',
    );
    await Promise.all([
      page.waitForRequest((r) => new URL(r.url()).pathname === FORM_TARGET, { timeout: 10_000 }),
      page.click('button[value="apply"]'),
    ]);
    assert.deepEqual(submitted, ['POST']);
  });
});
