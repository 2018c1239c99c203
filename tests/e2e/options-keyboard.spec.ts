// A complete profile typed with the keyboard alone on the options page, after the sample letter
// (samples/ita-letter.html, CEC) was read: every key press is counted (Tab included) and the count
// must stay at 120 or under. The letter fills in what its points make certain; what does not apply
// (a partner's factors with no partner, proof of funds for CEC) is never a stop.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { LETTER_PATH } from './support/network';
import { SAMPLE_LETTER } from './support/paths';
import { byTestId } from './support/popup';
import { storedFacts } from './support/storage';

const MOST_KEYS = 120;

/** The keyboard, counting every key the user presses. */
class CountingKeyboard {
  presses = 0;
  tabs = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
    this.presses += 1;
    if (key === 'Tab') this.tabs += 1;
  }
  /** Types `text` one key at a time (each character is one key press). */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.presses += text.length;
  }
  /** Types `text`, then Enter: the next unanswered question. */
  async answer(text: string): Promise<void> {
    await this.type(text);
    await this.press('Enter');
  }
}

const field = (page: Page, id: string) => page.locator(`[id="${id}"]`);

async function expectFocus(page: Page, id: string, step: string): Promise<void> {
  await expect(field(page, id), `after ${step}, the focus must be on #${id}`).toBeFocused();
}

test('a complete profile with the keyboard alone, in 120 key presses or fewer', async ({
  openPortalPage,
  openOptions,
  takeScreenshot,
}, testInfo) => {
  await openPortalPage(LETTER_PATH, SAMPLE_LETTER);
  const page = await openOptions();
  // The letter is read: its claims are shown and what they make certain is filled in.
  await expect(byTestId(page, 'claims')).toContainText('Bachelor’s degree or three-year program');
  await expect(field(page, 'education.level')).toHaveValue('bachelorsOrThreeYear');
  await expect(byTestId(page, 'first-question')).toContainText('Go to the first unanswered');
  const keys = new CountingKeyboard(page);

  // The first stop of the page goes straight to the first unanswered question.
  await keys.press('Tab');
  await expect(byTestId(page, 'first-question')).toBeFocused();
  await keys.press('Enter');
  await expectFocus(page, 'family.spouse', 'the first-question link');

  // You and your family.
  await keys.press('ArrowDown'); // No spouse or partner
  await keys.press('Enter');
  await expectFocus(page, 'dateOfBirth', 'the partner');
  await keys.answer('19940602');
  await expectFocus(page, 'family.changedSinceProfile', 'the date of birth');
  await keys.press('n'); // No
  await keys.press('Enter');
  await keys.answer('0');
  // The family size is counted from the answers; the sibling and the education come from the letter.
  await expectFocus(page, 'education.earned', 'the children');

  // Education: earned abroad, and the ECA.
  await keys.press('o'); // Outside Canada
  await keys.press('Enter');
  await expectFocus(page, 'education.ecaIssued', 'where the credential was earned');
  await keys.answer('20220510');
  await expectFocus(page, 'certificateOfQualification', 'the ECA date');
  await keys.press('n');
  await keys.press('Enter');

  // Two work periods: one still held in Canada, one ended abroad.
  await expectFocus(page, 'work--add', 'the certificate');
  await keys.press('Enter');
  await expectFocus(page, 'work[0].start', 'Add a work period');
  await keys.answer('20230206');
  await keys.press('Tab'); // to "I still work here"
  await keys.press('Space');
  await keys.press('Enter');
  await expectFocus(page, 'work[0].hoursPerWeek', 'I still work here');
  await keys.answer('40');
  await keys.answer('CA');
  await keys.press('1'); // TEER 1
  await keys.press('Enter');
  await expectFocus(page, 'work--add', 'the first period');
  await keys.press('Enter');
  await keys.answer('20190107');
  await keys.answer('20221230');
  await keys.answer('40');
  await keys.answer('IN');
  await keys.press('2'); // TEER 2
  await keys.press('Enter');
  await expectFocus(page, 'work--add', 'the second period');

  // One IELTS test (CLB 9 in all four abilities, as the letter's 124 points say).
  await keys.press('Tab');
  await expectFocus(page, 'languageTests[0].test', 'leaving the work periods');
  await keys.press('ArrowDown'); // IELTS General Training
  await keys.press('Enter');
  await keys.answer('20250814');
  for (const score of ['7', '7', '8', '7']) await keys.answer(score);

  // The nomination comes from the letter; proof of funds is not asked under CEC.
  await expectFocus(page, 'policeCertificates--add', 'the language test');
  await keys.press('Enter');
  await keys.answer('IN');
  await expectFocus(page, 'policeCertificates--add', 'the first certificate');
  await keys.press('Enter');
  await keys.answer('AE');

  // The planned date.
  await keys.press('Tab');
  await expectFocus(page, 'plannedSubmission', 'the certificates');
  await keys.type('20261201');

  await expect(byTestId(page, 'save-status'), 'everything typed is saved').toHaveText(
    'All changes saved.',
  );
  expect(await storedFacts(page)).toMatchObject({
    dateOfBirth: '1994-06-02',
    plannedSubmission: '2026-12-01',
    family: { spouse: 'none', changedSinceProfile: false, size: 1, children: 0 },
    languageTests: [
      {
        test: 'ielts-general',
        resultDate: '2025-08-14',
        scores: { reading: 7, writing: 7, listening: 8, speaking: 7 },
      },
    ],
    education: {
      level: 'bachelorsOrThreeYear',
      ecaIssued: '2022-05-10',
      canadian: 'oneOrTwoYear',
    },
    work: [
      { start: '2023-02-06', end: null, hoursPerWeek: 40, country: 'CA', teer: 1 },
      { start: '2019-01-07', end: '2022-12-30', hoursPerWeek: 40, country: 'IN', teer: 2 },
    ],
    certificateOfQualification: false,
    siblingInCanada: true,
    nomination: 'none',
    policeCertificates: [
      { country: 'IN', received: false },
      { country: 'AE', received: false },
    ],
  });
  await expect(byTestId(page, 'first-question')).toHaveText(
    'Every question that applies is answered.',
  );

  const summary = `Keystrokes for the complete profile: ${keys.presses} (${keys.tabs} Tab)`;
  console.log(summary);
  testInfo.annotations.push({ type: 'keystrokes', description: summary });
  await page.evaluate(() => window.scrollTo(0, 0));
  await takeScreenshot(page, 'typed-with-keyboard', { fullPage: true });
  expect(keys.presses, `${summary}: at most ${MOST_KEYS}`).toBeLessThanOrEqual(MOST_KEYS);
});
