// The documents page in the real extension (Chromium): the checklist from the letter read on the
// portal and the facts, ticks and request dates saved into the facts' `documents` key alone, both
// languages; and the upload preparer turning scans of more than 12 MB into one PDF of at most 4 MB
// at 150 dpi or more, saved through a blob: URL, with no request leaving the machine — and saying
// why nothing was made for an encrypted PDF, an unreadable file or a set that cannot fit.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { pdfImages } from '../support/pdf-images';
import { encryptedPdf, scanJpeg } from '../support/scans';
import { FIXED_NOW, expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { SAMPLE_LETTER } from './support/paths';
import { byTestId } from './support/popup';
import { seed } from './support/storage';

/** Packing 13 MB of scans in a page on a busy two-core machine takes a while. */
const PACK_TIMEOUT = 150_000;

async function openDocuments(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`chrome-extension://${extensionId}/documents.html`, { timeout: 15_000 });
  await expect(byTestId(page, 'checklist')).toBeVisible();
  return page;
}

async function storedFacts(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const api: unknown = Reflect.get(globalThis, 'chrome');
    const storage = api && typeof api === 'object' ? Reflect.get(api, 'storage') : undefined;
    const local =
      storage && typeof storage === 'object' ? Reflect.get(storage, 'local') : undefined;
    const get = local && typeof local === 'object' ? Reflect.get(local, 'get') : undefined;
    if (typeof get !== 'function') throw new Error('no chrome.storage.local.get on this page');
    const all: unknown = await get.call(local, 'facts');
    const facts = all && typeof all === 'object' ? Reflect.get(all, 'facts') : undefined;
    return facts && typeof facts === 'object' ? { ...facts } : {};
  });
}

