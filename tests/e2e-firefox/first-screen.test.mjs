// Firefox twin of tests/e2e/first-screen.spec.ts: the popup's first screen at its real size (400 ×
// 600), without scrolling, for every kind of answer — each part checked by its box against the
// viewport, no text under 14 px, plain words only (tests/support/plain-words.mjs); in French, no line
// of the English popup left untranslated.
/* global browser, document, getComputedStyle, Node, scrollTo */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
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
const EN = { language: 'en', notifications: false, roundsRefresh: false };
const SIZE = { width: 400, height: 600 };
const ANSWER = ['answer', 'answer-reason', 'next-step'];
const LETTER_ANSWER = [
  ...ANSWER,
  'crs-total',
  'corrected-total',
  'cutoff',
  'countdown',
  'deadline-local',
  'deadline-utc',
];

/** Each test id visible and wholly inside the 400 × 600 popup, unscrolled. */
async function expectOnFirstScreen(popup, ids) {
  await popup.setViewport(SIZE);
  const boxes = await evaluate(
    popup,
    (wanted) => {
      scrollTo(0, 0);
      return wanted.map((id) => {
        const element = document.querySelector(`[data-testid="${id}"]`);
        if (!element) return { id, missing: true };
        const r = element.getBoundingClientRect();
        return { id, top: r.top, bottom: r.bottom, right: r.right, height: r.height };
      });
    },
    'the boxes of the first screen',
    ids,
  );
  for (const box of boxes) {
    assert.ok(!box.missing, `${box.id} must be shown`);
    assert.ok(box.height > 0, `${box.id} must take room`);
    assert.ok(
      box.bottom <= SIZE.height,
      `${box.id} ends at ${Math.round(box.bottom)} px: it must fit in the first ${SIZE.height} px`,
    );
    assert.ok(box.right <= SIZE.width && box.top >= 0, `${box.id} must fit the popup`);
  }
}

/** The smallest font size of any text shown (folded parts opened), and where. */
function smallestText(popup) {
  return evaluate(
    popup,
    () => {
      for (const details of document.querySelectorAll('details')) details.open = true;
      let smallest = { size: Infinity, where: '' };
      for (const element of document.querySelectorAll('main *')) {
        const own = [...element.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        if (!own || element.getClientRects().length === 0 || element.closest('.visually-hidden')) {
          continue;
        }
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (size < smallest.size)
          smallest = { size, where: element.textContent.trim().slice(0, 60) };
      }
      for (const details of document.querySelectorAll('details')) details.open = false;
      return smallest;
    },
    'font sizes',
  );
}

/** Everything the popup says, folded parts opened, the verdict's mark (not a word) left out. */
function allText(popup) {
  return evaluate(
    popup,
    () => {
      const opened = [...document.querySelectorAll('details')].filter((d) => !d.open);
      const signs = [...document.querySelectorAll('[aria-hidden="true"]')];
      for (const details of opened) details.open = true;
      for (const sign of signs) sign.style.display = 'none';
      const text = document.body.innerText;
      for (const details of opened) details.open = false;
      for (const sign of signs) sign.style.display = '';
      return text;
    },
    'the popup text',
  );
}

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
