// The documents page in the real extension (Chromium): the checklist from the letter read on the
// portal and the facts, ticks and request dates saved into the facts' `documents` key alone, both
// languages; and the upload preparer turning scans of more than 12 MB into one PDF of at most 4 MB
// at 150 dpi or more, saved through a blob: URL, with no request leaving the machine — and saying
// why nothing was made for an encrypted PDF, an unreadable file or a set that cannot fit.
import type { Page } from '@playwright/test';
import {
  CHECKLIST_FACTS,
  checklistItem as item,
  expectScansPacked,
  markTwoDocuments,
  PACK_TIMEOUT,
  TWO_MARKS,
} from './support/documents';
import { encryptedPdf, scanJpeg } from '../support/scans';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { SAMPLE_LETTER } from './support/paths';
import { byTestId } from './support/popup';
import { seed, storedFacts } from './support/storage';

/** documents.html, once its checklist is on the page. */
async function openDocuments(openExtensionPage: (file: string) => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('documents.html');
  await expect(byTestId(page, 'checklist')).toBeVisible();
  return page;
}

test('the checklist: per person, ticks and request dates saved, progress, English and French', async ({
  openExtensionPage,
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const page = await openDocuments(openExtensionPage);
  await seed(page, {
    facts: CHECKLIST_FACTS,
    settings: { language: 'en', notifications: false, roundsRefresh: false },
  });

  const headings = page.locator('[data-testid="checklist"] section h3');
  await expect(headings).toHaveText(['You', 'Your spouse or partner', 'Child 1']);
  await expect(item(page, 'proof-of-funds:candidate'), 'CEC: no funds').toHaveAttribute(
    'data-status',
    'not-needed',
  );
  const total = await markTwoDocuments(page);
  const progress = byTestId(page, 'checklist-progress');
  const police = item(page, 'police-certificate:candidate:in');

  const facts = await storedFacts(page);
  expect(facts.dateOfBirth, 'nothing else the user entered is touched').toBe('1994-06-02');
  expect(facts.policeCertificates).toEqual(CHECKLIST_FACTS.policeCertificates);
  await takeScreenshot(page, 'documents-en', { fullPage: true });

  // A fact changed on the options page afterwards keeps the marks, which its form does not show.
  const options = await openOptions();
  await options.locator('[id="dateOfBirth"]').fill('1994-06-03');
  await expect(byTestId(options, 'save-status')).toHaveText(/All changes saved/);
  const after = await storedFacts(page);
  expect(after.dateOfBirth).toBe('1994-06-03');
  expect(after.documents, 'the marks survive a save on the options page').toEqual(TWO_MARKS);
  await options.close();

  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.locator('h1')).toHaveText('Vos documents');
  await expect(progress).toHaveText(new RegExp(`2 sur ${total} prêts`));
  await expect(police).toContainText('Demandé le 10 novembre 2026');
  await expect(headings).toHaveText(['Vous', 'Votre époux ou conjoint de fait', 'Enfant 1']);
  await takeScreenshot(page, 'documents-fr', { fullPage: true });
});

test.describe('the upload preparer', () => {
  test('scans over 12 MB become one PDF of at most 4 MB at 150 dpi or more; nothing leaves the machine', async ({
    context,
    openExtensionPage,
    takeScreenshot,
  }) => {
    test.setTimeout(PACK_TIMEOUT + 60_000);
    await expectScansPacked(
      context,
      () => openDocuments(openExtensionPage),
      (page) => takeScreenshot(page, 'documents-pack-ready'),
    );
  });

  test('nothing is made for an encrypted PDF, an unreadable file, or a set that cannot fit', async ({
    openExtensionPage,
  }) => {
    test.setTimeout(PACK_TIMEOUT);
    const page = await openDocuments(openExtensionPage);
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
