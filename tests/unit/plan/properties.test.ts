// Properties of the plan over many candidates (fast-check): IRCC's breakdown is the facts' own, so
// every what-if is computable; a stake never raises the score, a gain always does and says by how
// much, and "below the cut-off" means exactly that.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsFor, gridFor, sectionsFor, totalOf } from '../../../lib/crs';
import { EDUCATION_LEVELS, type Facts } from '../../../lib/facts';
import { wholeYearsBetween } from '../../../lib/dates';
import { planFor } from '../../../lib/plan';
import { scoredProfile } from '../../../lib/plan/engine';
import { BUNDLED_ROUNDS } from '../../../lib/rounds';
import { job, letter } from './scenarios';

const ITA = '2026-01-06';
const TODAY = '2026-04-15';

const band = fc.integer({ min: 8, max: 18 }).map((n) => n / 2);
const ielts = fc.record({ listening: band, reading: band, writing: band, speaking: band });
const tef = fc.record({
  listening: fc.integer({ min: 180, max: 360 }),
  reading: fc.integer({ min: 150, max: 300 }),
  writing: fc.integer({ min: 220, max: 450 }),
  speaking: fc.integer({ min: 220, max: 450 }),
});
const day = (from: number, to: number) =>
  fc
    .integer({ min: from, max: to })
    .map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

const factsArb: fc.Arbitrary<Facts> = fc.record({
  dateOfBirth: day(-10_000, 2_000),
  family: fc.record({
    spouse: fc.constantFrom('none' as const, 'accompanying' as const),
    changedSinceProfile: fc.constant(false),
  }),
  languageTests: fc
    .tuple(ielts, fc.option(tef))
    .map(([english, french]) => [
      { test: 'ielts-general' as const, resultDate: '2025-03-01', scores: english },
      ...(french
        ? [{ test: 'tef-canada' as const, resultDate: '2025-09-01', scores: french }]
        : []),
    ]),
  spouseLanguageTest: fc.option(
    ielts.map((scores) => ({ test: 'ielts-general' as const, resultDate: '2025-05-01', scores })),
  ),
  spouseEducation: fc.constantFrom(...EDUCATION_LEVELS),
  spouseCanadianWorkYears: fc.integer({ min: 0, max: 6 }),
  education: fc.record({
    level: fc.constantFrom(...EDUCATION_LEVELS),
    ecaIssued: fc.constant(null),
    canadian: fc.constantFrom(
      'none' as const,
      'oneOrTwoYear' as const,
      'threeYearsOrMore' as const,
    ),
  }),
  work: fc
    .tuple(day(7_000, 9_400), fc.integer({ min: 10, max: 45 }), fc.option(day(3_000, 7_000)))
    .map(([start, hours, abroad]) => [
      { ...job(start), hoursPerWeek: hours },
      ...(abroad ? [{ ...job(abroad), country: 'IN', end: '2020-06-30' }] : []),
    ]),
  certificateOfQualification: fc.boolean(),
  siblingInCanada: fc.boolean(),
  nomination: fc.constantFrom('none' as const, 'active' as const),
});

/** IRCC's breakdown as the facts score it on the ITA date (the age from the date of birth). */
function readingFor(facts: Facts) {
  const profile = scoredProfile(facts, ITA, TODAY);
  const withAge = { ...profile, age: wholeYearsBetween(facts.dateOfBirth ?? ITA, ITA) };
  const rows = rowsFor(withAge, gridFor(ITA));
  const reading = letter(rows);
  const total = totalOf(sectionsFor(rows, gridFor(ITA), withAge.spouse !== null));
  return { ...reading, crs: { total, rows } };
}

describe('plan properties', () => {
  it('stakes lower, gains raise, and the cut-off comparison is exact', () => {
    fc.assert(
      fc.property(factsArb, fc.integer({ min: 300, max: 900 }), (facts, cutoff) => {
        const reading = readingFor(facts);
        const { assessment, plan } = planFor({
          reading,
          facts,
          rounds: BUNDLED_ROUNDS,
          now: Date.parse(`${TODAY}T12:00:00Z`),
          timeZone: 'UTC',
          cutoff,
        });
        expect(assessment.correctedCrs.changed, 'the facts reproduce the breakdown').toEqual([]);
        expect(plan.blocked).toBeNull();
        expect(plan.needs, 'every fact is there: nothing is left out').toEqual([]);
        const score = plan.score ?? Number.NaN;
        for (const stake of plan.stakes) {
          expect(stake.scoreIfLower, stake.claim).toBeLessThanOrEqual(score);
          expect(stake.belowCutoff, stake.claim).toBe(stake.scoreIfLower < cutoff);
        }
        for (const gain of plan.gains) {
          expect(gain.gain, gain.change).toBeGreaterThan(0);
          expect(gain.score, gain.change).toBe(score + gain.gain);
          expect(gain.earliest === null, gain.change).toBe(gain.reason !== undefined);
          if (gain.earliest !== null) expect(gain.earliest >= TODAY, gain.change).toBe(true);
        }
        expect(plan.ifDeclined.score).not.toBeNull();
      }),
      { numRuns: 100 },
    );
  });
});
