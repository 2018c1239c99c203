// The popup's first screen, at its real size (400 × 600) and without scrolling, for every kind of
// answer: a letter with no facts, a decline, an expired letter, a score table not read, the account
// home, a failed rules run, and a French letter in French — each part checked by its box against the
// viewport, no text under 14 px, and plain words only. Screenshots for docs/screenshots.md.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionApi } from './support/extension-api';
import { expect, test } from './support/fixtures';
import {
  ANSWER_PARTS,
  LETTER_ANSWER_PARTS,
  allText,
  expectOnFirstScreen,
  smallestText,
} from './support/first-screen';
import { letterCases, letterPage, settingsIn } from '../support/browser-suites.mjs';
import { LETTER_PATH, type PageSource } from './support/network';
import { READER_FIXTURES_DIR, SAMPLE_LETTER, SCREENSHOTS_DIR } from './support/paths';
import { byTestId, waitForPopupState } from './support/popup';
import { DECLINE_FACTS, seed } from './support/storage';
import { ENGLISH_SENTENCES } from '../support/english-sentences';
import { plainWordsProblems } from '../support/plain-words.mjs';

const EN = settingsIn('en');
const FR = { ...EN, language: 'fr' };
const LETTER_2019 = { html: letterPage('ita-letter-2019') };
const LETTER_FR = { html: letterPage('ita-letter-2026-fr') };
const NO_SCORES = { html: letterPage('ita-letter-2026-no-scores') };
const ACCOUNT_HOME = join(READER_FIXTURES_DIR, 'account-home.html');

/** The answer, the scores, the time left and the next step: what the first screen must hold. */
const ANSWER = ANSWER_PARTS;
const LETTER_ANSWER = LETTER_ANSWER_PARTS;

/** Pictures for docs/screenshots.md (copied there by hand when they change). */
const docsShot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS_DIR, 'docs', `${name}.png`) });

/** Opens the popup on `path` after serving `file` there, with `values` stored, and waits for `answer`. */
async function popupFor(
  fixtures: {
    openPortalPage: (p: string, f: PageSource) => Promise<Page>;
    openPopup: () => Promise<Page>;
  },
  file: PageSource,
  answer: string,
  values: Record<string, unknown> = { settings: EN },
  path = LETTER_PATH,
): Promise<Page> {
  const popup = await fixtures.openPopup();
  await seed(popup, values);
  await fixtures.openPortalPage(path, file);
  await popup.bringToFront();
  await expect(
    byTestId(popup, 'answer'),
    `the popup must come to the ${answer} answer`,
  ).toHaveAttribute('data-answer', answer, { timeout: 15_000 });
  return popup;
}

async function expectPlainWords(popup: Page, language: 'en' | 'fr'): Promise<void> {
  expect(plainWordsProblems(await allText(popup), language, ENGLISH_SENTENCES)).toEqual([]);
  const smallest = await smallestText(popup);
  expect(smallest.size, `no text under 14 px (smallest: ${smallest.where})`).toBeGreaterThanOrEqual(
    14,
  );
}

test('a letter with no facts: review, checks done, the cut-off to pick, all on the first screen', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await popupFor({ openPortalPage, openPopup }, SAMPLE_LETTER, 'verdict');
  await expect(byTestId(popup, 'verdict')).toHaveAttribute('data-verdict', 'review');
  await expect(byTestId(popup, 'answer-reason')).toContainText(/\d+ of \d+ checks done/);
  await expect(byTestId(popup, 'crs-total')).toHaveText('512');
  await expect(byTestId(popup, 'cutoff')).toHaveText('not known');
  await expect(byTestId(popup, 'next-step')).toHaveAttribute('data-next', 'pick-round');
  await expectOnFirstScreen(popup, LETTER_ANSWER);
  await expectPlainWords(popup, 'en');
  // Each missing fact once, in one list; never as a card too.
  const facts = await byTestId(popup, 'missing-fact').evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-fact')),
  );
  expect(facts.length, 'the facts the checks wait for are listed').toBeGreaterThan(3);
  expect(new Set(facts).size, 'each fact once').toBe(facts.length);
  await expect(popup.locator('[data-finding-id="facts-missing"]')).toHaveCount(0);
  await docsShot(popup, 'popup-no-facts-en');
});

