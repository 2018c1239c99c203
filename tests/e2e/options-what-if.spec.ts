// "What if" on the options page (Chromium): the stored plan shows the numbers `ita-ready plan --json`
// gives for the same letter and facts (the margin, each stake's score, each gain's score and points,
// the score if declined), in English and French; without a letter, one line says what is missing;
// and a cut-off the popup saves while the options page has typing waiting to be saved survives
// that page's save.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { SAMPLE_LETTER } from './support/paths';
import { PLAN_FACTS, PLAN_LETTER, planFromCli, storedPlanDay } from './support/plan-cli';
import { byTestId } from './support/popup';
import { seed, storedFacts } from './support/storage';

const ENGLISH = { language: 'en', notifications: false, roundsRefresh: false };

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const inWhatIf = (page: Page, id: string) => page.locator(`#what-if [data-testid="${id}"]`);
/** The data-testid of each row of a table of the section, in order. */
const rows = (page: Page, prefix: string) =>
  page
    .locator(`#what-if tr[data-testid^="${prefix}"]`)
    .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')));

test('the What-if section shows the numbers of `ita-ready plan --json` for the same letter and facts', async ({
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  const page = await openOptions();
  await seed(page, { facts: PLAN_FACTS, settings: ENGLISH });
  await openPortalPage(LETTER_PATH, PLAN_LETTER);
  await page.bringToFront();
  await expect(inWhatIf(page, 'plan-margin')).toBeVisible({ timeout: 15_000 });
  await expect(byTestId(page, 'save-status')).toHaveText('All changes saved.');

  // The command line on the facts as stored (the options page saves them again once the letter is
  // read, as its form holds them) and on the day the background planned on.
  const cli = planFromCli(PLAN_LETTER, await storedFacts(page), await storedPlanDay(page));
  expect(cli.margin, 'the command line knows the margin').not.toBeNull();
  await expect(inWhatIf(page, 'plan-margin')).toHaveAttribute('data-value', String(cli.margin));
  await expect(inWhatIf(page, 'plan-score')).toHaveAttribute('data-value', String(cli.score));
  await expect(inWhatIf(page, 'plan-cutoff')).toHaveAttribute('data-value', String(cli.cutoff));

  expect(cli.stakes.length, 'the letter has claims at stake').toBeGreaterThan(0);
  expect(await rows(page, 'plan-stake-'), 'every stake, in the plan’s order').toEqual(
    cli.stakes.map((s) => `plan-stake-${s.claim}`),
  );
  for (const stake of cli.stakes) {
    await expect(
      inWhatIf(page, `plan-stake-${stake.claim}-score`),
      `the score if ${stake.claim} dropped a level`,
    ).toHaveAttribute('data-value', String(stake.scoreIfLower));
  }

  expect(cli.gains.length, 'the facts leave gains to list').toBeGreaterThan(0);
  expect(await rows(page, 'plan-gain-'), 'every gain, in the plan’s order').toEqual(
    cli.gains.map((g) => `plan-gain-${g.change}`),
  );
  for (const gain of cli.gains) {
    await expect(inWhatIf(page, `plan-gain-${gain.change}-score`)).toHaveAttribute(
      'data-value',
      String(gain.score),
    );
    await expect(inWhatIf(page, `plan-gain-${gain.change}-points`)).toHaveAttribute(
      'data-value',
      String(gain.gain),
    );
  }
  if (cli.ifDeclined.score !== null) {
    await expect(inWhatIf(page, 'plan-declined-score')).toHaveAttribute(
      'data-value',
      String(cli.ifDeclined.score),
    );
  }
  // Each heading of the recent rounds sits over its column: on the same side as the values below.
  const recent = inWhatIf(page, 'plan-recent-rounds');
  await expect(recent.locator('tbody tr').first()).toBeVisible();
  const sides = await recent.evaluate((table) =>
    [...table.querySelectorAll('thead th')].map((heading, column) => {
      const cell = table.querySelector(`tbody tr > :nth-child(${column + 1})`);
      return {
        heading: heading.textContent,
        over: getComputedStyle(heading).textAlign,
        under: cell ? getComputedStyle(cell).textAlign : null,
      };
    }),
  );
  expect(
    sides.filter((s) => s.over !== s.under),
    'a heading aligned apart from its column',
  ).toEqual([]);
  await expect(page.locator('nav a[href="#what-if"]')).toHaveText('What if');
  await page.locator('#what-if').scrollIntoViewIfNeeded();
  await takeScreenshot(page, 'what-if-en');

  await field(page, 'settings.language').selectOption('fr');
  await expect(page.locator('#what-if h2')).toHaveText('Et si…');
  await expect(page.locator('nav a[href="#what-if"]')).toHaveText('Et si…');
  await expect(inWhatIf(page, 'plan-margin')).toHaveAttribute('data-value', String(cli.margin));
  await expect(inWhatIf(page, 'plan-margin')).toContainText('au-dessus');
  await takeScreenshot(page, 'what-if-fr');
});

test('without a letter, What if says what is missing and where to give it, in English and French', async ({
  openOptions,
}) => {
  const page = await openOptions();
  await seed(page, { settings: ENGLISH });
  const line = inWhatIf(page, 'what-if-missing');
  await expect(line).toHaveAttribute('data-state', 'no-letter');
  await expect(line).toContainText('No ITA letter has been read yet');
  await expect(line.getByRole('link')).toHaveAttribute('href', '#letter');
  await line.getByRole('link').click();
  await expect(field(page, 'letter-file'), 'the link goes to the letter import').toBeFocused();

  await field(page, 'settings.language').selectOption('fr');
  await expect(line).toContainText('Aucune lettre d’invitation n’a encore été lue');
  await expect(line.getByRole('link')).toHaveText('Importer votre lettre d’invitation');
});

test('a cut-off the popup saves while the options page has typing waiting survives its save', async ({
  openPortalPage,
  openPopup,
  openOptions,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const popup = await openPopup();
  await seed(popup, { facts: { dateOfBirth: '1994-06-02' }, settings: ENGLISH });
  // The sample letter's round is not in the bundled rounds: the popup asks for the cut-off.
  await expect(byTestId(popup, 'cutoff-choice')).toBeVisible({ timeout: 15_000 });

  const options = await openOptions();
  await expect(field(options, 'dateOfBirth')).toHaveValue('1994-06-02');
  // A first save, so a draft is stored (the popup never writes it).
  await field(options, 'nomination').selectOption('none');
  await expect(byTestId(options, 'save-status')).toHaveText('All changes saved.');
  // From here the options page's timers wait for the test: what is typed next is not saved yet.
  await options.clock.install();
  await field(options, 'family.children').fill('0');
  await expect(byTestId(options, 'save-status')).toHaveText('Saving…');

  // The popup's own form, typed into and sent without moving the focus: a click there would take
  // it from the options page, which then saves at once (and there would be nothing waiting).
  const typed = byTestId(popup, 'cutoff-typed');
  await typed.evaluate((input: HTMLInputElement) => {
    input.value = '500';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  // Sent once the popup has taken the value in (its next render).
  await typed.evaluate((input: HTMLInputElement) => input.form?.requestSubmit());
  await expect
    .poll(async () => (await storedFacts(popup)).round, { message: 'the popup saves the cut-off' })
    .toEqual({ cutoff: 500 });
  expect(
    (await storedFacts(popup)).family,
    'the options page’s typing is not saved yet',
  ).toBeUndefined();
  // The options page shows the popup's cut-off at once, and keeps what is typed.
  await expect(field(options, 'round.cutoff')).toHaveValue('500');
  await expect(field(options, 'family.children')).toHaveValue('0');

  await options.clock.runFor(2_000);
  await expect(byTestId(options, 'save-status')).toHaveText('All changes saved.');
  const after = await storedFacts(options);
  expect(after.round, 'the options page must not write back its older round').toEqual({
    cutoff: 500,
  });
  expect(after.family, 'what was typed there is saved').toMatchObject({ children: 0 });
  expect(after.nomination).toBe('none');
  await expect(inWhatIf(options, 'plan-cutoff')).toHaveAttribute('data-value', '500', {
    timeout: 15_000,
  });
});
