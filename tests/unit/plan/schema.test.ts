// A stored plan is parsed where it is read: every plan the planner makes parses back to itself,
// and a value the views could not show in words is refused.
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../../lib/plan/schema';
import { ROWS, THIN, letter, run } from './scenarios';

const plans = {
  thin: run(letter(THIN.rows), THIN.facts, '2026-01-08', THIN.cutoff).plan,
  birthday: run(letter(ROWS), {}, '2026-02-01', 460).plan,
  'missing facts': run(letter(ROWS), { work: undefined, dateOfBirth: undefined }, '2026-01-08')
    .plan,
  blocked: run({ ...letter(ROWS), crs: { total: 468, rows: {} } }, {}, '2026-01-08').plan,
};

describe('planSchema', () => {
  it.each(Object.entries(plans))('%s: parses back to itself through JSON', (_, plan) => {
    expect(planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });

  it.each<[string, (plan: Record<string, unknown>) => unknown]>([
    [
      'a date that is not a day',
      (p) => ({ ...p, ifDeclined: { ...plans.birthday.ifDeclined, on: '2026-02-30' } }),
    ],
    ['an unknown claim', (p) => ({ ...p, stakes: [{ ...plans.thin.stakes[0], claim: 'age' }] })],
    ['a fractional score', (p) => ({ ...p, score: 468.5 })],
    ['an extra key', (p) => ({ ...p, verdict: 'decline' })],
  ])('refuses %s', (_, tamper) => {
    expect(planSchema.safeParse(tamper({ ...plans.thin })).success).toBe(false);
  });
});
