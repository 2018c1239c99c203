// "Your documents" on the options page (Chromium): the checklist from the letter read on the portal
// and the facts, grouped by person, ticks and request dates saved into the facts' `documents` key
// alone (a save of the facts form keeps them), the same wiring as documents.html (a tick on one page
// shows on the other), the facts the list waits on linked to their fields, both languages; and the
// upload preparer turning scans of more than 12 MB into one PDF of at most 4 MB at 150 dpi or more
// on this page, with no request leaving the machine.
import {
  CHECKLIST_FACTS,
  checklistItem as item,
  expectScansPacked,
  markTwoDocuments,
  PACK_TIMEOUT,
  TWO_MARKS,
} from './support/documents';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { SAMPLE_LETTER } from './support/paths';
import { byTestId } from './support/popup';
import { seed, storedFacts } from './support/storage';

test('the checklist on the options page: per person, marks saved alone, one wiring with documents.html, English and French', async ({
  openExtensionPage,
  openPortalPage,
  takeScreenshot,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  // The clock at FIXED_NOW: exact days left.
  const page = await openExtensionPage('options.html');
  await seed(page, {
    facts: CHECKLIST_FACTS,
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

  await expect(section.locator('h3').first()).toHaveText('Document checklist');
  const persons = section.locator('[data-testid="checklist"] section h4');
  await expect(persons).toHaveText(['You', 'Your spouse or partner', 'Child 1']);
  const total = await markTwoDocuments(page);
  const progress = byTestId(page, 'checklist-progress');
  const police = item(page, 'police-certificate:candidate:in');

  // A fact typed in the form afterwards keeps the marks, which the form does not show.
  await page.locator('[id="dateOfBirth"]').fill('1994-06-03');
  await expect(byTestId(page, 'save-status')).toHaveText(/All changes saved/);
  const after = await storedFacts(page);
  expect(after.dateOfBirth).toBe('1994-06-03');
  expect(after.documents, 'the marks survive a save of the form').toEqual(TWO_MARKS);
  expect(after.policeCertificates, 'the certificates the list reads').toEqual(
    CHECKLIST_FACTS.policeCertificates,
  );

  // One wiring: documents.html shows the same marks, and a tick there shows here.
  const focused = await openExtensionPage('documents.html');
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
  openExtensionPage,
  takeScreenshot,
}) => {
  test.setTimeout(PACK_TIMEOUT + 60_000);
  await expectScansPacked(
    context,
    async () => {
      const page = await openExtensionPage('options.html');
      await expect(byTestId(page, 'pack')).toBeVisible();
      return page;
    },
    (page) => takeScreenshot(page, 'options-pack-ready'),
  );
});

test('without a letter, the checklist points to the letter import above it; documents.html to the options page', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await seed(page, { settings: { language: 'en', notifications: false, roundsRefresh: false } });
  const deadline = page.locator('section#documents').getByTestId('checklist-deadline');
  await expect(deadline).toHaveText(
    'Open your ITA letter in your IRCC account, or import it above, so the list knows your program and your deadline.',
  );
  await deadline.getByRole('link', { name: 'import it above' }).click();
  await expect(
    page.locator('[id="letter-file"]'),
    'the link goes to the letter import',
  ).toBeFocused();

  const focused = await openExtensionPage('documents.html');
  await expect(byTestId(focused, 'checklist-deadline')).toHaveText(
    'Open your ITA letter in your IRCC account, or import it on the options page, so the list knows your program and your deadline.',
  );
});
