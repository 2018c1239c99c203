// Which language results count on a date: per language, the latest result dated on or before
// that date and still under two years old (MI 2017-1 s.3(4)).
import { addYears } from '../dates';
import type { LanguageTestFact } from '../facts';
import { languageOf, toClb, validateTestScores, type ClbLevels } from '../language';

export const LANGUAGE_VALID_YEARS = 2;

export function languageExpiry(test: LanguageTestFact): string {
  return addYears(test.resultDate, LANGUAGE_VALID_YEARS);
}

export function validOn(test: LanguageTestFact, on: string): boolean {
  return test.resultDate <= on && on < languageExpiry(test);
}

/** The result per language that counts on `on` (the latest valid one). */
export function testsInForce(
  tests: readonly LanguageTestFact[],
  on: string,
): { english?: LanguageTestFact; french?: LanguageTestFact } {
  const out: { english?: LanguageTestFact; french?: LanguageTestFact } = {};
  for (const test of tests) {
    if (!validOn(test, on)) continue;
    const language = languageOf(test.test);
    const held = out[language];
    if (!held || held.resultDate < test.resultDate) out[language] = test;
  }
  return out;
}

/** CLB/NCLC levels, or undefined when the scores are off the test's scale (parseFacts rejects those). */
export function levelsOf(test: LanguageTestFact | undefined): ClbLevels | undefined {
  if (!test || validateTestScores(test.test, test.scores).length > 0) return undefined;
  return toClb(test.test, test.scores);
}
