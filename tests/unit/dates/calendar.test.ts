import { describe, expect, it } from 'vitest';
import { addYears, isIsoDate, localDate, wholeYearsBetween, addDays } from '../../../lib/dates';

describe('dates: calendar arithmetic independent of the local time zone', () => {
  it.each([
    ['2024-02-29', 2, '2026-02-28', 'a leap-day date turns two on Feb 28 (earlier reading)'],
    ['2024-02-29', 4, '2028-02-29', 'leap year to leap year keeps Feb 29'],
    ['2025-01-20', 2, '2027-01-20', 'plain anniversary'],
    ['2026-03-10', -3, '2023-03-10', 'going back'],
  ])('addYears(%s, %i) = %s (%s)', (from, years, expected) => {
    expect(addYears(from, years)).toBe(expected);
  });

  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
  ])('isIsoDate(%s) = %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));

  it.each([
    ['1996-03-14', '2026-03-13', 29],
    ['1996-03-14', '2026-03-14', 30],
  ])('age from %s on %s is %i', (birth, on, age) => expect(wholeYearsBetween(birth, on)).toBe(age));

  it.each([
    [Date.UTC(2026, 7, 20, 3, 0), 'America/Vancouver', '2026-08-19'],
    [Date.UTC(2026, 7, 20, 3, 0), 'Asia/Kolkata', '2026-08-20'],
    [Date.UTC(2026, 7, 20, 3, 0), 'UTC', '2026-08-20'],
  ])('localDate(%i, %s) = %s', (ms, tz, expected) => expect(localDate(ms, tz)).toBe(expected));

  it('addDays crosses a month end and a leap day', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
  });
});
