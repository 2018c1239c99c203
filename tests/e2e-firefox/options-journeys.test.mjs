// The options page in Firefox (twin of tests/e2e/options-journeys.spec.ts): facts typed there change
// the popup's verdict, a saved letter imported there reaches the popup, export → delete → import
// restores everything, and screenshots of the page in English and French.
/* global browser, document, window, location */
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import {
  LETTER_PATH,
  SAMPLE_LETTER,
  chooseFile,
  evaluate,
  setField,
  textOf,
  useFirefox,
  valueOf,
  verdictOf,
  waitForPopupState,
  waitSaved,
  waitText,
  waitUntil,
} from './harness.mjs';

const TEST = { timeout: 90_000 };
const SAMPLE_TOTAL = '512';

/** A one-page ITA letter PDF (the layout of tests/unit/reader/pdf-letter.ts, which is TypeScript). */
async function letterPdf() {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([612, 792]);
  let y = 740;
  const line = (text, x = 50) => page.drawText(text, { x, y, size: 10, font });
  line('Date: November 12, 2026');
  y -= 25;
  line(
    'pleased to invite you to apply for permanent residence under the Canadian Experience Class (CEC).',
  );
  const rows = [
    ['CRS – Human Capital – Age', 105],
    ['CRS – Human Capital – Level of Education', 120],
    ['CRS – Human Capital – First Official Language', 124],
    ['CRS – Human Capital – Canadian Work Experience', 80],
    ['CRS – Skill Transferability – Education', 25],
    ['CRS – Additional – Canadian Education', 30],
  ];
  for (const [label, value] of rows) {
    y -= 15;
    line(label);
    line(String(value), 460);
  }
  y -= 15;
  line('Your overall points score');
  line('484', 460);
  y -= 25;
  line('You must submit a complete application before 01/12/2027 12:00AM UTC time.');
  return Buffer.from(await pdf.save()).toString('base64');
}

async function fillSomeFacts(page) {
  await setField(page, 'dateOfBirth', '1994-06-02');
  await setField(page, 'family.spouse', 'none');
  await setField(page, 'languageTests[0].test', 'ielts-general');
  await setField(page, 'languageTests[0].resultDate', '2025-08-14');
  const scores = { listening: '8.5', reading: '8', writing: '7.5', speaking: '7.5' };
  for (const [ability, score] of Object.entries(scores)) {
    await setField(page, `languageTests[0].scores.${ability}`, score);
  }
  await evaluate(page, () => document.getElementById('work--add').click(), 'adding a work row');
  await waitUntil(
    () => evaluate(page, () => document.activeElement?.id, 'focus'),
    (id) => id === 'work[0].start',
    5_000,
    'the new work row taking the focus',
  );
  await setField(page, 'work[0].start', '2023-02-06');
  await setField(page, 'work[0].ongoing', true);
  await setField(page, 'work[0].hoursPerWeek', '40');
  await setField(page, 'work[0].country', 'CA');
  await setField(page, 'work[0].teer', '1');
  await waitSaved(page);
}

/** Reopens the popup until its verdict is `wanted`. */
async function waitVerdict(ff, wanted) {
  const popup = await ff.openPopup();
  await waitUntil(
    async () => {
      const seen = await verdictOf(popup);
      if (seen !== wanted) await evaluate(popup, () => location.reload(), 'reload').catch(() => 0);
      return seen;
    },
    (seen) => seen === wanted,
    15_000,
    `the popup's verdict becoming ${wanted}`,
  );
  return popup;
}

