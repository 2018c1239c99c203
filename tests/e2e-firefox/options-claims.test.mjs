// The options page with a letter read, in Firefox (twin of tests/e2e/options-claims.spec.ts and
// options-keyboard.spec.ts): the claims of the sample letter and of two reader fixtures (one scored
// with a spouse, one with a nomination) and the answers they fill in; a complete profile typed with
// the keyboard alone, counted; an impossible date never costs the saved one; the facts file import;
// two options tabs editing in turn.
/* global document */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  LETTER_PATH,
  ROOT,
  SAMPLE_LETTER,
  chooseFile,
  evaluate,
  setField,
  storedFacts,
  textOf,
  useFirefox,
  valueOf,
  waitSaved,
  waitText,
  waitUntil,
} from './harness.mjs';

const TEST = { timeout: 120_000 };
const MOST_KEYS = 120;

const activeId = (page) => evaluate(page, () => document.activeElement?.id ?? '', 'the focus');

/** The words a claim shows (`[data-claim=<key>] dd`), or null when it is not listed. */
const claimText = (page, key) =>
  evaluate(
    page,
    (k) => document.querySelector(`[data-claim="${k}"] dd`)?.textContent ?? null,
    `claim ${key}`,
    key,
  );

const waitValue = (page, id, wanted, what) =>
  waitUntil(
    () => valueOf(page, id),
    (v) => v === wanted,
    10_000,
    what ?? `#${id} becoming ${wanted}`,
  );

const LETTERS = [
  {
    name: 'the sample letter (CEC, single)',
    file: SAMPLE_LETTER,
    claims: {
      spouse: 'not counted (scored as single)',
      age: '20 to 29',
      canadianWorkYears: '2 years',
    },
    filled: {
      'education.level': 'bachelorsOrThreeYear',
      siblingInCanada: 'yes',
      nomination: 'none',
    },
  },
  {
    name: 'a letter scored with a spouse (text-letter)',
    file: join(ROOT, 'tests/fixtures/pages/text-letter.html'),
    claims: {
      spouseEducation: 'Two-year post-secondary program',
      spouseCanadianWorkYears: '1 year',
    },
    filled: { 'education.canadian': 'oneOrTwoYear' },
  },
  {
    name: 'a letter with a nomination (pnp-letter)',
    file: join(ROOT, 'tests/fixtures/pages/pnp-letter.html'),
    claims: { provincialNomination: 'yes', canadianWorkYears: '2 years' },
    filled: { nomination: 'active' },
  },
];

