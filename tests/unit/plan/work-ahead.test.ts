// When one more whole year of work will count (30 counted hours a week = 30/7 h a day; 1 year =
// 1,560 h = 364 full-time days).
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../lib/dates';
import type { WorkPeriod } from '../../../lib/facts';
import { countsForCanadian, countsForForeign, crsYears } from '../../../lib/work';
import { dayReaching } from '../../../lib/plan/work-ahead';
import { job } from './scenarios';

const abroad = (start: string): WorkPeriod => ({ ...job(start), country: 'IN' });

describe('dayReaching', () => {
  it.each<[string, WorkPeriod[], number, string, string | null]>([
    // Day 1 = 2025-01-01, day 364 = 2025-12-30.
    ['full time from 2025-01-01', [job('2025-01-01')], 1, '2025-06-01', '2025-12-30'],
    // 15 h a week: 728 days; 2025-01-01 + 727 days = 2026-12-29.
    ['15 h a week', [{ ...job('2025-01-01'), hoursPerWeek: 15 }], 1, '2025-06-01', '2026-12-29'],
    // Two 20-hour jobs at once count 30 h, not 40: as one full-time job.
    [
      'two part-time jobs together, capped at 30 h',
      [
        { ...job('2025-01-01'), hoursPerWeek: 20 },
        { ...job('2025-01-01'), hoursPerWeek: 20, noc: '21232' },
      ],
      1,
      '2025-06-01',
      '2025-12-30',
    ],
    [
      'a job that ended: never',
      [{ ...job('2025-01-01'), end: '2025-06-30' }],
      1,
      '2025-07-01',
      null,
    ],
    ['already reached: today', [job('2024-01-01')], 1, '2025-06-01', '2025-06-01'],
    ['unpaid work never counts', [{ ...job('2025-01-01'), paid: false }], 1, '2025-06-01', null],
  ])('%s → %s', (_, work, years, from, expected) => {
    expect(dayReaching(work, countsForCanadian, years, from)).toBe(expected);
  });

  it('agrees with the counting the rules use, on the day before and the day found', () => {
    const work = [job('2023-03-10'), abroad('2019-02-01')];
    for (const [accept, key] of [
      [countsForCanadian, 'canadian'],
      [countsForForeign, 'foreign'],
    ] as const) {
      const now = crsYears(work, '2026-01-06')[key];
      const day = dayReaching(work, accept, now + 1, '2026-01-06');
      expect(day, `${key}: an ongoing job reaches the next year`).not.toBeNull();
      if (day === null) continue;
      expect(crsYears(work, day)[key], `${key} on ${day}`).toBe(now + 1);
      const before = addDays(day, -1);
      expect(crsYears(work, before)[key], `${key} the day before ${day}`).toBe(now);
    }
  });
});
