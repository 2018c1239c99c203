import { describe, expect, it } from 'vitest';
import type { WorkPeriod } from '../../../lib/facts';
import {
  cecHours,
  crsYears,
  fstHours,
  fswContinuousHours,
  reaches,
  wholeHours,
  windowBefore,
} from '../../../lib/work';
import { workPeriod } from '../../support/facts';

const job = (over: Partial<WorkPeriod>): WorkPeriod =>
  workPeriod({ start: '2025-01-01', end: '2025-12-31', ...over });

describe('work: hours counted as IRCC counts them', () => {
  it('the 3-year window ends on the reference date and starts the day after the same date 3 years back', () => {
    expect(windowBefore('2026-03-10', 3)).toEqual({ from: '2023-03-11', to: '2026-03-10' });
  });

  it.each([
    // 364 days at 30 h/week = 52 weeks = 1,560 h exactly; 363 days falls short.
    ['364 days full time', [job({ start: '2025-01-01', end: '2025-12-30' })], 1560, true],
    ['363 days full time', [job({ start: '2025-01-01', end: '2025-12-29' })], 1555, false],
    // 363 days at 30 h + 1 day at 23 h = 1,559 h: one hour short.
    [
      '1,559 hours',
      [
        job({ start: '2025-01-01', end: '2025-12-29' }),
        job({ start: '2026-01-10', end: '2026-01-10', hoursPerWeek: 23 }),
      ],
      1559,
      false,
    ],
    [
      '1,560 hours from two periods',
      [
        job({ start: '2025-01-01', end: '2025-12-29' }),
        job({ start: '2026-01-10', end: '2026-01-10', hoursPerWeek: 30 }),
      ],
      1560,
      true,
    ],
    [
      '50 h/week counts 30',
      [job({ start: '2025-01-01', end: '2025-06-30', hoursPerWeek: 50 })],
      775,
      false,
    ],
    [
      'two jobs at once still cap at 30',
      [job({ end: '2025-06-30', hoursPerWeek: 20 }), job({ end: '2025-06-30', hoursPerWeek: 20 })],
      775,
      false,
    ],
    [
      '15 h/week for 728 days = 1,560 h',
      [job({ start: '2024-01-01', end: '2025-12-28', hoursPerWeek: 15 })],
      1560,
      true,
    ],
    [
      'self-employed does not count',
      [job({ start: '2024-01-01', end: '2025-12-31', selfEmployed: true })],
      0,
      false,
    ],
    [
      'full-time student does not count',
      [job({ start: '2024-01-01', end: '2025-12-31', fullTimeStudent: true })],
      0,
      false,
    ],
    ['TEER 4 does not count', [job({ start: '2024-01-01', end: '2025-12-31', teer: 4 })], 0, false],
    [
      'unpaid does not count',
      [job({ start: '2024-01-01', end: '2025-12-31', paid: false })],
      0,
      false,
    ],
    [
      'abroad does not count for CEC',
      [job({ start: '2024-01-01', end: '2025-12-31', country: 'IN' })],
      0,
      false,
    ],
  ])('CEC at 2026-03-01: %s', (_label, work, hours, meets) => {
    const count = cecHours(work, '2026-03-01');
    expect(wholeHours(count.hours), 'whole hours shown to the user').toBe(hours);
    expect(reaches(count.hours, 1560)).toBe(meets);
  });

  it('clips a period that crosses the window edge: only the days inside count', () => {
    // Window for 2026-03-10 starts 2023-03-11; a job 2023-01-01 … 2024-03-09 has 365 days inside.
    const work = [job({ start: '2023-01-01', end: '2024-03-09' })];
    expect(wholeHours(cecHours(work, '2026-03-10').hours)).toBe(Math.floor((365 * 30) / 7));
    expect(wholeHours(cecHours(work, '2026-03-11').hours)).toBe(Math.floor((364 * 30) / 7));
    expect(reaches(cecHours(work, '2026-03-11').hours, 1560)).toBe(true);
    expect(reaches(cecHours(work, '2026-03-12').hours, 1560)).toBe(false);
  });

  it('an ongoing period ends on the reference date, across a leap day', () => {
    const work = [job({ start: '2023-03-02', end: null })];
    // 2023-03-02 … 2024-02-28 is 364 days; with the leap day it takes until 2024-02-29.
    expect(reaches(cecHours(work, '2024-02-28').hours, 1560)).toBe(true);
    expect(reaches(cecHours(work, '2024-02-27').hours, 1560)).toBe(false);
  });

  it('FSW needs one continuous stretch; a break splits it', () => {
    const split = [
      job({ start: '2020-01-01', end: '2020-06-30', noc: '21231', country: 'IN' }),
      job({ start: '2020-07-02', end: '2020-12-31', noc: '21231', country: 'IN' }),
    ];
    expect(reaches(fswContinuousHours(split, '2026-01-01').hours, 1560)).toBe(false);
    const joined = [split[0]!, job({ ...split[1]!, start: '2020-07-01' })];
    expect(reaches(fswContinuousHours(joined, '2026-01-01').hours, 1560)).toBe(true);
  });

  it('FST counts 2 years in the last 5; CRS years are whole years', () => {
    const work = [job({ start: '2022-01-01', end: '2023-12-31', country: 'DE' })];
    expect(reaches(fstHours(work, '2026-12-31').hours, 3120)).toBe(true);
    // 2022-01-04 … 2023-12-31 is 727 days: one day short of 104 weeks.
    expect(reaches(fstHours(work, '2027-01-02').hours, 3120)).toBe(true);
    expect(reaches(fstHours(work, '2027-01-03').hours, 3120)).toBe(false);
    expect(crsYears(work, '2026-12-31')).toMatchObject({ canadian: 0, foreign: 2 });
  });
});
