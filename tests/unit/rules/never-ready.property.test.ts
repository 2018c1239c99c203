// Over random valid facts (parseFacts accepts them) and readings (the reading schema accepts
// them, odd dates included), `evaluate` never throws, reports every check once, and its verdict is
// never "ready" when the invitation can no longer be used, the planned submission is after the
// deadline, the invitation date is not on the page, a fact a check needs is missing, or the facts
// contradict each other or the letter.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANADIAN_EDUCATION } from '../../../lib/crs';
import { fromDayNumber, dayNumber, localDate, isIsoDate } from '../../../lib/dates';
import {
  EDUCATION_LEVELS,
  LANGUAGE_TESTS,
  PERSONS,
  SPOUSE_STATUSES,
  parseFacts,
  type Facts,
} from '../../../lib/facts';
import { CHARTS, type ABILITIES } from '../../../lib/language';
import { CRS_ROW_KEYS, PAGE_KINDS, PROGRAMS, type Reading } from '../../../lib/reader/types';
import { BUNDLED_ROUNDS } from '../../../lib/rounds';
import { RULE_IDS, evaluate, type Assessment, type EvaluateInput } from '../../../lib/rules';
import { readingSchema } from '../../../lib/schema/reading';
import { input } from './cases';

const FIRST = dayNumber('1900-01-01');
const LAST = dayNumber('2100-12-31');
/** Dates mostly near today's ITAs, sometimes anywhere in the years facts may hold. */
const date = fc
  .oneof(
    {
      weight: 3,
      arbitrary: fc.integer({ min: dayNumber('2015-01-01'), max: dayNumber('2030-12-31') }),
    },
    { weight: 1, arbitrary: fc.integer({ min: FIRST, max: LAST }) },
  )
  .map(fromDayNumber);

const ability = (test: (typeof LANGUAGE_TESTS)[number], which: (typeof ABILITIES)[number]) => {
  const { min, max, step } = CHARTS[test].scale[which];
  return fc.integer({ min: 0, max: Math.round((max - min) / step) }).map((k) => min + k * step);
};
const scores = (test: (typeof LANGUAGE_TESTS)[number]) =>
  fc.record({
    reading: ability(test, 'reading'),
    writing: ability(test, 'writing'),
    listening: ability(test, 'listening'),
    speaking: ability(test, 'speaking'),
  });

const languageTest = fc
  .constantFrom(...LANGUAGE_TESTS)
  .chain((test) => fc.record({ test: fc.constant(test), resultDate: date, scores: scores(test) }));

const workPeriod = fc
  .record({
    start: date,
    length: fc.option(fc.integer({ min: 0, max: 4000 }), { nil: null }),
    hoursPerWeek: fc.integer({ min: 1, max: 80 }),
    country: fc.constantFrom('CA', 'IN', 'FR'),
    teer: fc.integer({ min: 0, max: 5 }),
    noc: fc.option(fc.constantFrom('21231', '21220', '31100', '00012', '72600'), {
      nil: undefined,
    }),
    paid: fc.boolean(),
    selfEmployed: fc.boolean(),
    fullTimeStudent: fc.boolean(),
  })
  .map(({ length, noc, ...p }) => ({
    ...p,
    ...(noc === undefined ? {} : { noc }),
    end: length === null ? null : fromDayNumber(Math.min(LAST, dayNumber(p.start) + length)),
  }));

