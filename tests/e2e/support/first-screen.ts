// What a candidate sees on opening the popup, without scrolling: the popup at its real size (400 ×
// 600), each part of the answer checked by its box against the viewport, the smallest text on it, and
// its words checked against tests/support/plain-words.mjs. The measuring runs in the page, with the
// Firefox suite's very functions (tests/support/browser-suites.mjs).
import type { Page } from '@playwright/test';
import {
  allTextInPage,
  firstScreenInPage,
  firstScreenProblems,
  POPUP_SIZE,
  smallestTextInPage,
} from '../../support/browser-suites.mjs';
import { expect } from './fixtures';

export { ANSWER_PARTS, LETTER_ANSWER_PARTS, POPUP_SIZE } from '../../support/browser-suites.mjs';

/** Each test id must be shown and lie wholly inside the 400 × 600 popup, unscrolled. */
export async function expectOnFirstScreen(popup: Page, testIds: readonly string[]): Promise<void> {
  await popup.setViewportSize(POPUP_SIZE);
  const screen = await popup.evaluate(firstScreenInPage, testIds);
  expect(firstScreenProblems(screen), 'the first screen').toEqual([]);
}

/**
 * The smallest computed font size of any text the popup renders (folded parts included once open),
 * with the element that has it.
 */
export function smallestText(popup: Page): Promise<{ size: number; where: string }> {
  return popup.evaluate(smallestTextInPage);
}

/** Everything the popup says, folded parts included, the verdict's mark (not a word) left out. */
export function allText(popup: Page): Promise<string> {
  return popup.evaluate(allTextInPage);
}
