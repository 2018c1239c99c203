// Pages ITA Ready does not read must leave the popup plainly saying so, never with a number.
import { expect, test } from './support/fixtures';
import { unrelatedPages } from './support/letters';
import { byTestId, popupText, waitForPopupState } from './support/popup';

const NUMBER_WIDGETS = ['crs-total', 'countdown', 'deadline-utc', 'verdict'];

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
