// Firefox twin of tests/e2e/guard-confirm.spec.ts: the guard beside "Apply" on a saved ITA page at
// the portal address; on decline the first real press opens the confirmation and submits nothing;
// "Go on anyway" lets the next press through; a review verdict holds nothing back.
/* global browser, document */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DECLINE_FACTS, LETTER_PATH, ROOT, evaluate, useFirefox, waitUntil } from './harness.mjs';

const TEST = { timeout: 90_000 };
const APPLY_PAGE = join(ROOT, 'tests/unit/guard/pages/ita-letter-apply.html');
const APPLY_PAGE_FR = join(ROOT, 'tests/unit/guard/pages/ita-letter-apply-fr.html');
const FORM_TARGET = '/mycic/eapp/start';
const settings = (language) => ({ language, notifications: false, roundsRefresh: false });

/** Reads inside the guard's shadow root from the page. */
const inGuard = (page, testId, what) =>
  evaluate(
    page,
    (id) => {
      const root = document.querySelector('ita-ready-guard')?.shadowRoot;
      const element = root?.querySelector(`[data-testid="${id}"]`);
      if (!element) return null;
      return {
        text: element.textContent,
        verdict: element.dataset.verdict ?? null,
        open: element.open ?? null,
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
    'decline: first press held back, confirmation shown, "Go on anyway" lets the next press through',
    TEST,
    async () => {
      const { page, submitted } = await openWithFacts(ff, APPLY_PAGE, {
        facts: DECLINE_FACTS,
        settings: settings('en'),
      });
      await waitUntil(
        () => inGuard(page, 'guard', 'the guard'),
        (guard) => guard?.verdict === 'decline',
        15_000,
        'the guard showing decline',
      );
      await ff.takeScreenshot(page, 'guard-notice-en');
      await page.click('button[value="apply"]');
      await waitUntil(
        () => inGuard(page, 'guard-dialog', 'the confirmation'),
        (dialog) => dialog?.open === true,
        5_000,
        'the confirmation opening',
      );
      await ff.takeScreenshot(page, 'guard-confirmation-en');
      assert.deepEqual(submitted, [], 'the held-back press must not reach the portal');
      await page.click('pierce/[data-testid="guard-go-on"]');
      await waitUntil(
        () => inGuard(page, 'guard-dialog', 'the confirmation'),
        (dialog) => dialog === null,
        5_000,
        'the confirmation closing',
      );
      await Promise.all([
        page.waitForRequest((r) => new URL(r.url()).pathname === FORM_TARGET, { timeout: 10_000 }),
        page.click('button[value="apply"]'),
      ]);
      assert.deepEqual(submitted, ['POST'], 'the next press goes through untouched');
    },
  );

  it('en français : avis « Refuser », Échap ferme la confirmation', TEST, async () => {
    const { page, submitted } = await openWithFacts(ff, APPLY_PAGE_FR, {
      facts: DECLINE_FACTS,
      settings: settings('fr'),
    });
    await waitUntil(
      () => inGuard(page, 'guard-verdict', 'the verdict word'),
      (word) => word?.text === 'Refuser',
      15_000,
      'the guard in French',
    );
    await ff.takeScreenshot(page, 'guard-notice-fr');
    await page.click('button[value="apply"]');
    await waitUntil(
      () => inGuard(page, 'guard-dialog', 'the confirmation'),
      (dialog) => dialog?.open === true && /refuser cette invitation/.test(dialog.text),
      5_000,
      'the confirmation in French',
    );
    await ff.takeScreenshot(page, 'guard-confirmation-fr');
    await page.keyboard.press('Escape');
    await waitUntil(
      () => inGuard(page, 'guard-dialog', 'the confirmation'),
      (dialog) => dialog === null,
      5_000,
      'Esc closing the confirmation',
    );
    assert.deepEqual(submitted, []);
  });

  it('review: nothing is held back', TEST, async () => {
    const { page, submitted } = await openWithFacts(ff, APPLY_PAGE, {
      facts: {},
      settings: settings('en'),
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
