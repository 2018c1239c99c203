// `ita-ready plan --json` for a letter and facts (tests/support/plan-cli.mjs, shared with the
// Firefox suite), and the day the background planned on, read from an extension page.
import type { Page } from '@playwright/test';
import { planDayOf } from '../../support/plan-cli.mjs';
import { storedAll } from './storage';

export { PLAN_FACTS, PLAN_LETTER, planFromCli } from '../../support/plan-cli.mjs';

/** The day the background made the stored plan on (`ifDeclined.on`), read from an extension page. */
export async function storedPlanDay(page: Page): Promise<string> {
  return planDayOf(await storedAll(page));
}