const FACTS = {
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

const item = (page: Page, key: string) => page.locator(`[data-key="${key}"]`);

test('the checklist: per person, ticks and request dates saved, progress, English and French', async ({
  context,
  extensionId,
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const page = await openDocuments(context, extensionId);
  await seed(page, {
    facts: FACTS,
    settings: { language: 'en', notifications: false, roundsRefresh: false },
  });

  // The sample letter (CEC, November 19, 2026): the last day is January 18, 2027 in Toronto.
  await expect(byTestId(page, 'checklist-deadline')).toHaveText(
    'Last day to submit: January 18, 2027 (57 days left).',
  );
  const headings = page.locator('[data-testid="checklist"] section h3');
  await expect(headings).toHaveText(['You', 'Your spouse or partner', 'Child 1']);
  const progress = byTestId(page, 'checklist-progress');
  await expect(progress).toHaveText(/^\s*1 of \d+ ready$/);
  const total = Number(/of (\d+)/.exec((await progress.textContent()) ?? '')?.[1]);
  await expect(item(page, 'proof-of-funds:candidate'), 'CEC: no funds').toHaveAttribute(
    'data-status',
    'not-needed',
  );

  await item(page, 'passport:candidate').getByLabel('I have it').check();
  await expect(progress).toHaveText(new RegExp(`2 of ${total} ready`));
  await expect(item(page, 'passport:candidate')).toHaveAttribute('data-status', 'have');

  const police = item(page, 'police-certificate:candidate:in');
  await police.getByLabel('Requested on').fill('2026-11-10');
  await expect(police).toContainText(
    'Requested November 10, 2026, 57 days left before the deadline',
  );

  const facts = await storedFacts(page);
  expect(facts.documents, 'the marks, under their keys').toEqual({
    'passport:candidate': { have: true },
    'police-certificate:candidate:in': { requested: '2026-11-10' },
  });
  expect(facts.dateOfBirth, 'nothing else the user entered is touched').toBe('1994-06-02');
  expect(facts.policeCertificates).toEqual(FACTS.policeCertificates);
  await takeScreenshot(page, 'documents-en', { fullPage: true });

  // A fact changed on the options page afterwards keeps the marks, which its form does not show.
  const options = await openOptions();
  await options.locator('[id="dateOfBirth"]').fill('1994-06-03');
  await expect(byTestId(options, 'save-status')).toHaveText(/All changes saved/);
  const after = await storedFacts(page);
  expect(after.dateOfBirth).toBe('1994-06-03');
  expect(after.documents, 'the marks survive a save on the options page').toEqual(facts.documents);
  await options.close();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('h1')).toHaveText('Vos documents');
  await expect(progress).toHaveText(new RegExp(`2 sur ${total} prêts`));
  await expect(police).toContainText('Demandé le 10 novembre 2026');
  await expect(headings).toHaveText(['Vous', 'Votre époux ou conjoint de fait', 'Enfant 1']);
  await takeScreenshot(page, 'documents-fr', { fullPage: true });
});

test.describe('the upload preparer', () => {
  /** Three A4 scans at 300 dpi, the third a little shorter so its page can be told apart. */
  let scans: { name: string; mimeType: string; buffer: Buffer }[] = [];
  test.beforeAll(() => {
    scans = [
      { name: 'page-1.jpg', seed: 31, height: 3508 },
      { name: 'page-2.jpg', seed: 32, height: 3508 },
      { name: 'page-3.jpg', seed: 33, height: 3000 },
    ].map(({ name, seed, height }) => ({
      name,
      mimeType: 'image/jpeg',
      buffer: Buffer.from(scanJpeg({ seed, height })),
    }));
  });

  test('scans over 12 MB become one PDF of at most 4 MB at 150 dpi or more; nothing leaves the machine', async ({
    context,
    extensionId,
    takeScreenshot,
  }) => {
    test.setTimeout(PACK_TIMEOUT + 60_000);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await openDocuments(context, extensionId);

    const total = scans.reduce((sum, s) => sum + s.buffer.length, 0);
    expect(total, 'the test scans must weigh more than 12 MB').toBeGreaterThan(12_000_000);
    await page.locator('#pack-files').setInputFiles(scans);
    const names = page.locator('.pack-file-name');
    await expect(names).toHaveText(['page-1.jpg', 'page-2.jpg', 'page-3.jpg']);

    // The keyboard: the last file moved to the top with Alt + ↑, twice.
    await page.locator('[data-file]').nth(2).locator('[data-action="up"]').focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(names).toHaveText(['page-3.jpg', 'page-1.jpg', 'page-2.jpg']);
    await expect(page.locator('[aria-live="polite"]').first()).toHaveText(
      'page-3.jpg is now file 1 of 3.',
    );

    await byTestId(page, 'pack-make').click();
    await expect(byTestId(page, 'pack-ready')).toHaveText(/^Ready: \d\.\d\u00a0MB, 3 pages\.$/, {
      timeout: PACK_TIMEOUT,
    });
    await takeScreenshot(page, 'documents-pack-ready');
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
  });

  test('nothing is made for an encrypted PDF, an unreadable file, or a set that cannot fit', async ({
    context,
    extensionId,
  }) => {
    test.setTimeout(PACK_TIMEOUT);
    const page = await openDocuments(context, extensionId);
    const input = page.locator('#pack-files');
    const error = byTestId(page, 'pack-error');
    const small = [1, 2].map((seed) => ({
      name: `small-${seed}.jpg`,
      mimeType: 'image/jpeg',
      buffer: Buffer.from(scanJpeg({ seed, width: 1300, height: 1838 })),
    }));

    await input.setInputFiles([
      {
        name: 'locked.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await encryptedPdf()),
      },
    ]);
    await byTestId(page, 'pack-make').click();
    await expect(error).toHaveAttribute('data-code', 'encrypted');
    await expect(error).toContainText('locked.pdf is protected by a password or encryption');
    await expect(byTestId(page, 'pack-save')).toHaveCount(0);

    await page.locator('[data-action="remove"]').click();
    const broken = small[0]?.buffer.subarray(0, 3000) ?? Buffer.alloc(0);
    await input.setInputFiles([
      ...small,
      { name: 'cut.jpg', mimeType: 'image/jpeg', buffer: broken },
    ]);
    await page.locator('#pack-max').fill('0.5');
    await byTestId(page, 'pack-make').click();
    await expect(error).toHaveAttribute('data-code', 'unreadable', { timeout: PACK_TIMEOUT });
    await expect(error).toContainText('cut.jpg could not be read');

    await page.locator('[data-file]').last().locator('[data-action="remove"]').click();
    // A decimal comma, as French writes it.
    await page.locator('#pack-max').fill('0,5');
    await byTestId(page, 'pack-make').click();
    await expect(error).toHaveAttribute('data-code', 'too-big', { timeout: PACK_TIMEOUT });
    await expect(error).toContainText(
      'over the limit of 0.5\u00a0MB. Split them into 2 files: page 1 and page 2.',
    );
    await expect(byTestId(page, 'pack-save')).toHaveCount(0);

    // The user accepts the warning: the set fits below 150 dpi, and the page says which pages are.
    await byTestId(page, 'pack-lower').click();
    await expect(byTestId(page, 'pack-ready')).toHaveText(/2 pages/, { timeout: PACK_TIMEOUT });
    await expect(page.locator('.pack-result .warning')).toHaveCount(2);
  });
});