test('the cut-off typed in the popup is stored in the facts, nothing else changes, and the verdict follows', async ({
  openPortalPage,
  openPopup,
}) => {
  // Facts that leave the score as IRCC counted it, so the cut-off alone decides.
  const others = { policeCertificates: [], nomination: 'none' };
  const popup = await popupFor({ openPortalPage, openPopup }, SAMPLE_LETTER, 'verdict', {
    settings: EN,
    facts: others,
  });
  await byTestId(popup, 'cutoff-typed').fill('600');
  await byTestId(popup, 'cutoff-save').click();
  await expect(byTestId(popup, 'verdict')).toHaveAttribute('data-verdict', 'decline', {
    timeout: 15_000,
  });
  await expect(byTestId(popup, 'cutoff')).toHaveText('600');
  const stored = await popup.evaluate(() => {
    const api: ExtensionApi = Reflect.get(globalThis, 'chrome');
    return api.storage.local.get(null);
  });
  expect(stored.facts, 'only the round changed').toEqual({ ...others, round: { cutoff: 600 } });
});

test('a decline: the verdict, why, the scores against the cut-off, the time left and the next step', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await popupFor({ openPortalPage, openPopup }, SAMPLE_LETTER, 'verdict', {
    settings: EN,
    facts: DECLINE_FACTS,
  });
  await expect(byTestId(popup, 'verdict')).toHaveAttribute('data-verdict', 'decline');
  await expect(byTestId(popup, 'verdict')).toHaveText('Decline');
  await expect(byTestId(popup, 'cutoff')).toHaveText('600');
  await expect(byTestId(popup, 'cutoff-margin')).toHaveText('88 points below the cut-off');
  await expect(byTestId(popup, 'next-step')).toHaveAttribute('data-next', 'decline');
  await expectOnFirstScreen(popup, [...LETTER_ANSWER, 'cutoff-margin', 'answer-why']);
  await expectPlainWords(popup, 'en');
  await docsShot(popup, 'popup-decline-en');
});

test('an expired letter: says first that it can no longer be used, with its last day', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await popupFor({ openPortalPage, openPopup }, LETTER_2019, 'expired');
  await expect(byTestId(popup, 'verdict')).toHaveText('This invitation can no longer be used');
  await expect(byTestId(popup, 'deadline-local')).toContainText('Sunday, September 8, 2019');
  await expect(byTestId(popup, 'countdown')).toHaveText('The deadline has passed.');
  await expect(byTestId(popup, 'next-step')).toHaveAttribute('data-next', 'expired');
  await expect(popup.getByText('Nothing rules you out')).toHaveCount(0);
  await expectOnFirstScreen(popup, [...ANSWER, 'deadline-local', 'countdown', 'deadline-utc']);
  await expectPlainWords(popup, 'en');
  await docsShot(popup, 'popup-expired-en');
});

test('a score table not read: says what was not read and how to get it read', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await popupFor({ openPortalPage, openPopup }, NO_SCORES, 'not-read');
  await expect(byTestId(popup, 'answer-reason')).toHaveText(
    'Not read on your letter: your overall CRS score and the score table. What was not read cannot be checked.',
  );
  await expect(byTestId(popup, 'crs-total')).toHaveText('not read');
  await expect(byTestId(popup, 'next-step')).toHaveAttribute('data-next', 'reopen-letter');
  await expectOnFirstScreen(popup, [...ANSWER, 'crs-total', 'countdown', 'import-link']);
  await expectPlainWords(popup, 'en');
});

test('the account home: the days left it shows and how to get a verdict, never a wait', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await popupFor(
    { openPortalPage, openPopup },
    ACCOUNT_HOME,
    'account-home',
    { settings: EN },
    '/mycic/home',
  );
  await expect(byTestId(popup, 'days-left')).toHaveText('58 days left to submit');
  await expect(byTestId(popup, 'verdict-pending')).toHaveCount(0);
  await expectOnFirstScreen(popup, ['answer', 'days-left', 'next-step', 'import-link']);
  await expectPlainWords(popup, 'en');
  await docsShot(popup, 'popup-account-home-en');
});

