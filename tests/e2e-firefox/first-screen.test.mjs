// Firefox twin of tests/e2e/first-screen.spec.ts: the popup's first screen at its real size (400 ×
// 600), without scrolling, for every kind of answer — each part checked by its box against the
// viewport, no text under 14 px, plain words only (tests/support/plain-words.mjs); in French, no line
// of the English popup left untranslated.
/* global browser, document */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  ANSWER_PARTS,
  allTextInPage,
  firstScreenInPage,
  firstScreenProblems,
  LETTER_ANSWER_PARTS,
  POPUP_SIZE,
  settingsIn,
  smallestTextInPage,
} from '../support/browser-suites.mjs';
import { plainWordsProblems } from '../support/plain-words.mjs';
import {
  DECLINE_FACTS,
  LETTER_PATH,
  READER_FIXTURES_DIR,
  SAMPLE_LETTER,
  evaluate,
  letterPage,
  textOf,
  useFirefox,
  waitUntil,
} from './harness.mjs';

const TEST = { timeout: 90_000 };
const EN = settingsIn('en');
const ANSWER = ANSWER_PARTS;
const LETTER_ANSWER = LETTER_ANSWER_PARTS;

/** Each test id shown and wholly inside the 400 × 600 popup, unscrolled. */
async function expectOnFirstScreen(popup, ids) {
  await popup.setViewport(POPUP_SIZE);
  const screen = await evaluate(popup, firstScreenInPage, 'the first screen', ids);
  assert.deepEqual(firstScreenProblems(screen), [], 'the first screen');
}

const smallestText = (popup) => evaluate(popup, smallestTextInPage, 'font sizes');
const allText = (popup) => evaluate(popup, allTextInPage, 'the popup text');

async function expectPlainWords(popup, language, english = []) {
  assert.deepEqual(plainWordsProblems(await allText(popup), language, english), []);
  const smallest = await smallestText(popup);
  assert.ok(smallest.size >= 14, `no text under 14 px (smallest: ${smallest.where})`);
}

const answerOf = (popup) =>
  evaluate(
    popup,
    () => document.querySelector('[data-testid="answer"]')?.getAttribute('data-answer') ?? null,
    'the answer',
  );

describe('the popup’s first screen in Firefox', () => {
  const ff = useFirefox();

  /** Stores `values`, serves `file` at `path`, and waits for the popup's `answer`. */
  async function popupFor(file, answer, values = { settings: EN }, path = LETTER_PATH) {
    const popup = await ff.openPopup();
    await evaluate(popup, (items) => browser.storage.local.set(items), 'seeding', values);
    await ff.openPortalPage(path, file);
    await waitUntil(
      () => answerOf(popup),
      (a) => a === answer,
      15_000,
      `the ${answer} answer`,
    );
    return popup;
  }

  it('a letter with no facts: review, checks done, the cut-off to pick', TEST, async () => {
    const popup = await popupFor(SAMPLE_LETTER, 'verdict');
    assert.match((await textOf(popup, 'answer-reason')) ?? '', /\d+ of \d+ checks done/);
    assert.equal(await textOf(popup, 'cutoff'), 'not known');
    await expectOnFirstScreen(popup, LETTER_ANSWER);
    await expectPlainWords(popup, 'en');
    await ff.takeScreenshot(popup, 'popup-no-facts-en');
  });

  it(
    'a decline: verdict, why, scores against the cut-off, time left, next step',
    TEST,
    async () => {
      const popup = await popupFor(SAMPLE_LETTER, 'verdict', {
        settings: EN,
        facts: DECLINE_FACTS,
      });
      assert.equal(await textOf(popup, 'verdict'), 'Decline');
      assert.equal(await textOf(popup, 'cutoff-margin'), '88 points below the cut-off');
      await expectOnFirstScreen(popup, [...LETTER_ANSWER, 'cutoff-margin']);
      await expectPlainWords(popup, 'en');
      await ff.takeScreenshot(popup, 'popup-decline-en');
    },
  );

  it('an expired letter: can no longer be used, with its last day', TEST, async () => {
    const popup = await popupFor({ html: letterPage('ita-letter-2019') }, 'expired');
    assert.equal(await textOf(popup, 'verdict'), 'This invitation can no longer be used');
    assert.match((await textOf(popup, 'deadline-local')) ?? '', /September 8, 2019/);
    await expectOnFirstScreen(popup, [...ANSWER, 'deadline-local', 'countdown']);
    await expectPlainWords(popup, 'en');
  });

  it('a score table not read: what was not read, and how to get it read', TEST, async () => {
    const popup = await popupFor({ html: letterPage('ita-letter-2026-no-scores') }, 'not-read');
    assert.match((await textOf(popup, 'answer-reason')) ?? '', /your overall CRS score/);
    await expectOnFirstScreen(popup, [...ANSWER, 'crs-total', 'countdown', 'import-link']);
    await expectPlainWords(popup, 'en');
  });

  it('the account home: the days left, and how to get a verdict', TEST, async () => {
    const popup = await popupFor(
      join(READER_FIXTURES_DIR, 'account-home.html'),
      'account-home',
      { settings: EN },
      '/mycic/home',
    );
    assert.equal(await textOf(popup, 'days-left'), '58 days left to submit');
    await expectOnFirstScreen(popup, ['answer', 'days-left', 'next-step']);
    await expectPlainWords(popup, 'en');
  });

  it('a failed rules run: "Could not check", why and when, no verdict', TEST, async () => {
    const popup = await popupFor(SAMPLE_LETTER, 'verdict');
    await evaluate(popup, (items) => browser.storage.local.set(items), 'a failed run', {
      assessment: null,
      checkFailure: { at: '2026-11-22T12:00:00.000Z', reason: 'rules-failed', readingAt: null },
    });
    await waitUntil(
      () => answerOf(popup),
      (a) => a === 'failed',
      10_000,
      'the failed answer',
    );
    assert.equal(await textOf(popup, 'verdict'), null, 'no verdict, not even the older one');
    assert.equal(await textOf(popup, 'verdict-failed'), 'Could not check');
    await expectOnFirstScreen(popup, ['answer', 'answer-reason', 'crs-total', 'countdown']);
    await expectPlainWords(popup, 'en');
  });

  it(
    'a French letter in French: no line of the English popup left, French typography',
    TEST,
    async () => {
      const popup = await popupFor({ html: letterPage('ita-letter-2026-fr') }, 'verdict', {
        settings: EN,
        facts: DECLINE_FACTS,
      });
      const english = (await allText(popup))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.split(/\s+/).length >= 4);
      await evaluate(popup, () => document.querySelector('[data-language="fr"]')?.click(), 'FR');
      await waitUntil(
        () => textOf(popup, 'verdict'),
        (v) => v === 'Refuser',
        5_000,
        'Refuser',
      );
      assert.match((await textOf(popup, 'countdown')) ?? '', /jours/);
      await expectOnFirstScreen(popup, [...LETTER_ANSWER, 'cutoff-margin']);
      await expectPlainWords(popup, 'fr', english);
      await ff.takeScreenshot(popup, 'popup-decline-fr');
    },
  );
});
