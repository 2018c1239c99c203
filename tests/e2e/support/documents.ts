// The document checklist and upload preparer as every extension page that shows them does
// (documents.html and the options page's "Your documents"): the facts the list is made from, the
// first marks and what they must save, the scans the preparer is given, and the packing journey with
// everything it must prove. One copy for both pages.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { pdfImages } from '../../support/pdf-images';
import { scanJpeg } from '../../support/scans';
import { expect } from './fixtures';
import { byTestId } from './popup';
import { storedFacts } from './storage';

/** Packing 13 MB of scans in a page on a busy two-core machine takes a while. */
export const PACK_TIMEOUT = 150_000;

/** One checklist item by its key. */
export const checklistItem = (page: Page, key: string) => page.locator(`[data-key="${key}"]`);

/**
 * Facts for the sample letter's checklist: a spouse and a child, a police certificate from India,
 * a language test, and no work entered (so the list waits on it).
 */
export const CHECKLIST_FACTS = {
  dateOfBirth: '1994-06-02',
  family: { spouse: 'accompanying', children: 1 },
  policeCertificates: [{ country: 'IN', received: false }],
  languageTests: [
    {
      language: 'english',
      test: 'ielts-general',
      resultDate: '2025-08-14',
      scores: { listening: 8.5, reading: 8, writing: 7.5, speaking: 7.5 },
    },
  ],
};

/** The marks markTwoDocuments makes, as the facts' `documents` key holds them. */
export const TWO_MARKS = {
  'passport:candidate': { have: true },
  'police-certificate:candidate:in': { requested: '2026-11-10' },
};

/**
 * On a page showing the sample letter's checklist for CHECKLIST_FACTS, at FIXED_NOW: the deadline
 * in words, then the passport ticked "I have it" and the police certificate given a request date,
 * the progress and the words following each mark, and both marks stored under their keys.
 * Returns how many documents the list counts.
 */
export async function markTwoDocuments(page: Page): Promise<number> {
  // The sample letter (CEC, November 19, 2026): the last day is January 18, 2027 in Toronto.
  await expect(byTestId(page, 'checklist-deadline')).toHaveText(
    'Last day to submit: January 18, 2027 (57 days left).',
  );
  const progress = byTestId(page, 'checklist-progress');
  await expect(progress).toHaveText(/^\s*1 of \d+ ready$/);
  const total = Number(/of (\d+)/.exec((await progress.textContent()) ?? '')?.[1]);

  await checklistItem(page, 'passport:candidate').getByLabel('I have it').check();
  await expect(progress).toHaveText(new RegExp(`2 of ${total} ready`));
  await expect(checklistItem(page, 'passport:candidate')).toHaveAttribute('data-status', 'have');
  const police = checklistItem(page, 'police-certificate:candidate:in');
  await police.getByLabel('Requested on').fill('2026-11-10');
  await expect(police).toContainText(
    'Requested November 10, 2026, 57 days left before the deadline',
  );
  expect((await storedFacts(page)).documents, 'the marks, under their keys').toEqual(TWO_MARKS);
  return total;
}

interface Scan {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

let scans: Scan[] | null = null;

/** Three A4 scans at 300 dpi, the third a little shorter so its page can be told apart (made once). */
export function a4Scans(): Scan[] {
  scans ??= [
    { name: 'page-1.jpg', seed: 31, height: 3508 },
    { name: 'page-2.jpg', seed: 32, height: 3508 },
    { name: 'page-3.jpg', seed: 33, height: 3000 },
  ].map(({ name, seed, height }) => ({
    name,
    mimeType: 'image/jpeg',
    buffer: Buffer.from(scanJpeg({ seed, height })),
  }));
  return scans;
}

/**
 * Scans of more than 12 MB, reordered with the keyboard, become one PDF of at most 4 MB with every
 * page at 150 dpi or more, in the order the user set, saved through a blob: URL; the preparer is
 * loaded on first use and no request leaves the machine. `open` opens the page once the recorder
 * listens; `shot` saves a screenshot of the result.
 */
export async function expectScansPacked(
  context: BrowserContext,
  open: () => Promise<Page>,
  shot?: (page: Page) => Promise<unknown>,
): Promise<void> {
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await open();
  const files = a4Scans();

  const total = files.reduce((sum, s) => sum + s.buffer.length, 0);
  expect(total, 'the test scans must weigh more than 12 MB').toBeGreaterThan(12_000_000);
  await page.locator('#pack-files').setInputFiles(files);
  const names = page.locator('.pack-file-name');
  await expect(names).toHaveText(['page-1.jpg', 'page-2.jpg', 'page-3.jpg']);

  // The keyboard: the last file moved to the top with Alt + ↑, twice.
  await page.locator('[data-file]').nth(2).locator('[data-action="up"]').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(names).toHaveText(['page-3.jpg', 'page-1.jpg', 'page-2.jpg']);
  await expect(byTestId(page, 'pack').locator('[aria-live="polite"]').first()).toHaveText(
    'page-3.jpg is now file 1 of 3.',
  );

  await byTestId(page, 'pack-make').click();
  await expect(byTestId(page, 'pack-ready')).toHaveText(/^Ready: \d\.\d\u00a0MB, 3 pages\.$/, {
    timeout: PACK_TIMEOUT,
  });
  await shot?.(page);
  const save = byTestId(page, 'pack-save');
  await expect(save).toHaveAttribute('href', /^blob:chrome-extension:/);
  const download = page.waitForEvent('download');
  await save.click();
  const file = await (await download).path();
  const pdf = new Uint8Array(readFileSync(file));
  expect(pdf.length, 'the saved PDF fits the 4 MB limit').toBeLessThanOrEqual(4_000_000);
  await expect(byTestId(page, 'pack-ready')).toContainText(
    `${(pdf.length / 1_000_000).toFixed(1)}\u00a0MB`,
  );

  const read = await pdfImages(pdf);
  expect(read.pages, 'page count preserved').toBe(3);
  for (const image of read.images) {
    expect(
      image.dpi,
      `page ${image.page}: ${image.width} px over ${image.pageWidth} pt`,
    ).toBeGreaterThanOrEqual(150);
  }
  const shapes = read.images.map((i) => Number((i.pageHeight / i.pageWidth).toFixed(2)));
  expect(shapes, 'pages in the order the user set: the shorter scan first').toEqual([
    Number((3000 / 2480).toFixed(2)),
    Number((3508 / 2480).toFixed(2)),
    Number((3508 / 2480).toFixed(2)),
  ]);

  expect(
    requests.some((url) => /\/chunks\/pack-[\w-]+\.js$/.test(url)),
    'the recorder sees the page’s own requests (the preparer loaded on first use)',
  ).toBe(true);
  const out = requests.filter((url) => !/^(chrome-extension|blob|data):/.test(url));
  expect(out, 'no request may leave the machine').toEqual([]);
}
