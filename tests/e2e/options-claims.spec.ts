// The options page with a letter read (Chromium): what the letter's points rest on for the sample
// letter and two reader fixtures (one scored with a spouse, one with a nomination), the form
// pre-filled and shortened by it; an impossible date never costs the saved one; a facts file in the
// documented format imports, and a wrong one is refused naming the field, in English and French.
// Screenshots for docs/screenshots.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import * as z from 'zod/mini';
import { parseProfile, score } from '../../lib/crs';
import { CRS_ROW_KEYS } from '../../lib/reader/types';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { ROOT, SAMPLE_LETTER, SCREENSHOTS_DIR } from './support/paths';
import { byTestId } from './support/popup';
import { storedFacts } from './support/storage';

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const claim = (page: Page, key: string) => page.locator(`[data-claim="${key}"] dd`);

/**
 * The sample letter with its 16 rows and total replaced by the CRS of a fixture profile (scored by
 * lib/crs on the letter's date): a letter whose truth is known. Returns the file written.
 */
function letterFromProfile(profileFile: string, dir: string): string {
  const parsed = parseProfile(
    JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/profiles', profileFile), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${profileFile}: ${parsed.errors.join('; ')}`);
  const scored = score(parsed.profile, '2026-11-19');
  const numbers = [...CRS_ROW_KEYS.map((key) => scored.rows[key]), scored.total];
  let i = 0;
  const html = readFileSync(SAMPLE_LETTER, 'utf8').replace(
    /(<td>CRS – [^<]+<\/td>\s*<td>|<td>Your overall points score<\/td>\s*<td>)\d+(<\/td>)/g,
    (_m, before: string, after: string) => `${before}${numbers[i++] ?? ''}${after}`,
  );
  if (i !== numbers.length)
    throw new Error(`the sample letter has ${i} numbers, not ${numbers.length}`);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `letter-${profileFile.replace(/\.json$/, '')}.html`);
  writeFileSync(file, html);
  return file;
}

/** Small, stable-named pictures for docs/screenshots.md. */
const docsShot = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS_DIR, 'docs', `${name}.png`) });

async function waitSaved(page: Page): Promise<void> {
  await expect(byTestId(page, 'save-status'), 'the options page must say it saved').toHaveText(
    /All changes saved|Toutes les modifications sont enregistrées/,
  );
}

interface LetterCase {
  name: string;
  /** The letter's page, or a letter to write first (one whose truth is known). */
  file: string | ((dir: string) => string);
  /** Claims (data-claim key) and the words each must show: one value, or some of several. */
  claims: Record<string, RegExp | string[]>;
  /** Fields filled in from the letter, and their value. */
  filled: Record<string, string>;
  /** Fields that do not apply to this letter's candidate (not on the page). */
  absent: string[];
}

const LETTERS: LetterCase[] = [
  {
    name: 'the sample letter (CEC, single)',
    file: SAMPLE_LETTER,
    claims: {
      spouse: /^not counted \(scored as single\)$/,
      age: /^20 to 29$/,
      education: /^Bachelor’s degree or three-year program$/,
      canadianWorkYears: /^2 years$/,
      siblingInCanada: /^yes$/,
      firstLanguageClb: /^CLB\/NCLC 9 in all four abilities$/,
    },
    filled: {
      'education.level': 'bachelorsOrThreeYear',
      'education.canadian': 'oneOrTwoYear',
      siblingInCanada: 'yes',
      nomination: 'none',
    },
    absent: ['funds.amount'],
  },
  {
    name: 'a letter scored with a spouse, written from tests/fixtures/profiles/couple-bilingual.json',
    file: (dir) => letterFromProfile('couple-bilingual.json', dir),
    claims: {
      spouse: /^counted: coming with you to Canada$/,
      age: ['18', '31'],
      spouseEducation: /^Bachelor’s degree or three-year program$/,
      spouseCanadianWorkYears: /^none$/,
      spouseLanguageClb: ['CLB/NCLC 7 or 8 in all four abilities'],
    },
    filled: { 'family.spouse': 'accompanying', spouseEducation: 'bachelorsOrThreeYear' },
    absent: [],
  },
  {
    name: 'a letter scored with a spouse whose rows do not all fit (reader fixture text-letter)',
    file: join(ROOT, 'tests/fixtures/pages/text-letter.html'),
    claims: {
      spouse: /^not told by your letter/,
      spouseEducation: /^Two-year post-secondary program$/,
      spouseCanadianWorkYears: /^1 year$/,
      canadianEducation: /^One- or two-year credential$/,
    },
    // Whether the spouse counts is not certain here: their factors are shown, not filled in.
    filled: { 'education.canadian': 'oneOrTwoYear' },
    absent: ['funds.amount'],
  },
  {
    name: 'a letter with a provincial nomination (reader fixture pnp-letter)',
    file: join(ROOT, 'tests/fixtures/pages/pnp-letter.html'),
    claims: {
      provincialNomination: /^yes$/,
      canadianWorkYears: /^2 years$/,
      age: /^20 to 29$/,
    },
    filled: { nomination: 'active' },
    absent: [],
  },
];

