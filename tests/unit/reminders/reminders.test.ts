// Which reminders, at which instants: boundaries of "before the deadline / planned submission", and
// date-only reminders at 09:00 in the user's own time zone.
import { describe, expect, it } from 'vitest';
import {
  parseReminderAlarmName,
  reminderAlarmName,
  reminders,
  type ReminderInput,
} from '@/lib/reminders';
import { localInstant } from '@/lib/dates';

const DEADLINE = '2027-01-19T00:00:00Z';
const base: ReminderInput = {
  deadline: DEADLINE,
  plannedSubmission: null,
  languageTestDates: [],
  ecaIssued: null,
  now: Date.parse('2026-11-22T12:00:00Z'),
  timeZone: 'America/Toronto',
};
const iso = (ms: number) => new Date(ms).toISOString();

describe('deadline reminders', () => {
  it('7 and 2 days before the deadline instant', () => {
    expect(reminders(base).map((r) => [r.kind, r.daysBefore, iso(r.at)])).toEqual([
      ['deadline', 7, '2027-01-12T00:00:00.000Z'],
      ['deadline', 2, '2027-01-17T00:00:00.000Z'],
    ]);
  });

  it.each([
    ['just before the 7-day reminder', '2027-01-11T23:59:59Z', [7, 2]],
    ['exactly at the 7-day reminder (it is due, not future)', '2027-01-12T00:00:00Z', [2]],
    ['between the two', '2027-01-15T00:00:00Z', [2]],
    ['after the deadline', '2027-01-19T00:00:01Z', []],
  ])('%s → %j', (_, now, days) => {
    const got = reminders({ ...base, now: Date.parse(now) }).map((r) => r.daysBefore);
    expect(got, 'only reminders still in the future are scheduled').toEqual(days);
  });

  it('no deadline, no deadline reminders', () => {
    expect(reminders({ ...base, deadline: null })).toEqual([]);
  });
});

describe('expiry reminders (language test: 2 years, ECA: 5 years)', () => {
  // Deadline 2027-01-19 00:00 UTC is 2027-01-18 19:00 in Toronto: the last local day is 2027-01-18.
  it.each([
    ['expires on the last local day before the deadline', '2025-01-18', true],
    ['expires the day the deadline falls in UTC (already past in Toronto)', '2025-01-19', false],
    ['expires long after the deadline', '2025-06-01', false],
  ])('language test that %s → reminded: %s', (_, resultDate, reminded) => {
    const got = reminders({ ...base, languageTestDates: [resultDate] }).filter(
      (r) => r.kind === 'language-test',
    );
    expect(
      got.length,
      `result of ${resultDate}, valid until ${resultDate.replace(/^\d{4}/, (y) => String(Number(y) + 2))}`,
    ).toBe(reminded ? 2 : 0);
  });

  it('a planned submission later than the deadline widens the horizon', () => {
    const got = reminders({
      ...base,
      deadline: null,
      plannedSubmission: '2027-03-01',
      languageTestDates: ['2025-02-15'],
    });
    expect(got.map((r) => [r.kind, r.daysBefore, r.subject, iso(r.at)])).toEqual([
      // 09:00 in Toronto (UTC−5 in winter) 30 and 7 days before 2027-02-15.
      ['language-test', 30, '2027-02-15', '2027-01-16T14:00:00.000Z'],
      ['language-test', 7, '2027-02-15', '2027-02-08T14:00:00.000Z'],
    ]);
  });

  it('an ECA that ends before the deadline is reminded 30 and 7 days ahead', () => {
    const got = reminders({ ...base, ecaIssued: '2022-01-10' }).filter((r) => r.kind === 'eca');
    expect(got.map((r) => [r.daysBefore, r.subject])).toEqual([
      [30, '2027-01-10'],
      [7, '2027-01-10'],
    ]);
  });

  it('with neither deadline nor planned date there is nothing to compare to: no expiry reminder', () => {
    expect(
      reminders({
        ...base,
        deadline: null,
        languageTestDates: ['2025-01-01'],
        ecaIssued: '2021-01-01',
      }),
    ).toEqual([]);
  });

  it('two tests of the same day give one pair of reminders', () => {
    const got = reminders({ ...base, languageTestDates: ['2025-01-10', '2025-01-10'] });
    expect(got.filter((r) => r.kind === 'language-test')).toHaveLength(2);
  });
});

describe('time zones', () => {
  it.each([
    ['2027-01-16', 'America/Toronto', '2027-01-16T14:00:00.000Z'],
    ['2027-07-16', 'America/Toronto', '2027-07-16T13:00:00.000Z'],
    ['2027-01-16', 'Asia/Kolkata', '2027-01-16T03:30:00.000Z'],
    ['2027-01-16', 'Pacific/Auckland', '2027-01-15T20:00:00.000Z'],
    ['2027-01-16', 'UTC', '2027-01-16T09:00:00.000Z'],
    // The day clocks go forward in Toronto (2027-03-14, 02:00 → 03:00): 09:00 is EDT, UTC−4.
    ['2027-03-14', 'America/Toronto', '2027-03-14T13:00:00.000Z'],
    // The day they go back (2027-11-07): 09:00 is EST, UTC−5.
    ['2027-11-07', 'America/Toronto', '2027-11-07T14:00:00.000Z'],
  ])('09:00 on %s in %s is %s', (date, zone, instant) => {
    expect(iso(localInstant(date, 9, zone))).toBe(instant);
  });

  it('the same facts give the same local hour in every zone', () => {
    for (const timeZone of ['America/Vancouver', 'Europe/Paris', 'Asia/Kolkata']) {
      const [first] = reminders({ ...base, timeZone, ecaIssued: '2022-01-10' }).filter(
        (r) => r.kind === 'eca',
      );
      const hour = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(first?.at);
      expect(hour, `in ${timeZone}`).toBe('09');
    }
  });
});

describe('alarm names', () => {
  it('carry the whole reminder and read back', () => {
    for (const reminder of reminders({
      ...base,
      ecaIssued: '2022-01-10',
      languageTestDates: ['2025-01-01'],
    })) {
      const { kind, daysBefore, subject } = reminder;
      expect(parseReminderAlarmName(reminderAlarmName(reminder))).toEqual({
        kind,
        daysBefore,
        subject,
      });
    }
  });
  it.each([
    '',
    'badge-refresh',
    'ita-ready-reminder|deadline|x|2027',
    'ita-ready-reminder|other|7|x',
    'ita-ready-reminder|eca|7|a|b',
  ])('rejects %j', (name) => {
    expect(parseReminderAlarmName(name)).toBeNull();
  });
});
