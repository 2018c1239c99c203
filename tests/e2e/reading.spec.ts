// An ITA letter served at the real portal address → the content script reads it → the popup shows
// IRCC's total, its breakdown and the countdown to the UTC deadline; and for a letter that lacks
// some of them, lists what is missing and shows no number in their place.
import { FIXED_NOW, expect, test } from './support/fixtures';
import { letterCases, standalone } from './support/letters';
import { byTestId, waitForPopupState } from './support/popup';

const DAY_MS = 24 * 60 * 60 * 1000;

for (const letter of letterCases()) {
  // A letter with neither a total nor a deadline cannot be judged: the popup may call it unreadable.
  const complete = letter.total !== null && letter.deadline !== null;
  const title = complete
    ? 'the popup shows the CRS total and the countdown'
    : 'the popup lists what is missing and shows no number in its place';
  test(`${letter.name}: ${title}`, async ({ openPortalPage, openPopup, takeScreenshot, web }) => {
    const page = await openPortalPage(letter.path, letter.absoluteFile);
    await takeScreenshot(page, 'letter');

    const popup = await openPopup();
    await waitForPopupState(popup, complete ? ['reading'] : ['reading', 'unreadable']);
    await takeScreenshot(popup, 'popup', { fullPage: true });

    const total = byTestId(popup, 'crs-total');
    if (letter.total === null) {
      await expect(
        total.filter({ hasText: /[0-9]/ }),
        `${letter.file} states no total: crs-total must show no number`,
      ).toHaveCount(0);
    } else {
      await expect(
        total,
        `crs-total must show ${letter.total}, the total ${letter.file} states`,
      ).toHaveText(standalone(letter.total));
    }
    for (const [key, value] of Object.entries(letter.rows)) {
      await expect(
        byTestId(popup, `crs-row-${key}`),
        `crs-row-${key} must show ${value} from ${letter.file}`,
      ).toHaveText(standalone(value));
    }
    for (const field of letter.missing.filter((name) => name.startsWith('crs.rows.'))) {
      const row = byTestId(popup, `crs-row-${field.slice('crs.rows.'.length)}`);
      await expect(row, `${field} is not on the page: its row must show no number`).toHaveText(
        /^[^0-9]*$/,
      );
    }

    const missing = byTestId(popup, 'missing');
    if (letter.missing.length === 0) {
      await expect(missing, `${letter.file} lacks nothing: no missing section`).toHaveCount(0);
    }
    for (const field of letter.missing) {
      // Named in words; the reading's name is kept in data-field, never shown.
      await expect(
        missing.locator(`[data-field="${field}"]`),
        `the popup must list ${field} as missing`,
      ).toHaveCount(1);
    }
    await expect(
      byTestId(popup, 'problems').locator('li'),
      `the popup must list the ${letter.problems} problem(s) the reader finds in ${letter.file}`,
    ).toHaveCount(letter.problems);

    if (letter.selfContained) {
      // The page loads nothing itself, so any request that left the browser came from the extension
      // (SPEC: no network unless the user turns the rounds feed on).
      expect(web.blocked, 'the extension must not reach the network').toEqual([]);
    }

    const countdown = byTestId(popup, 'countdown');
    if (letter.deadline === null) {
      await expect(countdown, `${letter.file} gives no deadline: no countdown`).toHaveCount(0);
      await expect(byTestId(popup, 'deadline-utc')).toHaveCount(0);
      return;
    }
    await expect(
      byTestId(popup, 'deadline-utc').locator('time'),
      'deadline-utc must state the UTC instant the letter gives',
    ).toHaveAttribute('datetime', letter.deadline);
    await expect(byTestId(popup, 'deadline-utc')).toContainText('UTC');
    await expect(byTestId(popup, 'deadline-local')).toBeVisible();

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
