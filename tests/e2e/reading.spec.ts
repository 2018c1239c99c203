// An ITA letter served at the real portal address → the content script reads it → the popup shows
// IRCC's total, its breakdown and the countdown to the UTC deadline.
import { FIXED_NOW, expect, test } from './support/fixtures';
import { letterCases, standalone, utcLabel } from './support/letters';
import { byTestId, waitForPopupState } from './support/popup';

const DAY_MS = 24 * 60 * 60 * 1000;

for (const letter of letterCases()) {
  test(`${letter.name}: the popup shows the CRS total and the countdown`, async ({
    openPortalPage,
    openPopup,
    takeScreenshot,
  }) => {
    const page = await openPortalPage(letter.path, letter.absoluteFile);
    await takeScreenshot(page, 'letter');

    const popup = await openPopup();
    await waitForPopupState(popup, ['reading']);
    await takeScreenshot(popup, 'popup', { fullPage: true });

    await expect(
      byTestId(popup, 'crs-total'),
      `crs-total must show ${letter.total}, the total ${letter.file} states`,
    ).toHaveText(standalone(letter.total));
    for (const [key, value] of Object.entries(letter.rows)) {
      await expect(
        byTestId(popup, `crs-row-${key}`),
        `crs-row-${key} must show ${value} from ${letter.file}`,
      ).toHaveText(standalone(value));
    }

    const missing = byTestId(popup, 'missing');
    if (letter.missing.length === 0) {
      await expect(missing, `${letter.file} lacks nothing: no missing section`).toHaveCount(0);
    }
    for (const field of letter.missing) {
      await expect(missing, `the popup must list ${field} as missing`).toContainText(field);
    }
    await expect(
      byTestId(popup, 'problems').locator('li'),
      `the popup must list the ${letter.problems} problem(s) the reader finds in ${letter.file}`,
    ).toHaveCount(letter.problems);

    await expect(
      byTestId(popup, 'deadline-utc'),
      'deadline-utc must state the UTC instant the letter gives',
    ).toContainText(utcLabel(letter.deadline));
    await expect(byTestId(popup, 'deadline-local')).toBeVisible();

    const countdown = byTestId(popup, 'countdown');
    const msLeft = Date.parse(letter.deadline) - FIXED_NOW;
    if (msLeft > 0) {
      const days = Math.floor(msLeft / DAY_MS);
      await expect(
        countdown,
        `at ${new Date(FIXED_NOW).toISOString()} the countdown must show ${days} whole days left`,
      ).toHaveText(standalone(days));
    } else {
      await expect(countdown, 'a deadline in the past must be shown as passed').toHaveText(
        /passed|expired|closed|over|ended/i,
      );
    }
  });
}
