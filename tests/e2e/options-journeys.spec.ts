// The options page in the real extension (Chromium): facts typed there change the popup's verdict,
// an ITA letter imported as a saved page or a PDF reaches the popup, export → delete → import
// restores everything, and the page in English and French is saved as screenshots.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { letterPdf } from '../unit/reader/pdf-letter';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { SAMPLE_LETTER } from './support/paths';
import { byTestId, waitForPopupState } from './support/popup';

/** The sample letter (samples/ita-letter.html): CEC, CRS 512. */
const SAMPLE_TOTAL = 512;

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);

async function waitSaved(page: Page): Promise<void> {
  await expect(byTestId(page, 'save-status'), 'the options page must say it saved').toHaveText(
    /All changes saved|Toutes les modifications sont enregistrées/,
  );
}

/**
 * Reopens the popup until its verdict is `wanted` (or, with `not`, anything else): the worker
 * re-assesses a moment after each change.
 */
async function expectVerdict(
  openPopup: () => Promise<Page>,
  wanted: string,
  not = false,
): Promise<Page> {
  const deadline = Date.now() + 15_000;
  let seen: string | null;
  for (;;) {
    const popup = await openPopup();
    seen = await byTestId(popup, 'verdict')
      .getAttribute('data-verdict', { timeout: 3_000 })
      .catch(() => null);
    if (seen !== null && (seen === wanted) !== not) return popup;
    await popup.close();
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the popup's verdict stayed "${seen}", expected ${not ? 'not ' : ''}"${wanted}"`);
}

async function fillSomeFacts(page: Page): Promise<void> {
  await field(page, 'dateOfBirth').fill('1994-06-02');
  await field(page, 'family.spouse').selectOption('none');
  await field(page, 'languageTests[0].test').selectOption('ielts-general');
  await field(page, 'languageTests[0].resultDate').fill('2025-08-14');
  const scores = { listening: '8.5', reading: '8', writing: '7.5', speaking: '7.5' };
  for (const [ability, score] of Object.entries(scores)) {
    await field(page, `languageTests[0].scores.${ability}`).fill(score);
  }
  await page.getByRole('button', { name: 'Add a work period' }).click();
  await expect(field(page, 'work[0].start'), 'a new row takes the focus').toBeFocused();
  await field(page, 'work[0].start').fill('2023-02-06');
  await field(page, 'work[0].ongoing').check();
  await field(page, 'work[0].hoursPerWeek').fill('40');
  await field(page, 'work[0].country').fill('CA');
  await field(page, 'work[0].teer').selectOption('1');
  await field(page, 'nomination').selectOption('none');
  await waitSaved(page);
}

test('facts typed on the options page change the popup verdict', async ({
  openPortalPage,
  openPopup,
  openOptions,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const before = await openPopup();
  await waitForPopupState(before, ['reading']);
  await expect(byTestId(before, 'verdict')).toBeVisible();
  await expect(byTestId(before, 'verdict')).not.toHaveAttribute('data-verdict', 'decline');
  await before.close();

  const options = await openOptions();
  await fillSomeFacts(options);
  // A cut-off above the letter's 512 makes the score too low for the round: decline.
  await field(options, 'round.cutoff').fill('600');
  await waitSaved(options);
  const popup = await expectVerdict(openPopup, 'decline');
  await expect(popup.locator('body')).toContainText('600');

  // Back to a cut-off the score clears: no longer decline for that reason.
  await field(options, 'round.cutoff').fill('500');
  await waitSaved(options);
  await expectVerdict(openPopup, 'decline', true);
});

test('an ITA letter imported as a saved page or a PDF reaches the popup', async ({
  openOptions,
  openPopup,
}, testInfo) => {
  const options = await openOptions();
  await field(options, 'letter-file').setInputFiles(SAMPLE_LETTER);
  await expect(byTestId(options, 'letter-total')).toHaveText(String(SAMPLE_TOTAL));
  const popup = await openPopup();
  await waitForPopupState(popup, ['reading']);
  await expect(byTestId(popup, 'crs-total')).toContainText(String(SAMPLE_TOTAL));

  const pdf = testInfo.outputPath('letter.pdf');
  writeFileSync(pdf, await letterPdf());
  await field(options, 'letter-file').setInputFiles(pdf);
  await expect(byTestId(options, 'letter-total'), 'the PDF letter states 484').toHaveText('484');

  await field(options, 'letter-file').setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('just some notes'),
  });
  await expect(byTestId(options, 'letter-status')).toContainText('Could not read notes.txt');
});