const factsArbitrary: fc.Arbitrary<Facts> = fc
  .record(
    {
      dateOfBirth: date,
      plannedSubmission: date,
      family: fc.record(
        {
          spouse: fc.constantFrom(...SPOUSE_STATUSES),
          changedSinceProfile: fc.boolean(),
          size: fc.integer({ min: 1, max: 8 }),
          children: fc.integer({ min: 0, max: 5 }),
        },
        { requiredKeys: [] },
      ),
      languageTests: fc.array(languageTest, { maxLength: 3 }),
      spouseLanguageTest: fc.option(languageTest, { nil: null }),
      education: fc.record(
        {
          level: fc.constantFrom(...EDUCATION_LEVELS),
          ecaIssued: fc.option(date, { nil: null }),
          canadian: fc.constantFrom(...CANADIAN_EDUCATION),
        },
        { requiredKeys: [] },
      ),
      spouseEducation: fc.constantFrom(...EDUCATION_LEVELS),
      work: fc.array(workPeriod, { maxLength: 4 }),
      spouseCanadianWorkYears: fc.integer({ min: 0, max: 6 }),
      certificateOfQualification: fc.boolean(),
      siblingInCanada: fc.boolean(),
      nomination: fc.constantFrom('none', 'active', 'withdrawn'),
      funds: fc.record(
        {
          amount: fc.integer({ min: 0, max: 60000 }),
          jobOffer: fc.boolean(),
          authorizedToWork: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      policeCertificates: fc.array(
        fc.record(
          {
            country: fc.constantFrom('IN', 'AE', 'FR'),
            person: fc.constantFrom(...PERSONS),
            received: fc.boolean(),
            requested: fc.option(date, { nil: null }),
          },
          { requiredKeys: ['country', 'received'] },
        ),
        { maxLength: 3 },
      ),
      round: fc.record(
        {
          number: fc.constantFrom('437', '436', '380', '121', '91a', '9999'),
          cutoff: fc.integer({ min: 0, max: 1200 }),
          category: fc.constantFrom(
            null,
            'french',
            'stem',
            'healthcare',
            'physicians',
            'military',
            'agriculture',
            'made-up',
          ),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((raw) => {
    const parsed = parseFacts(raw);
    return parsed.ok ? parsed.facts : {};
  });

/** Readings the schema accepts: mostly a letter whose deadline is 61 days after its date. */
const readingArbitrary: fc.Arbitrary<Reading> = fc
  .record({
    kind: fc.constantFrom(...PAGE_KINDS.filter((k) => k !== 'unknown')),
    language: fc.constantFrom('en' as const, 'fr' as const),
    date: fc.option(
      fc.oneof(
        { weight: 8, arbitrary: date },
        { weight: 1, arbitrary: fc.constantFrom('9999-12-31', '2019-02-30', '0001-01-01') },
      ),
      { nil: null },
    ),
    deadline: fc.constantFrom('letter', 'none', 'day 45', 'year 9999'),
    program: fc.option(fc.constantFrom(...PROGRAMS), { nil: null }),
    total: fc.option(fc.integer({ min: 0, max: 1200 }), { nil: null }),
    rows: fc.dictionary(fc.constantFrom(...CRS_ROW_KEYS), fc.integer({ min: 0, max: 150 })),
    nominated: fc.boolean(),
    daysLeftToSubmit: fc.option(fc.integer({ min: -10, max: 90 }), { nil: null }),
  })
  .map(({ date: d, deadline, program, total, rows, nominated, ...r }) => {
    const real = d !== null && isIsoDate(d) && d >= '1900' && d < '2101' ? d : null;
    const instant =
      deadline === 'day 45'
        ? `${(real ?? '2026-08-18').slice(0, 8)}45T00:00:00Z`
        : deadline === 'year 9999'
          ? '9999-12-31T00:00:00Z'
          : deadline === 'letter' && real !== null
            ? `${fromDayNumber(dayNumber(real) + 61)}T00:00:00Z`
            : null;
    return readingSchema.parse({
      ...r,
      invitation: { date: d, program, deadline: instant },
      crs: { total, rows: { ...rows, ...(nominated ? { provincialNomination: 600 } : {}) } },
      profileNumber: null,
      missing: [],
      problems: [],
    });
  });

const randomInput: fc.Arbitrary<EvaluateInput> = fc.record({
  reading: readingArbitrary,
  facts: factsArbitrary,
  rounds: fc.constant(BUNDLED_ROUNDS),
  now: fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2031, 0, 1) }),
  timeZone: fc.constantFrom('UTC', 'America/Toronto', 'America/Vancouver', 'Asia/Kolkata'),
});

/**
 * The ready base candidate of cases.ts with a few of its facts, dates and clock changed: most of
 * these stay close to "ready", so the property also meets inputs that may be ready.
 */
type Change = (facts: Facts, reading: Reading) => [Facts, Reading];

/** One change to the base candidate; most keep it consistent, some break it. */
const change: fc.Arbitrary<Change> = fc.oneof(
  date.map((d): Change => (f, r) => [{ ...f, plannedSubmission: d }, r]),
  date.map((d): Change => (f, r) => [{ ...f, dateOfBirth: d }, r]),
  date.map((d): Change => (f, r) => [{ ...f, education: { ...f.education, ecaIssued: d } }, r]),
  date.map((d): Change => (f, r) => [
    { ...f, languageTests: (f.languageTests ?? []).map((t) => ({ ...t, resultDate: d })) },
    r,
  ]),
  date.map((d): Change => (f, r) => [
    { ...f, work: (f.work ?? []).map((w) => ({ ...w, start: d })) },
    r,
  ]),
  fc
    .record({
      spouse: fc.constantFrom(...SPOUSE_STATUSES),
      size: fc.integer({ min: 1, max: 4 }),
      children: fc.integer({ min: 0, max: 3 }),
    })
    .map((family): Change => (f, r) => [{ ...f, family: { ...f.family, ...family } }, r]),
  fc
    .constantFrom(
      'dateOfBirth',
      'languageTests',
      'work',
      'policeCertificates',
      'round',
      'nomination',
    )
    .map((key): Change => (f, r) => {
      const copy = { ...f };
      Reflect.deleteProperty(copy, key);
      return [copy, r];
    }),
  fc.constant<Change>((f, r) => [f, { ...r, invitation: { ...r.invitation, date: null } }]),
);

/**
 * The ready base candidate of cases.ts with up to two changes and another clock: many of these
 * stay "ready", so the property also meets inputs that may be ready.
 */
const nearReady: fc.Arbitrary<EvaluateInput> = fc
  .record({
    now: fc.integer({ min: Date.UTC(2026, 7, 18), max: Date.UTC(2026, 9, 20) }),
    timeZone: fc.constantFrom('UTC', 'America/Toronto', 'Asia/Kolkata'),
    changes: fc.array(change, { maxLength: 2 }),
  })
  .map(({ now, timeZone, changes }) => {
    const base = input();
    const [facts, reading] = changes.reduce<[Facts, Reading]>(
      ([f, r], apply) => apply(f, r),
      [base.facts, base.reading],
    );
    const parsed = parseFacts(facts);
    return { ...base, reading, facts: parsed.ok ? parsed.facts : base.facts, now, timeZone };
  });

const inputArbitrary = fc.oneof(randomInput, nearReady);

/** Why this input must not be "ready", worked out apart from the engine; null when it may be. */
function mustNotBeReady(input: EvaluateInput, a: Assessment): string | null {
  const { reading, facts, now } = input;
  const tz = input.timeZone ?? 'UTC';
  const today = localDate(now, tz);
  const letterDate = reading.invitation.date;
  const plausible = (d: string | null): d is string =>
    d !== null && isIsoDate(d) && d >= '1900-01-01' && d <= '2100-12-31';
  const deadlineMs = reading.invitation.deadline ? Date.parse(reading.invitation.deadline) : NaN;
  if (!plausible(letterDate)) return 'the invitation date is not on the page';
  if (Number.isFinite(deadlineMs) && deadlineMs < Date.UTC(2101, 0, 1)) {
    if (now >= deadlineMs) return 'the deadline has passed';
    const last = localDate(deadlineMs - 1, tz);
    if (facts.plannedSubmission !== undefined && facts.plannedSubmission > last)
      return 'the planned submission is after the deadline';
  }
  if (a.checks.some((c) => c.status === 'needs-facts')) return 'a check waits for a fact';
  if (letterDate > today) return 'the invitation is dated after today';
  if (facts.dateOfBirth !== undefined && facts.dateOfBirth > today) return 'born in the future';
  if ((facts.languageTests ?? []).some((t) => t.resultDate > today))
    return 'a result in the future';
  const eca = facts.education?.ecaIssued;
  if (eca && eca > today) return 'an ECA in the future';
  if (eca && eca > letterDate && (reading.crs.rows.education ?? 0) > 0)
    return 'an ECA dated after the invitation behind education points';
  const spouse = facts.family?.spouse;
  const size = facts.family?.size;
  if (size !== undefined && spouse !== undefined && spouse !== 'none' && size < 2)
    return 'a spouse left out of the family size';
  const birth = facts.dateOfBirth;
  if (birth !== undefined && (facts.work ?? []).some((w) => w.start < birth))
    return 'work before birth';
  return null;
}

describe('evaluate over random valid facts and readings', () => {
  it('never throws, reports every check once, and is never "ready" when it must not be', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const a = evaluate(input);
        expect(a.checks.map((c) => c.id)).toEqual([...RULE_IDS]);
        for (const f of a.findings)
          expect(a.checks.find((c) => c.id === f.id)?.status, `${f.id} has a finding`).toBe(
            'fired',
          );
        for (const c of a.checks.filter((c) => c.status === 'fired'))
          expect(
            a.findings.some((f) => f.id === c.id),
            `${c.id} fired without a finding`,
          ).toBe(true);
        const why = mustNotBeReady(input, a);
        if (why !== null) expect(a.verdict, `not ready: ${why}`).not.toBe('ready');
      }),
      { numRuns: 250 },
    );
  });
});
