import { describe, expect, it } from 'vitest';
import { evaluate, type Severity } from '../../../lib/rules';
import { baseFacts, input } from './cases';

const ielts = baseFacts.languageTests![0]!;
const severitiesOf = (id: string, facts: Parameters<typeof input>[0], now?: number) =>
  evaluate(input(facts, undefined, now === undefined ? {} : { now }))
    .findings.filter((f) => f.id === id)
    .map((f) => f.severity);

describe('language-test-expires at its boundaries (ITA 2026-08-18, deadline 2026-10-18T00:00Z)', () => {
  it.each<[string, string, number | undefined, Severity[]]>([
    ['turns two on the ITA date', '2024-08-18', undefined, ['decline']],
    [
      'turns two the day after the ITA, submit by then',
      '2024-08-19',
      Date.UTC(2026, 7, 18, 12),
      ['warning'],
    ],
    ['turns two on the last day to submit', '2024-10-17', undefined, ['warning']],
    ['turns two after the deadline', '2024-10-18', undefined, []],
    // Leap day: 2024-02-29 + 2 years = 2026-02-28 (documented in lib/dates addYears).
    ['leap-day result, already two at the ITA', '2024-02-29', undefined, ['decline']],
    // Expired before today, a new result (28 days) cannot arrive before 2026-10-17.
    [
      'expired on 2026-09-20, today 2026-10-01: too late to replace',
      '2024-09-20',
      Date.UTC(2026, 9, 1, 12),
      ['decline'],
    ],
  ])('%s (result %s)', (_why, resultDate, now, expected) => {
    expect(
      severitiesOf(
        'language-test-expires',
        { languageTests: [{ ...ielts, resultDate }], plannedSubmission: '2026-10-10' },
        now,
      ),
    ).toEqual(expected);
  });
});

describe('deadline', () => {
  it('once passed, the invitation can no longer be used: a decline, said first', () => {
    const a = evaluate(input({}, undefined, { now: Date.UTC(2026, 9, 18, 0, 0, 0) }));
    expect(a.verdict).toBe('decline');
    expect(a.findings[0]?.id).toBe('deadline');
    expect(a.findings[0]?.title.en).toBe('This invitation can no longer be used');
  });
});

describe('unreadable page', () => {
  it('gives review with "could not read this page"; every check waits for what was missing', () => {
    const a = evaluate(
      input({}, (r) => ({ ...r, kind: 'unknown', missing: ['crs.total', 'invitation.date'] })),
    );
    expect(a.verdict).toBe('review');
    expect(a.findings.map((f) => f.id)).toEqual(['page-unreadable']);
    expect(new Set(a.checks.map((c) => c.status))).toEqual(new Set(['needs-facts']));
    expect(a.checks[0]?.page).toEqual(['crs.total', 'invitation.date']);
  });
});