describe('the options page with a letter, in Firefox', { timeout: 10 * 60_000 }, () => {
  const ff = useFirefox();

  for (const letter of LETTERS) {
    it(`what the score rests on: ${letter.name}`, TEST, async () => {
      await ff.openPortalPage(LETTER_PATH, letter.file);
      const options = await ff.openOptions();
      for (const [key, words] of Object.entries(letter.claims)) {
        await waitUntil(
          () => claimText(options, key),
          (t) => t === words,
          10_000,
          `the claim ${key} reading "${words}"`,
        );
      }
      for (const [id, value] of Object.entries(letter.filled)) {
        await waitValue(options, id, value, `#${id} filled in from the letter`);
      }
      if (letter.file === SAMPLE_LETTER) {
        await evaluate(
          options,
          () => document.getElementById('claims')?.scrollIntoView(),
          'showing the claims',
        );
        await ff.takeScreenshot(options, 'options-claims-en');
      }
    });
  }

  it('a complete profile with the keyboard alone, counted', TEST, async () => {
    await ff.openPortalPage(LETTER_PATH, SAMPLE_LETTER);
    const page = await ff.openOptions();
    await waitValue(page, 'education.level', 'bachelorsOrThreeYear', 'the letter filling the form');
    let presses = 0;
    const press = async (key) => {
      await page.keyboard.press(key);
      presses += 1;
    };
    const type = async (text) => {
      await page.keyboard.type(text);
      presses += text.length;
    };
    const answer = async (text) => {
      await type(text);
      await press('Enter');
    };
    const expectFocus = async (id, step) =>
      waitUntil(
        () => activeId(page),
        (a) => a === id,
        5_000,
        `the focus on #${id} after ${step}`,
      );

    await evaluate(page, () => document.activeElement?.blur(), 'starting from the page');
    await press('Tab');
    await press('Enter');
    await expectFocus('family.spouse', 'the first-question link');
    await press('ArrowDown');
    await press('Enter');
    await expectFocus('dateOfBirth', 'the partner');
    await answer('19940602');
    await press('n'); // No
    await press('Enter');
    await answer('0');
    await expectFocus('education.earned', 'the children');
    await press('o'); // Outside Canada
    await press('Enter');
    await answer('20220510');
    await press('n'); // No certificate
    await press('Enter');
    await expectFocus('work--add', 'the certificate');
    await press('Enter');
    await expectFocus('work[0].start', 'Add a work period');
    await answer('20230206');
    await press('Tab');
    await press(' ');
    await press('Enter');
    await answer('40');
    await answer('CA');
    await press('1'); // TEER 1
    await press('Enter');
    await expectFocus('work--add', 'the first period');
    await press('Enter');
    await answer('20190107');
    await answer('20221230');
    await answer('40');
    await answer('IN');
    await press('2'); // TEER 2
    await press('Enter');
    await expectFocus('work--add', 'the second period');
    await press('Tab');
    await expectFocus('languageTests[0].test', 'leaving the work periods');
    await press('ArrowDown');
    await press('Enter');
    await answer('20250814');
    for (const score of ['7', '7', '8', '7']) await answer(score);
    await expectFocus('policeCertificates--add', 'the language test');
    await press('Enter');
    await answer('IN');
    await press('Enter');
    await answer('AE');
    await press('Tab');
    await expectFocus('plannedSubmission', 'the certificates');
    await type('20261201');

    await waitSaved(page);
    const facts = await storedFacts(page);
    assert.equal(facts.dateOfBirth, '1994-06-02');
    assert.equal(facts.plannedSubmission, '2026-12-01');
    assert.deepEqual(
      facts.work.map((w) => [w.start, w.end, w.country, w.teer]),
      [
        ['2023-02-06', null, 'CA', 1],
        ['2019-01-07', '2022-12-30', 'IN', 2],
      ],
    );
    assert.deepEqual(
      facts.policeCertificates.map((p) => p.country),
      ['IN', 'AE'],
    );
    console.log(`Keystrokes for the complete profile in Firefox: ${presses}`);
    assert.ok(presses <= MOST_KEYS, `${presses} key presses: at most ${MOST_KEYS}`);
  });

  it('an impossible date shows an error and never costs the saved date', TEST, async () => {
    const options = await ff.openOptions();
    await setField(options, 'education.earned', 'abroad');
    await setField(options, 'education.ecaIssued', '2022-05-10');
    await waitSaved(options);
    await setField(options, 'education.ecaIssued', '02/30/2026');
    await waitText(options, 'save-status', /^Not saved yet: 1 field needs fixing/, 'the error');
    assert.equal(
      await evaluate(
        options,
        () => document.getElementById('education.ecaIssued').getAttribute('aria-invalid'),
        'aria-invalid',
      ),
      'true',
    );
    assert.match(
      (await textOf(options, 'error-summary')) ?? '',
      /ECA issue date: That month has no day 30\./,
    );
    assert.deepEqual((await storedFacts(options)).education, { ecaIssued: '2022-05-10' });
  });

  it('a facts file in the documented format imports; a misspelt one is refused', TEST, async () => {
    const options = await ff.openOptions();
    const fixture = (name) => readFileSync(join(ROOT, 'tests/fixtures/facts', name), 'utf8');
    await chooseFile(options, 'data-import', 'cec-short-work.json', fixture('cec-short-work.json'));
    await waitText(options, 'data-status', /Imported: your facts are replaced/, 'importing facts');
    const { dateOfBirth } = JSON.parse(fixture('cec-short-work.json'));
    assert.equal(await valueOf(options, 'dateOfBirth'), dateOfBirth, 'the file’s date of birth');
    await chooseFile(options, 'data-import', 'typo.json', fixture('typo.json'));
    await waitText(options, 'data-status', /Nothing was changed: “family\.sise”/, 'the refusal');
  });

  it('two options tabs editing in turn keep what was typed in each', TEST, async () => {
    const first = await ff.openOptions();
    await setField(first, 'dateOfBirth', '1994-06-02');
    const second = await ff.openOptions();
    await waitValue(second, 'dateOfBirth', '1994-06-02', 'the second tab following the first');
    await setField(second, 'family.size', '3');
    await waitValue(first, 'family.size', '3', 'the first tab following the second');
    await setField(first, 'nomination', 'active');
    await setField(second, 'funds.amount', '21000');
    await waitSaved(first);
    await waitSaved(second);
    await waitValue(second, 'nomination', 'active');
    await waitValue(first, 'funds.amount', '21000');
    const facts = await storedFacts(first);
    assert.deepEqual(
      [facts.dateOfBirth, facts.family?.size, facts.nomination, facts.funds?.amount],
      ['1994-06-02', 3, 'active', 21000],
    );
  });
});
