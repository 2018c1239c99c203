// What every part of the checklist reads, worked out once: the user's today, the planned
// submission, the deadline (from the page, else estimated from the letter's date, exactly as the
// rules work it out), the day a dated document must still hold on, and IRCC's breakdown rows.
import { addDays, dayNumber } from '../dates';
import type { Facts } from '../facts';
import type { CrsRowKey, Program, Reading } from '../reader/types';
import type { Round } from '../rounds';
import { buildInput } from '../rules/context';
import type { ChecklistFact, Checklist } from './types';

export interface ChecklistInput {
  /** The ITA letter's reading; null before one was read (no program, no deadline). */
  reading: Reading | null;
  facts: Facts;
  /** The current instant, epoch ms (lib/ has no clock). */
  now: number;
  /** IANA zone of the user's "today" and of the deadline's last day; default UTC. */
  timeZone?: string;
  /** The rounds the rules know, so the deadline is worked out exactly as they work it out. */
  rounds?: readonly Round[];
}

export interface Context {
  facts: Facts;
  today: string;
  submission: string;
  itaDate: string | null;
  program: Program | null;
  deadline: Checklist['deadline'];
  /** The last day a dated document must still be valid on: the deadline's, else the submission's. */
  horizon: string;
  /** IRCC's breakdown: what the profile claimed. */
  rows: Partial<Record<CrsRowKey, number>>;
  missing: Set<ChecklistFact>;
}

/** A page with nothing on it: no program, no deadline, no claims. */
const NO_READING: Reading = {
  kind: 'unknown',
  language: 'en',
  invitation: { date: null, program: null, deadline: null },
  crs: { total: null, rows: {} },
  daysLeftToSubmit: null,
  profileNumber: null,
  missing: [],
  problems: [],
};

export function contextOf(input: ChecklistInput): Context {
  const reading = input.reading ?? NO_READING;
  const rule = buildInput({
    reading,
    facts: input.facts,
    rounds: input.rounds ?? [],
    now: input.now,
    timeZone: input.timeZone ?? 'UTC',
  });
  const deadline = rule.deadline
    ? {
        instant: rule.deadline.instant,
        lastDay: rule.deadline.lastLocalDay,
        daysLeft: dayNumber(rule.deadline.lastLocalDay) - dayNumber(rule.today),
        estimated: rule.deadline.estimated,
      }
    : null;
  return {
    facts: input.facts,
    today: rule.today,
    submission: rule.submission,
    itaDate: rule.itaDate,
    program: rule.program,
    deadline,
    horizon: deadline?.lastDay ?? rule.submission,
    rows: reading.crs.rows,
    missing: new Set(),
  };
}

export type Dated =
  | { state: 'valid' }
  /** Still valid today, not on the horizon: `lastValidDay` is the last day it holds. */
  | { state: 'expiring'; lastValidDay: string }
  | { state: 'expired' };

/** A document valid until the day before `expires`, judged on today and on the horizon. */
export function dated(expires: string, ctx: Context): Dated {
  if (expires <= ctx.today) return { state: 'expired' };
  if (expires <= ctx.horizon) return { state: 'expiring', lastValidDay: addDays(expires, -1) };
  return { state: 'valid' };
}

/** Whole days from today to `day`. */
export const daysFromToday = (ctx: Context, day: string): number =>
  dayNumber(day) - dayNumber(ctx.today);
