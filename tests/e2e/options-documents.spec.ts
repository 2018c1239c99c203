// "Your documents" on the options page (Chromium): the checklist from the letter read on the portal
// and the facts, grouped by person, ticks and request dates saved into the facts' `documents` key
// alone (a save of the facts form keeps them), the same wiring as documents.html (a tick on one page
// shows on the other), the facts the list waits on linked to their fields, both languages; and the
// upload preparer turning scans of more than 12 MB into one PDF of at most 4 MB at 150 dpi or more
// on this page, with no request leaving the machine.
import type { BrowserContext, Page } from '@playwright/test';
import {
  checklistItem as item,
  expectScansPacked,
  PACK_TIMEOUT,
  storedFacts,
} from './support/documents';
import { FIXED_NOW, expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { SAMPLE_LETTER } from './support/paths';
import { byTestId } from './support/popup';
import { seed } from './support/storage';

/** An extension page (the options page unless told) with the clock at FIXED_NOW: exact days left. */
async function openAt(
  context: BrowserContext,
  extensionId: string,
  file = 'options.html',
): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXED_NOW);
  await page.goto(`chrome-extension://${extensionId}/${file}`, { timeout: 15_000 });
  return page;
}

/** No work entered: the list waits on it, and says so with a link to the field. */
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

test('the checklist on the options page: per person, marks saved alone, one wiring with documents.html, English and French', async ({
  context,
  extensionId,
  openPortalPage,
  takeScreenshot,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const page = await openAt(context, extensionId);
  await seed(page, {
    facts: FACTS,
    settings: { language: 'en', notifications: false, roundsRefresh: false },
  });
  const section = page.locator('section#documents');

  // In the contents list, after the facts, in the page's order.
  const contents = page.locator('nav li a');
  await expect(contents.filter({ hasText: 'Your documents' })).toHaveAttribute(
    'href',
    '#documents',
  );
  const order = await contents.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const onPage = await page
    .locator('main > section[id], main > form > section[id]')
    .evaluateAll((sections) => sections.map((s) => `#${s.id}`));
  expect(order, 'the contents list names every part of the page, in its order').toEqual(onPage);

  // The sample letter (CEC, November 19, 2026): the last day is January 18, 2027 in Toronto.
  await expect(byTestId(page, 'checklist-deadline')).toHaveText(
    'Last day to submit: January 18, 2027 (57 days left).',
  );
  await expect(section.locator('h3').first()).toHaveText('Document checklist');
  const persons = section.locator('[data-testid="checklist"] section h4');
  await expect(persons).toHaveText(['You', 'Your spouse or partner', 'Child 1']);
  const progress = byTestId(page, 'checklist-progress');
  await expect(progress).toHaveText(/^\s*1 of \d+ ready$/);
  const total = Number(/of (\d+)/.exec((await progress.textContent()) ?? '')?.[1]);

  await item(page, 'passport:candidate').getByLabel('I have it').check();
  await expect(progress).toHaveText(new RegExp(`2 of ${total} ready`));
  const police = item(page, 'police-certificate:candidate:in');
  await police.getByLabel('Requested on').fill('2026-11-10');
  await expect(police).toContainText(
    'Requested November 10, 2026, 57 days left before the deadline',
  );
  const marks = {
    'passport:candidate': { have: true },
    'police-certificate:candidate:in': { requested: '2026-11-10' },
  };
  expect((await storedFacts(page)).documents, 'the marks, under their keys').toEqual(marks);

  // A fact typed in the form afterwards keeps the marks, which the form does not show.
  await page.locator('[id="dateOfBirth"]').fill('1994-06-03');
  await expect(byTestId(page, 'save-status')).toHaveText(/All changes saved/);
  const after = await storedFacts(page);
  expect(after.dateOfBirth).toBe('1994-06-03');
  expect(after.documents, 'the marks survive a save of the form').toEqual(marks);
  expect(after.policeCertificates, 'the certificates the list reads').toEqual(
    FACTS.policeCertificates,
  );

  // One wiring: documents.html shows the same marks, and a tick there shows here.
  const focused = await openAt(context, extensionId, 'documents.html');
  await expect(item(focused, 'passport:candidate')).toHaveAttribute('data-status', 'have');
  await item(focused, 'digital-photo:candidate').getByLabel('I have it').check();
  await expect(progress).toHaveText(new RegExp(`3 of ${total} ready`));
  await focused.close();

  // What the list waits on links to its field on this page (not a new tab).
  const missing = byTestId(page, 'checklist-missing').getByRole('link', {
    name: 'Work periods',
  });
  await expect(missing).toHaveAttribute('href', '#work');
  await expect(missing).not.toHaveAttribute('target', /.+/);
  await missing.click();
  await expect(
    page.locator('section#work :focus'),
    'the link moves the focus to the work periods',
  ).toHaveCount(1);

  await takeScreenshot(page, 'options-documents-en', { fullPage: true });

  await page.locator('[id="settings.language"]').selectOption('fr');
  await expect(section.locator('h2')).toHaveText('Vos documents');
  await expect(contents.filter({ hasText: 'Vos documents' })).toHaveAttribute('href', '#documents');
  await expect(progress).toHaveText(new RegExp(`3 sur ${total} prêts`));
  await expect(police).toContainText('Demandé le 10 novembre 2026');
  await expect(persons).toHaveText(['Vous', 'Votre époux ou conjoint de fait', 'Enfant 1']);
  await takeScreenshot(page, 'options-documents-fr', { fullPage: true });
});

test('the upload preparer on the options page: scans over 12 MB become one PDF of at most 4 MB at 150 dpi or more; nothing leaves the machine', async ({
  context,
  extensionId,
  takeScreenshot,
}) => {
  test.setTimeout(PACK_TIMEOUT + 60_000);
  await expectScansPacked(
    context,
    async () => {
      const page = await openAt(context, extensionId);
      await expect(byTestId(page, 'pack')).toBeVisible();
      return page;
    },
    (page) => takeScreenshot(page, 'options-pack-ready'),
  );
});
