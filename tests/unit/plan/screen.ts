// Rendering the planner's views into happy-dom, and what every screen must hold to: plain words
// (no internal ids, no raw ISO dates, no null), French typography, and every number on screen in an
// element that carries its raw value.
import { render, type ComponentChild } from 'preact';
import { afterEach, expect } from 'vitest';
import { CHANGE_IDS, CLAIM_IDS } from '../../../lib/plan';
import { EDUCATION_LEVELS } from '../../../lib/facts';

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  host = null;
});

export function show(view: ComponentChild): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  render(view, host);
  return host;
}

export const $ = (root: ParentNode, testId: string) =>
  root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
export const text = (node: Node | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const value = (root: ParentNode, testId: string) =>
  $(root, testId)?.getAttribute('data-value');

/** Ids that are not words of either language (plain words such as "education" are fine). */
const INTERNAL = [
  ...CLAIM_IDS,
  ...CHANGE_IDS,
  ...EDUCATION_LEVELS,
  'threeYearsOrMore',
  'oneOrTwoYear',
].filter((id) => /[-A-Z]/.test(id));

/** Plain words in the user's language; French spacing where French puts it. */
export function expectPlainWords(root: HTMLElement, language: 'en' | 'fr'): void {
  const words = root.textContent ?? '';
  expect(words, 'no raw ISO date on screen: dates are written in words').not.toMatch(
    /\d{4}-\d{2}-\d{2}/,
  );
  expect(words, 'no null or undefined on screen').not.toMatch(/\bnull\b|\bundefined\b|NaN/);
  expect(words, 'no "(s)" plurals').not.toMatch(/\(s\)/);
  for (const id of INTERNAL) {
    expect(words, `the internal id "${id}" must not reach the screen`).not.toMatch(
      new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`),
    );
  }
  if (language === 'fr') {
    expect(words, 'French: a no-break space before each colon').not.toMatch(/[^\u00a0]:/);
    expect(words, 'French: a narrow no-break space before ; ! ?').not.toMatch(/[^\u202f][;!?]/);
    expect(words, 'French: no English plural "1 points"').not.toMatch(/\b1 points\b/);
  } else {
    expect(words, 'English: "1 point", not "1 points"').not.toMatch(/\b1 points\b/);
  }
}

/** Every digit on screen sits in an element that states its raw value (data-value or datetime). */
export function expectNumbersTagged(root: HTMLElement): void {
  const copy = root.cloneNode(true);
  if (!(copy instanceof Element)) throw new Error('expected an element');
  copy.querySelectorAll('[data-value], time[datetime]').forEach((el) => el.remove());
  expect(text(copy), 'a number on screen without a data-testid and its value').not.toMatch(/\d/);
}
