// Firefox twin of tests/e2e/popup-verdict.spec.ts: a saved letter at the portal address + facts in
// storage → the popup's decline verdict first with its reason, the other findings by severity, the
// scores against the cut-off, and the EN/FR switch; screenshots in both languages.
/* global browser, document */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DECLINE_FACTS,
  LETTER_PATH,
  SAMPLE_LETTER,
  evaluate,
  settingsIn,
  textOf,
  useFirefox,
  verdictOf,
  waitForPopupState,
  waitUntil,
} from './harness.mjs';

const TEST = { timeout: 90_000 };
const SETTINGS_EN = settingsIn('en');

describe('popup in Firefox', () => {
  const ff = useFirefox();

  it(
    'letter + facts → decline first with its reason, other findings by severity, scores vs cut-off, EN and FR',
    TEST,
    async () => {
      await ff.openPortalPage(LETTER_PATH, SAMPLE_LETTER);
      const popup = await ff.openPopup();
      await waitForPopupState(popup, ['reading']);
      await evaluate(popup, (items) => browser.storage.local.set(items), 'seeding facts', {
        facts: DECLINE_FACTS,
        settings: SETTINGS_EN,
      });
      // The popup watches storage: the worker's new verdict shows without reopening.
      await waitUntil(
        () => verdictOf(popup),
        (v) => v === 'decline',
        15_000,
        'the decline verdict',
      );
      assert.equal(await textOf(popup, 'verdict'), 'Decline', 'the verdict is said in words');
      assert.equal(
        await textOf(popup, 'answer-reason'),
        'Your corrected score is below the cut-off',
        'the first reason to decline is the answer’s reason',
      );
      const severities = await evaluate(
        popup,
        () =>
          [...document.querySelectorAll('[data-testid="finding"]')].map((f) => f.dataset.severity),
        'finding severities',
      );
      const rank = { decline: 0, warning: 1, info: 2 };
      assert.deepEqual(
        severities,
        [...severities].sort((a, b) => rank[a] - rank[b]),
        'cards ordered by severity',
      );
      assert.equal(await textOf(popup, 'crs-total'), '512');
      assert.equal(await textOf(popup, 'corrected-total'), '512');
      assert.equal(await textOf(popup, 'cutoff'), '600');
      await ff.takeScreenshot(popup, 'popup-verdict-en');

      await evaluate(
        popup,
        () => document.querySelector('[data-language="fr"]')?.click(),
        'switching to French',
      );
      await waitUntil(
        () => textOf(popup, 'verdict'),
        (text) => text === 'Refuser',
        5_000,
        'the verdict in French',
      );
      await ff.takeScreenshot(popup, 'popup-verdict-fr');
      const saved = await evaluate(popup, () => browser.storage.local.get('settings'), 'settings');
      assert.equal(saved.settings?.language, 'fr', 'the chosen language is saved');
    },
  );
});
