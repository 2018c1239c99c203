// The popup and `ita-ready plan --json` give the same numbers for the same letter and facts: the
// margin on the first screen and the first stake's score in "What is at stake". The background plans
// on its own day, which the test reads from the stored plan and gives the command line as --today.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from 'zod';
import type { ExtensionApi } from './support/extension-api';
import { settingsIn } from '../support/browser-suites.mjs';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { READER_FIXTURES_DIR, ROOT } from './support/paths';
import { byTestId } from './support/popup';
import { seed } from './support/storage';

const LETTER = join(READER_FIXTURES_DIR, 'cec-letter-2026.html');
const CLI = join(ROOT, 'dist/cli/ita-ready.mjs');
/** The documented facts file, with a cut-off typed so that the margin is known. */
const FACTS = {
  ...JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/facts/cec-short-work.json'), 'utf8')),
  round: { cutoff: 490 },
};

/** The day the background planned on, from the stored assessment. */
const storedPlanDay = z.object({
  assessment: z.object({ plan: z.object({ ifDeclined: z.object({ on: z.string() }) }) }),
});

interface CliPlan {
  margin: number | null;
  score: number | null;
  stakes: { claim: string; scoreIfLower: number }[];
}

function planFromCli(today: string): CliPlan {
  if (!existsSync(CLI))
    throw new Error('No command line at dist/cli: run `npm run build:cli` first.');
  const dir = mkdtempSync(join(tmpdir(), 'ita-ready-plan-'));
  try {
    const facts = join(dir, 'facts.json');
    writeFileSync(facts, JSON.stringify(FACTS));
    const out = execFileSync(
      process.execPath,
      [
        join(ROOT, 'bin/ita-ready.mjs'),
        'plan',
        LETTER,
        '--facts',
        facts,
        '--today',
        today,
        '--json',
      ],
      { encoding: 'utf8' },
    );
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the popup and `ita-ready plan --json` give the same margin and the same first stake', async ({
  openPortalPage,
  openPopup,
}) => {
  const popup = await openPopup();
  await seed(popup, {
    facts: FACTS,
    settings: settingsIn('en'),
  });
  await openPortalPage(LETTER_PATH, LETTER);
  await popup.bringToFront();
  await expect(byTestId(popup, 'plan-summary')).toBeVisible({ timeout: 15_000 });
  const stored = await popup.evaluate(() => {
    const api: ExtensionApi = Reflect.get(globalThis, 'chrome');
    return api.storage.local.get(null);
  });
  const parsed = storedPlanDay.safeParse(stored);
  expect(
    parsed.success,
    `the stored plan says the day it was made: ${JSON.stringify(stored).slice(0, 300)}`,
  ).toBe(true);
  const today = parsed.success ? parsed.data.assessment.plan.ifDeclined.on : '';
  const cli = planFromCli(today);

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