describe('the options page in Firefox', { timeout: 6 * 60_000 }, () => {
  const ff = useFirefox();

  it('facts typed on the options page change the popup verdict', TEST, async () => {
    await ff.openPortalPage(LETTER_PATH, SAMPLE_LETTER);
    const popup = await ff.openPopup();
    await waitForPopupState(popup, ['reading']);
    const before = await verdictOf(popup);
    assert.ok(before && before !== 'decline', `before any fact the verdict was ${before}`);

    const options = await ff.openOptions();
    await fillSomeFacts(options);
    // A cut-off above the letter's 512: the score is too low for the round.
    await setField(options, 'round.cutoff', '600');
    await waitSaved(options);
    await waitVerdict(ff, 'decline');
  });

  it(
    'a letter imported on the options page (saved page, PDF) reaches the popup',
    TEST,
    async () => {
      const options = await ff.openOptions();
      await chooseFile(
        options,
        'letter-file',
        'ita-letter.html',
        readFileSync(SAMPLE_LETTER, 'utf8'),
      );
      await waitText(options, 'letter-total', new RegExp(`^${SAMPLE_TOTAL}$`), 'the letter read');
      const popup = await ff.openPopup();
      await waitForPopupState(popup, ['reading']);
      assert.match((await textOf(popup, 'crs-total')) ?? '', new RegExp(SAMPLE_TOTAL));

      // The PDF goes through pdf.js's browser build and its bundled worker.
      await chooseFile(options, 'letter-file', 'letter.pdf', await letterPdf(), true);
      await waitText(options, 'letter-total', /^484$/, 'the PDF letter read');
    },
  );

  it('export, delete, import restores everything', TEST, async () => {
    const options = await ff.openOptions();
    await evaluate(
      options,
      () => {
        // Keep what the page exports (the download itself goes to Firefox's downloads).
        const create = URL.createObjectURL.bind(URL);
        window.exported = [];
        URL.createObjectURL = (blob) => {
          window.exported.push(blob);
          return create(blob);
        };
      },
      'watching the export',
    );
    await fillSomeFacts(options);
    await setField(options, 'round.cutoff', '600');
    await waitSaved(options);
    await evaluate(options, () => document.getElementById('data-export').click(), 'export');
    const exported = await waitUntil(
      () => evaluate(options, () => window.exported[0]?.text() ?? null, 'the export'),
      (text) => typeof text === 'string',
      5_000,
      'the export file',
    );
    assert.match(exported, /"cutoff": 600/);

    await evaluate(options, () => document.getElementById('data-delete').click(), 'delete');
    await evaluate(options, () => document.getElementById('data-delete--yes').click(), 'confirm');
    await waitText(options, 'data-status', /All your data was deleted/, 'deleting');
    assert.equal(await valueOf(options, 'dateOfBirth'), '');
    const stored = await evaluate(options, () => browser.storage.local.get('facts'), 'storage');
    assert.ok(!stored.facts || Object.keys(stored.facts).length === 0, 'facts must be gone');

    await chooseFile(options, 'data-import', 'bad.json', '{ not json');
    await waitText(options, 'data-status', /Nothing was changed/, 'refusing a bad file');

    await chooseFile(options, 'data-import', 'ita-ready.json', exported);
    await waitText(options, 'data-status', /Imported/, 'importing');
    assert.equal(await valueOf(options, 'dateOfBirth'), '1994-06-02');
    assert.equal(await valueOf(options, 'languageTests[0].scores.listening'), '8.5');
    assert.equal(await valueOf(options, 'work[0].country'), 'CA');
    assert.equal(await valueOf(options, 'round.cutoff'), '600');
  });

  it('the options page in English and French', TEST, async () => {
    const options = await ff.openOptions();
    await options.setViewport({ width: 1280, height: 2400 }).catch(() => undefined);
    await fillSomeFacts(options);
    assert.equal(
      await textOf(options, 'work-total').then((t) => /Canadian: [\d,]+ h/.test(t)),
      true,
    );
    const top = () => evaluate(options, () => window.scrollTo(0, 0), 'scrolling to the top');
    await top();
    await ff.takeScreenshot(options, 'options-en');
    await setField(options, 'settings.language', 'fr');
    await waitUntil(
      () => evaluate(options, () => document.querySelector('h1')?.textContent, 'h1'),
      (h1) => h1 === 'Vos renseignements',
      5_000,
      'switching to French',
    );
    await top();
    await ff.takeScreenshot(options, 'options-fr');
  });
});
