import { expect, test } from './support/fixtures';

test('smoke', async ({ openOptions, takeScreenshot }) => {
  const page = await openOptions();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => errors.push(m.text()));
  await expect(page.locator('[data-testid="options"]')).toBeVisible();
  await page.locator('#languageTests\\[0\\]\\.test').selectOption('ielts-general');
  await page.locator('#languageTests\\[0\\]\\.scores\\.listening').fill('8.5');
  await page.locator('#languageTests\\[0\\]\\.scores\\.reading').fill('7.3');
  await page.getByRole('button', { name: 'Add a work period' }).click();
  await page.locator('#work\\[0\\]\\.start').fill('2024-01-01');
  await page.locator('#work\\[0\\]\\.ongoing').check();
  await page.locator('#work\\[0\\]\\.hoursPerWeek').fill('40');
  await page.locator('#work\\[0\\]\\.country').fill('CA');
  await page.locator('#work\\[0\\]\\.teer').selectOption('1');
  await page.waitForTimeout(800);
  await takeScreenshot(page, 'smoke');
  console.log(errors.join('\n'));
});