test('a failed rules run: "Could not check", why and when, and no verdict', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await popupFor({ openPortalPage, openPopup }, SAMPLE_LETTER, 'verdict');
  // What the background stores when a run fails (entrypoints/background/assess.ts).
  await seed(popup, {
    assessment: null,
    checkFailure: { at: '2026-11-22T12:00:00.000Z', reason: 'rules-failed', readingAt: null },
  });
  await expect(byTestId(popup, 'answer')).toHaveAttribute('data-answer', 'failed');
  await expect(byTestId(popup, 'verdict')).toHaveCount(0);
  await expect(byTestId(popup, 'verdict-failed')).toHaveText('Could not check');
  await expect(byTestId(popup, 'check-failed')).toContainText('stopped on an error');
  await expect(byTestId(popup, 'check-failed')).toContainText('November 22, 2026');
  await expectOnFirstScreen(popup, ['answer', 'answer-reason', 'crs-total', 'countdown']);
  await expectPlainWords(popup, 'en');
});

test('a French letter with the interface in French: French words only, French typography', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await popupFor({ openPortalPage, openPopup }, LETTER_FR, 'verdict', {
    settings: FR,
    facts: DECLINE_FACTS,
  });
  await expect(byTestId(popup, 'popup')).toHaveAttribute('lang', 'fr');
  await expect(byTestId(popup, 'verdict')).toHaveText('Refuser');
  await expect(byTestId(popup, 'crs-total')).toHaveText('512');
  await expect(byTestId(popup, 'countdown')).toContainText('jours');
  await expect(byTestId(popup, 'deadline-local')).toContainText('janvier 2027');
  await expectOnFirstScreen(popup, [...LETTER_ANSWER, 'cutoff-margin']);
  await expectPlainWords(popup, 'fr');
  await docsShot(popup, 'popup-decline-fr');
  // The language switch: English at once, and kept for the next opening.
  await popup.getByRole('button', { name: 'EN' }).click();
  await expect(byTestId(popup, 'popup')).toHaveAttribute('lang', 'en');
  await expect(byTestId(popup, 'verdict')).toHaveText('Decline');
  await popup.reload();
  await waitForPopupState(popup, ['reading']);
  await expect(byTestId(popup, 'popup'), 'the chosen language is saved').toHaveAttribute(
    'lang',
    'en',
  );
});

test('the EN/FR buttons are named by what they show', async ({ openPopup }) => {
  const popup = await openPopup();
  for (const [shown, name] of [
    ['EN', 'English'],
    ['FR', 'Français'],
  ] as const) {
    const button = popup.locator(`[data-language="${shown.toLowerCase()}"]`);
    await expect(button).toHaveText(new RegExp(`^${shown}`));
    await expect(button).toHaveAccessibleName(new RegExp(`^${shown}\\b.*${name}`));
  }
});

// Every letter the tests know (ours and the reader's fixtures), in both languages: whatever the
// letter, the popup says it in plain words.
for (const letter of letterCases()) {
  test(`plain words in English and French: ${letter.name}`, async ({
    openPortalPage,
    openPopup,
  }) => {
    const popup = await openPopup();
    await seed(popup, { settings: EN });
    await openPortalPage(letter.path, letter.page);
    await waitForPopupState(popup, ['reading', 'unreadable']);
    // The verdict, or the plain "could not read", before the words are checked.
    await expect(
      popup.locator('[data-testid="answer"]:not([data-answer="checking"]), .state'),
    ).toBeVisible({ timeout: 15_000 });
    await expectPlainWords(popup, 'en');
    await popup.locator('[data-language="fr"]').click();
    await expect(byTestId(popup, 'popup')).toHaveAttribute('lang', 'fr');
    await expectPlainWords(popup, 'fr');
  });
}
