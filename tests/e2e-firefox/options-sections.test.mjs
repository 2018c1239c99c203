// "Your documents" and "What if" on the options page in Firefox (twin of
// tests/e2e/options-documents.spec.ts and options-what-if.spec.ts): the checklist from the letter
// read on the portal, with a tick saved into the facts' `documents` key alone; and the stored plan
// showing the numbers `ita-ready plan --json` gives for the same letter and facts.
/* global browser, document */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PLAN_FACTS, PLAN_LETTER, planDayOf, planFromCli } from '../support/plan-cli.mjs';
import {
  LETTER_PATH,
  SAMPLE_LETTER,
  evaluate,
  seed,
  storedFacts,
  textOf,
  useFirefox,
  waitSaved,
  waitUntil,
} from './harness.mjs';

const TEST = { timeout: 120_000 };
const ENGLISH = { language: 'en', notifications: false, roundsRefresh: false };

/** `data-value` of every `[data-testid]` inside #what-if, by test id. */
const whatIfValues = (page) =>
  evaluate(
    page,
    () =>
      Object.fromEntries(
        [...document.querySelectorAll('#what-if [data-testid][data-value]')].map((el) => [
          el.getAttribute('data-testid'),
          el.getAttribute('data-value'),
        ]),
      ),
    'the What-if numbers',
  );

describe('the options page’s documents and What if in Firefox', { timeout: 5 * 60_000 }, () => {
  const ff = useFirefox();

  it(
    'Your documents: the checklist of the letter read, a tick saved into documents alone',
    TEST,
    async () => {
      await ff.openPortalPage(LETTER_PATH, SAMPLE_LETTER);
      const page = await ff.openOptions();
      await seed(page, {
        facts: {
          dateOfBirth: '1994-06-02',
          family: { spouse: 'none', children: 0 },
          policeCertificates: [{ country: 'IN', received: false }],
        },
        settings: ENGLISH,
      });
      await waitUntil(
        () => textOf(page, 'checklist-deadline'),
        (t) => /^Last day to submit: January 18, 2027 \(/.test(t ?? ''),
        15_000,
        'the letter’s deadline on the options page’s list',
      );
      const heading = await evaluate(
        page,
        () => document.querySelector('section#documents h2')?.textContent ?? null,
        'the section heading',
      );
      assert.equal(heading, 'Your documents');
      const before = await textOf(page, 'checklist-progress');
      const [ready, total] = (/(\d+) of (\d+) ready/.exec(before ?? '') ?? []).slice(1).map(Number);
      assert.ok(total > 0, `the progress reads "${before}"`);
      await evaluate(
        page,
        () => document.getElementById('have-passport--candidate').click(),
        'tick',
      );
      await waitUntil(
        () => textOf(page, 'checklist-progress'),
        (t) => (t ?? '').includes(`${ready + 1} of ${total} ready`),
        10_000,
        'the progress after a tick',
      );
      const facts = await storedFacts(page);
      assert.deepEqual(facts.documents, { 'passport:candidate': { have: true } });
      assert.equal(facts.dateOfBirth, '1994-06-02', 'nothing else the user entered is touched');
      await ff.takeScreenshot(page, 'options-documents');
    },
  );

  it(
    'What if: the numbers of `ita-ready plan --json` for the same letter and facts',
    TEST,
    async () => {
      const page = await ff.openOptions();
      await seed(page, { facts: PLAN_FACTS, settings: ENGLISH });
      await ff.openPortalPage(LETTER_PATH, PLAN_LETTER);
      await waitUntil(
        () => whatIfValues(page),
        (v) => v['plan-margin'] !== undefined,
        15_000,
        'the plan in What if',
      );
      await waitSaved(page);
      const stored = await evaluate(page, () => browser.storage.local.get(null), 'storage');
      const cli = planFromCli(PLAN_LETTER, stored.facts, planDayOf(stored));
      assert.notEqual(cli.margin, null, 'the command line knows the margin');
      const expected = {
        'plan-margin': cli.margin,
        'plan-score': cli.score,
        'plan-cutoff': cli.cutoff,
        ...Object.fromEntries(
          cli.stakes.map((s) => [`plan-stake-${s.claim}-score`, s.scoreIfLower]),
        ),
        ...Object.fromEntries(cli.gains.map((g) => [`plan-gain-${g.change}-score`, g.score])),
        ...Object.fromEntries(cli.gains.map((g) => [`plan-gain-${g.change}-points`, g.gain])),
      };
      const wanted = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, String(v)]));
      const shown = await waitUntil(
        () => whatIfValues(page),
        (v) => Object.entries(wanted).every(([k, value]) => v[k] === value),
        10_000,
        'the What-if numbers matching the command line',
      );
      const stakes = Object.keys(shown).filter((k) => /^plan-stake-.+-score$/.test(k));
      assert.equal(stakes.length, cli.stakes.length, 'every stake of the plan, and no other');
      await ff.takeScreenshot(page, 'options-what-if');
    },
  );
});