for (const letter of LETTERS) {
  test(`what the score rests on: ${letter.name}`, async ({
    openPortalPage,
    openOptions,
  }, testInfo) => {
    const file = typeof letter.file === 'string' ? letter.file : letter.file(testInfo.outputDir);
    await openPortalPage(LETTER_PATH, file);
    const options = await openOptions();
    for (const [key, words] of Object.entries(letter.claims)) {
      if (words instanceof RegExp) {
        await expect(claim(options, key), `the claim ${key}`).toHaveText(words);
        continue;
      }
      for (const value of words) {
        const item = claim(options, key)
          .locator('li')
          .filter({ hasText: new RegExp(`^${value}$`) });
        await expect(item, `the claim ${key} lists "${value}" among its values`).toHaveCount(1);
      }
    }
    for (const [id, value] of Object.entries(letter.filled)) {
      await expect(field(options, id), `#${id} is filled in from the letter`).toHaveValue(value);
      await expect(options.locator(`label[for="${id}"]`)).toContainText('from your letter');
    }
    for (const id of letter.absent) {
      await expect(field(options, id), `#${id} does not apply: not on the page`).toHaveCount(0);
    }
    await waitSaved(options);
    const facts = await storedFacts(options);
    if (letter.filled.nomination === 'active') expect(facts.nomination).toBe('active');
  });
}

test('the page shortened by the letter, in English and French (screenshots)', async ({
  openPortalPage,
  openOptions,
  takeScreenshot,
}) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const options = await openOptions();
  await options.setViewportSize({ width: 1000, height: 1100 });
  await expect(claim(options, 'age')).toHaveText('20 to 29');
  await field(options, 'family.spouse').selectOption('none');
  // No partner: none of the partner's questions is left on the page.
  for (const id of ['spouseEducation', 'spouseCanadianWorkYears', 'spouseLanguageTest.test'])
    await expect(field(options, id)).toHaveCount(0);
  await waitSaved(options);
  await options.locator('#claims').scrollIntoViewIfNeeded();
  await docsShot(options, 'options-claims-en');
  await takeScreenshot(options, 'options-shortened-en', { fullPage: true });

  await field(options, 'settings.language').selectOption('fr');
  await expect(options.locator('#claims--heading')).toHaveText('Ce sur quoi repose votre note');
  await expect(claim(options, 'age')).toHaveText('20 à 29 ans');
  await options.locator('#claims').scrollIntoViewIfNeeded();
  await docsShot(options, 'options-claims-fr');
});

test('an impossible date shows an error and never costs the saved date', async ({
  openOptions,
}) => {
  const options = await openOptions();
  await field(options, 'education.earned').selectOption('abroad');
  await field(options, 'education.ecaIssued').fill('2022-05-10');
  await expect(field(options, 'education.ecaIssued--extra')).toHaveText('That is May 10, 2022.');
  await waitSaved(options);

  await field(options, 'education.ecaIssued').fill('02/30/2026');
  await expect(field(options, 'education.ecaIssued')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(options, 'education.ecaIssued--error')).toContainText(
    'That month has no day 30.',
  );
  await expect(byTestId(options, 'save-status')).toContainText('Not saved yet: 1 field needs');
  expect(
    (await storedFacts(options)).education,
    'the saved ECA date stays while the field is wrong',
  ).toEqual({ ecaIssued: '2022-05-10' });

  // Leaving the field says its error to a screen reader.
  await options.keyboard.press('Tab');
  await expect(byTestId(options, 'announce')).toHaveText(
    'ECA issue date: That month has no day 30.',
  );
  // The summary at the top links to the field.
  const link = byTestId(options, 'error-summary').getByRole('link');
  await expect(link).toHaveText(/^ECA issue date: That month has no day 30\.$/);
  await link.click();
  await expect(field(options, 'education.ecaIssued')).toBeFocused();
  await options.locator('.status').scrollIntoViewIfNeeded();
  await docsShot(options, 'options-error-en');

  await options.reload();
  await expect(field(options, 'education.ecaIssued'), 'what was typed is kept').toHaveValue(
    '02/30/2026',
  );
  expect((await storedFacts(options)).education).toEqual({ ecaIssued: '2022-05-10' });

  await field(options, 'education.ecaIssued').fill('May 11, 2022');
  await waitSaved(options);
  expect((await storedFacts(options)).education).toEqual({ ecaIssued: '2022-05-11' });
});

test('a facts file in the documented format imports; a wrong one is refused, named, in French too', async ({
  openOptions,
}) => {
  const options = await openOptions();
  const file = join(ROOT, 'tests/fixtures/facts/cec-short-work.json');
  const { dateOfBirth } = z
    .object({ dateOfBirth: z.string() })
    .parse(JSON.parse(readFileSync(file, 'utf8')));
  await field(options, 'data-import').setInputFiles(file);
  await expect(byTestId(options, 'data-status')).toContainText(
    'Imported: your facts are replaced by the file’s',
  );
  await expect(field(options, 'dateOfBirth'), 'the file’s date of birth').toHaveValue(dateOfBirth);
  await expect(field(options, 'work[0].country')).toHaveValue('CA');
  expect(await storedFacts(options)).toMatchObject({ education: { canadian: 'threeYearsOrMore' } });

  await field(options, 'data-import').setInputFiles(join(ROOT, 'tests/fixtures/facts/typo.json'));
  await expect(byTestId(options, 'data-status')).toHaveText(
    'Nothing was changed: “family.sise” (Family) is 2: this key is not part of the format (check its spelling).',
  );
  await field(options, 'settings.language').selectOption('fr');
  await field(options, 'data-import').setInputFiles(join(ROOT, 'tests/fixtures/facts/typo.json'));
  await expect(byTestId(options, 'data-status')).toContainText('Rien n’a été changé');
  await expect(byTestId(options, 'data-status')).toContainText('family.sise');
  await expect(field(options, 'dateOfBirth'), 'nothing changed').toHaveValue(dateOfBirth);
});