test('export, delete, import restores everything', async ({
  openPortalPage,
  openOptions,
  openPopup,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const options = await openOptions();
  await fillSomeFacts(options);
  await field(options, 'round.cutoff').fill('600');
  await waitSaved(options);

  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export all my data' }).click();
  const file = await (await download).path();
  const exported: unknown = JSON.parse(readFileSync(file, 'utf8'));
  expect(JSON.stringify(exported)).toContain('"cutoff":600');

  await options.getByRole('button', { name: 'Delete all my data' }).click();
  await expect(field(options, 'data-delete--no')).toBeFocused();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(byTestId(options, 'data-status')).toContainText('All your data was deleted.');
  await expect(field(options, 'dateOfBirth')).toHaveValue('');
  const empty = await openPopup();
  await waitForPopupState(empty, ['empty']);
  await empty.close();

  // A bad file changes nothing and says why.
  await field(options, 'data-import').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ not json'),
  });
  await expect(byTestId(options, 'data-status')).toContainText('Nothing was changed');

  await field(options, 'data-import').setInputFiles(file);
  await expect(byTestId(options, 'data-status')).toContainText('Imported');
  await expect(field(options, 'dateOfBirth')).toHaveValue('1994-06-02');
  await expect(field(options, 'languageTests[0].scores.listening')).toHaveValue('8.5');
  await expect(field(options, 'work[0].country')).toHaveValue('CA');
  await expect(field(options, 'round.cutoff')).toHaveValue('600');
  await options.reload();
  await expect(field(options, 'round.cutoff'), 'still there after a reload').toHaveValue('600');
  await expectVerdict(openPopup, 'decline');
});

test('the options page in English and French, and links to a field', async ({
  openOptions,
  takeScreenshot,
  context,
  extensionId,
}) => {
  const options = await openOptions();
  await fillSomeFacts(options);
  await field(options, 'family.size').fill('two');
  await expect(field(options, 'family.size--error')).toContainText('whole number');
  // Said only once the draft is written, so a page opened from now on finds what was typed.
  await expect(byTestId(options, 'save-status')).toContainText('Not saved yet');
  await expect(field(options, 'languageTests[0].scores.listening--extra')).toHaveText('CLB 10');
  await takeScreenshot(options, 'options-en');

  await field(options, 'settings.language').selectOption('fr');
  await expect(options.locator('h1')).toHaveText('Vos renseignements');
  await expect(options.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(field(options, 'family.size--error')).toContainText('nombre entier');
  await takeScreenshot(options, 'options-fr');

  // The popup links a finding to its field: options.html#education.ecaIssued.
  const linked = await context.newPage();
  await linked.goto(`chrome-extension://${extensionId}/options.html#education.ecaIssued`);
  await expect(field(linked, 'education.ecaIssued')).toBeFocused();
  await expect(field(linked, 'family.size'), 'the draft keeps what was typed').toHaveValue('two');
});

test('two options tabs editing in turn keep what was typed in each', async ({ openOptions }) => {
  const first = await openOptions();
  await field(first, 'dateOfBirth').fill('1994-06-02');
  // Opened at once, before the first tab's quiet time is over: it follows the first tab's save.
  const second = await openOptions();
  await expect(
    field(second, 'dateOfBirth'),
    'the second tab shows the first tab’s typing',
  ).toHaveValue('1994-06-02');
  await field(second, 'family.size').fill('3');
  await expect(field(first, 'family.size'), 'the first tab follows the second').toHaveValue('3');
  await expect(field(first, 'dateOfBirth'), 'and keeps its own').toHaveValue('1994-06-02');

  // Each edits a field in turn; neither save undoes the other's.
  await field(first, 'nomination').selectOption('active');
  await field(second, 'funds.amount').fill('21000');
  await waitSaved(first);
  await waitSaved(second);
  await expect(field(second, 'nomination')).toHaveValue('active');
  await expect(field(first, 'funds.amount')).toHaveValue('21000');
  for (const page of [first, second]) {
    await page.reload();
    await expect(field(page, 'dateOfBirth')).toHaveValue('1994-06-02');
    await expect(field(page, 'family.size')).toHaveValue('3');
    await expect(field(page, 'nomination')).toHaveValue('active');
    await expect(field(page, 'funds.amount')).toHaveValue('21000');
  }
});
