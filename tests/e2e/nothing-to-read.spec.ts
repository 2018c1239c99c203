// Pages ITA Ready does not read must leave the popup plainly saying so, never with a number.
import { expect, test } from './support/fixtures';
import { unrelatedPages } from '../support/browser-suites.mjs';
import { byTestId, popupText, waitForPopupState } from './support/popup';

const NUMBER_WIDGETS = ['crs-total', 'countdown', 'deadline-utc', 'verdict'];

/** An IRCC page with nothing to read (tests/support/browser-suites.mjs). */
function helpPage(): string {
  const first = unrelatedPages()[0];
  if (!first) throw new Error('tests/support/browser-suites.mjs lists no unrelated page');
  return first.file;
}

test('before any IRCC page is opened, the popup is empty', async ({
  openPopup,
  takeScreenshot,
}) => {
  const popup = await openPopup();
  await waitForPopupState(popup, ['empty'], 5_000);
  await takeScreenshot(popup, 'popup', { fullPage: true });
  for (const id of NUMBER_WIDGETS) await expect(byTestId(popup, id)).toHaveCount(0);
  expect(await popupText(popup), 'the empty popup must say something').not.toBe('');
});

for (const { name, file } of unrelatedPages()) {
  test(`an unrelated portal page (${name}): the popup says there is nothing to read`, async ({
    openPortalPage,
    openPopup,
    takeScreenshot,
  }) => {
    await openPortalPage('/mycic/help', file);
    const popup = await openPopup();
    await waitForPopupState(popup, ['nothing-to-read']);
    await takeScreenshot(popup, 'popup', { fullPage: true });

    for (const id of NUMBER_WIDGETS) {
      await expect(byTestId(popup, id), `${id} must not appear for ${name}`).toHaveCount(0);
    }
    const text = await popupText(popup);
    expect(text, 'the popup must say something plain').not.toBe('');
    // Numbers on our help page (a phone number, a session length) are not scores.
    for (const number of ['1200', '242-2100']) expect(text).not.toContain(number);
  });
}

test('"Copy page structure" asks the IRCC tab for it only when pressed (/structure.js)', async ({
  openPortalPage,
  openPopup,
}) => {
  const page = await openPortalPage('/mycic/help', helpPage());
  const popup = await openPopup();
  await waitForPopupState(popup, ['nothing-to-read']);
  // The popup is a tab here: put the IRCC page in front, as it is behind the real popup.
  await page.bringToFront();
  await byTestId(popup, 'copy-structure').click();
  // Copied, or (a tab in the background may not write to the clipboard) shown to copy by hand:
  // either way the structure came back from the page, labels and layout only.
  const shown = popup.locator('.copy-structure textarea');
  await expect(popup.getByText(/^Copied\.|^Could not copy\./)).toBeVisible({ timeout: 10_000 });
  if (await shown.count()) {
    const structure = await shown.inputValue();
    expect(structure).toContain('body');
    expect(structure, 'no digit leaves the page').not.toMatch(/\d/);
  }
});

test('"Copy page structure" with no IRCC page in front: a plain line, no dead button', async ({
  openPortalPage,
  openPopup,
}) => {
  await openPortalPage('/mycic/help', helpPage());
  const popup = await openPopup(); // the popup's own tab is in front: not an IRCC page
  await waitForPopupState(popup, ['nothing-to-read']);
  await byTestId(popup, 'copy-structure').click();
  await expect(byTestId(popup, 'copy-structure-unavailable')).toContainText(
    'Open the page again in your IRCC account',
  );
  await expect(byTestId(popup, 'copy-structure')).toHaveCount(0);
});
