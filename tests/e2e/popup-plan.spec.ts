// The popup and `ita-ready plan --json` give the same numbers for the same letter and facts: the
// margin on the first screen and the first stake's score in "What is at stake". The background plans
// on its own day, which the test reads from the stored plan and gives the command line as --today.
import { settingsIn } from '../support/browser-suites.mjs';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { PLAN_FACTS, PLAN_LETTER, planFromCli, storedPlanDay } from './support/plan-cli';
import { byTestId } from './support/popup';
import { seed } from './support/storage';

test('the popup and `ita-ready plan --json` give the same margin and the same first stake', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await openPopup();
  await seed(popup, {
    facts: PLAN_FACTS,
    settings: settingsIn('en'),
  });
  await openPortalPage(LETTER_PATH, PLAN_LETTER);
  await popup.bringToFront();
  await expect(byTestId(popup, 'plan-summary')).toBeVisible({ timeout: 15_000 });
  const cli = planFromCli(PLAN_LETTER, PLAN_FACTS, await storedPlanDay(popup));

  expect(cli.margin, 'the command line knows the margin').not.toBeNull();
  await expect(byTestId(popup, 'cutoff-margin')).toHaveAttribute('data-value', String(cli.margin));
  await expect(byTestId(popup, 'corrected-total')).toHaveText(String(cli.score));

  // The popup lists the stakes that cost points, in the plan's order.
  const first = cli.stakes.find((s) => cli.score !== null && s.scoreIfLower < cli.score);
  expect(first, 'the plan has a stake that costs points').toBeDefined();
  const shown = popup.locator('[data-testid="plan-stakes"] > li').first();
  await expect(shown).toHaveAttribute('data-testid', `plan-stake-${first?.claim}`);
  await expect(byTestId(popup, `plan-stake-${first?.claim}-score`)).toHaveAttribute(
    'data-value',
    String(first?.scoreIfLower),
  );
});
