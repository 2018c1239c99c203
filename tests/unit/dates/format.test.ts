import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatDateWithWeekday } from '../../../lib/dates';

// Each case names the language's rule it holds to, so a failure says what to fix in lib/dates.
describe('dates in words, the way each language writes them', () => {
  it.each([
    ['2019-07-10', 'en', 'July 10, 2019'],
    ['2019-07-10', 'fr', '10 juillet 2019'],
    ['2019-10-01', 'en', 'October 1, 2019'],
    ['2019-10-01', 'fr', '1er octobre 2019'],
    ['2019-10-11', 'fr', '11 octobre 2019'],
    ['2019-10-21', 'fr', '21 octobre 2019'],
  ] as const)('formatDate(%s, %s) = %s', (iso, language, expected) => {
    expect(formatDate(iso, language), 'French writes the first of the month « 1er »').toBe(
      expected,
    );
  });

  it.each([
    ['2019-10-01', 'fr', 'mardi 1er octobre 2019'],
    ['2019-10-11', 'fr', 'vendredi 11 octobre 2019'],
    ['2019-10-01', 'en', 'Tuesday, October 1, 2019'],
  ] as const)('formatDateWithWeekday(%s, %s) = %s', (iso, language, expected) => {
    expect(formatDateWithWeekday(iso, language), 'the ordinal follows the weekday').toBe(expected);
  });

  it.each([
    [Date.UTC(2019, 9, 1, 20, 0), 'fr', /^1er octobre 2019/],
    [Date.UTC(2019, 9, 11, 20, 0), 'fr', /^11 octobre 2019/],
    [Date.UTC(2019, 9, 1, 20, 0), 'en', /^October 1, 2019/],
  ] as const)('formatDateTime(%i, %s) starts %s', (ms, language, expected) => {
    expect(formatDateTime(ms, language, 'UTC')).toMatch(expected);
  });
});
