// A letter printed to PDF by a browser, read through the PDF front door (lib/reader/pdf.ts): each
// page below is printed by Debian's Chromium (print-to-PDF, what a user's "Save as PDF" makes), its
// text taken out with pdf.js, and read; the reading must be the page's own expected reading.
// printed-letter.html is laid out for it: the invitation breaks after "invite" and the deadline
// after "before". Not every fixture: the account home's narrow columns do not survive printing,
// and stale-style-letter.html shows another copy in print on purpose. Skipped where no
// Chromium is installed.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readText } from '../../../lib/reader';
import { pdfToText } from '../../../lib/reader/pdf';
import { fixtureHtml, PAGES_DIR } from './dom';
import { HAS_CHROMIUM, launchPlainChromium } from './plain-chromium';

const PRINTED = [
  'printed-letter',
  'footnote-letter',
  'pre-letter',
  'pre-letter-fr',
  'french-letter',
  'leader-letter',
  'profile-breakdown',
  'unknown-row-letter',
];
let browser: Browser;

async function printed(name: string): Promise<string> {
  const page = await browser.newPage();
  try {
    await page.setContent(fixtureHtml(name), { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'Letter' });
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return await pdfToText(new Uint8Array(pdf), pdfjs);
  } finally {
    await page.close();
  }
}

describe.skipIf(!HAS_CHROMIUM)('a letter printed to PDF by Chromium', () => {
  beforeAll(async () => {
    browser = await launchPlainChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(PRINTED)(
    '%s reads as its expected JSON from its PDF',
    { timeout: 60_000 },
    async (name) => {
      const text = await printed(name);
      const expected: unknown = JSON.parse(
        readFileSync(new URL(`${name}.expected.json`, PAGES_DIR), 'utf8'),
      );
      expect(
        readText(text),
        `${name}.html printed to PDF no longer reads as ${name}.expected.json; the PDF's text:\n${text}`,
      ).toEqual(expected);
    },
  );

  it('the printed letter wraps its sentences where the test needs them', async () => {
    const lines = (await printed('printed-letter')).split('\n');
    expect(
      lines.some((l) => /pleased to invite$/.test(l)),
      'a line ends with "invite"',
    ).toBe(true);
    expect(
      lines.some((l) => /application before$/.test(l)),
      'a line ends with "before"',
    ).toBe(true);
  });
});
