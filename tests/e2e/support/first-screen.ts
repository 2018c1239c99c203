// What a candidate sees on opening the popup, without scrolling: the popup at its real size (400 ×
// 600), each part of the answer checked by its box against the viewport, the smallest text on it, and
// its words checked against tests/support/plain-words.mjs.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { byTestId } from './popup';

export const POPUP_SIZE = { width: 400, height: 600 } as const;

/** Each test id must be visible and lie wholly inside the 400 × 600 popup, unscrolled. */
export async function expectOnFirstScreen(popup: Page, testIds: readonly string[]): Promise<void> {
  await popup.setViewportSize(POPUP_SIZE);
  await popup.evaluate(() => window.scrollTo(0, 0));
  for (const id of testIds) {
    const element = byTestId(popup, id).first();
    await expect(element, `${id} must be shown`).toBeVisible();
    const box = await element.boundingBox();
    expect(box, `${id} has no box`).not.toBeNull();
    if (!box) continue;
    expect(
      box.y + box.height,
      `${id} ends at ${Math.round(box.y + box.height)} px: it must fit in the first ${POPUP_SIZE.height} px`,
    ).toBeLessThanOrEqual(POPUP_SIZE.height);
    expect(box.x + box.width, `${id} must fit the popup's width`).toBeLessThanOrEqual(
      POPUP_SIZE.width,
    );
    expect(box.y, `${id} must not be above the top`).toBeGreaterThanOrEqual(0);
  }
  const width = await popup.evaluate(() => document.documentElement.scrollWidth);
  expect(width, 'nothing may make the popup scroll sideways').toBeLessThanOrEqual(POPUP_SIZE.width);
}

/**
 * The smallest computed font size of any text the popup renders (folded parts included once open),
 * with the element that has it.
 */
export async function smallestText(popup: Page): Promise<{ size: number; where: string }> {
  return popup.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    let smallest = { size: Infinity, where: '' };
    for (const element of document.querySelectorAll('main *')) {
      const own = [...element.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (!own || element.getClientRects().length === 0) continue;
      if (element.closest('.visually-hidden')) continue;
      const size = Number.parseFloat(getComputedStyle(element).fontSize);
      if (size < smallest.size) {
        smallest = {
          size,
          where: `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 60)}`,
        };
      }
    }
    for (const details of document.querySelectorAll('details')) details.open = false;
    return smallest;
  });
}

/**
 * Everything the popup says, folded parts included, blocks on their own lines; signs hidden from
 * screen readers (the verdict's mark) left out, as they are not words.
 */
export async function allText(popup: Page): Promise<string> {
  return popup.evaluate(() => {
    const opened = [...document.querySelectorAll('details')].filter((d) => !d.open);
    const signs = [...document.querySelectorAll<HTMLElement>('[aria-hidden="true"]')];
    for (const details of opened) details.open = true;
    for (const sign of signs) sign.style.display = 'none';
    const text = document.body.innerText;
    for (const details of opened) details.open = false;
    for (const sign of signs) sign.style.display = '';
    return text;
  });
}
