// The planner on hand-worked cases: each number below is worked out in the comments from the CRS
// grid rows (crs-2025-03-25 unless said otherwise; single candidate, "without spouse" column).
import { describe, expect, it } from 'vitest';
import { plan, type Gain, type Stake } from '../../../lib/plan';
import { IELTS_CLB8, ITA, ROWS, THIN, facts, job, letter, run } from './scenarios';
import { BUNDLED_ROUNDS } from '../../../lib/rounds';
import type { Reading } from '../../../lib/reader/types';

const stakeOf = (stakes: Stake[], claim: Stake['claim']) => stakes.find((s) => s.claim === claim);
const gainOf = (gains: Gain[], change: Gain['change']) => gains.find((g) => g.change === change);

describe('planner: hand-worked cases', () => {
  it('a birthday after the invitation: declining costs the age points the invitation froze', () => {
    // Born 1996-01-10: 29 at the ITA (2026-01-06) → 110; 30 on 2026-02-01 → 105.
    // Work on 2026-02-01: 2023-01-02..2026-02-01 is still 3 full years (4 needs 6,240 h), 64.
    // Back in the pool: 468 − 110 + 105 = 463.
    const { plan } = run(letter(ROWS), {}, '2026-02-01', 460);
    expect(plan.score, 'the corrected score is IRCC’s: the facts give the same rows').toBe(468);
    expect(plan.margin).toBe(8);
    expect(plan.ifDeclined).toMatchObject({
      score: 463,
      on: '2026-02-01',
      changed: [{ row: 'age', from: 110, to: 105 }],
      expired: [],
    });
  });

  it('before the birthday declining keeps the age points', () => {
    // 2026-01-08: still 29, still 3 years of work: nothing moves.
    const { plan } = run(letter(ROWS), {}, '2026-01-08', 460);
    expect(plan.ifDeclined.score).toBe(468);
    expect(plan.ifDeclined.changed).toEqual([]);
  });

  it('a year of Canadian work completing next month: the day it completes and what it adds', () => {
    // Work since 2023-03-10, 30 counted hours a week = 30/7 h a day.
    // At the ITA (2026-01-06): 2 full years (3,120 h = 728 days, reached 2025-03-06) → 53; the
    // transfer column is "2 years or more" already, so transferEducation stays 25 + 25 = 50.
    // IRCC: 110 + 120 + 124 + 53 + 50 = 457.
    // 3 years = 4,680 h = 1,092 days: day 1 is 2023-03-10, day 1,092 is 2026-03-05.
    // Canadian work 3 years → 64: +11, score 468; same grid on 2026-03-05.
    const reading = letter({ ...ROWS, canadianWork: 53 });
    const { plan } = run(reading, { work: [job('2023-03-10')] }, '2026-02-10', 460);
    expect(plan.score).toBe(457);
    expect(gainOf(plan.gains, 'canadian-work-next-year')).toEqual({
      change: 'canadian-work-next-year',
      gain: 11,
      score: 468,
      earliest: '2026-03-05',
      to: 3,
    });
    // Declining on 2026-02-10: age 30 → 105 (−5), work still 2 years: 457 − 5 = 452.
    expect(plan.ifDeclined.score).toBe(452);
  });

  it('a retake from CLB 8 to CLB 9: the next level that adds points, with the transfer rows', () => {
    // CLB 8 × 4 → 4 × 23 = 92. Transfer: education + CLB 8 ("CLB 7 or more", low) 13, + Canadian
    // 2+ years 25 → 38. IRCC: 110 + 120 + 92 + 64 + 38 = 424.
    // CLB 9 × 4 → 124 (+32); education + CLB 9 (high) 25 → 25 + 25 = 50 (+12). Gain 44 → 468.
    const reading = letter({ ...ROWS, firstLanguage: 92, transferEducation: 38 });
    const languageTests = [
      { test: 'ielts-general' as const, resultDate: '2025-06-01', scores: IELTS_CLB8 },
    ];
    const { plan } = run(reading, { languageTests }, '2026-01-08', 460);
    expect(plan.score).toBe(424);
    expect(gainOf(plan.gains, 'first-language-retake')).toEqual({
      change: 'first-language-retake',
      gain: 44,
      score: 468,
      earliest: null,
      reason: 'test',
      to: 9,
      language: 'english',
    });
  });

  it('a nomination withdrawn: the 600 points are gone, and a new nomination is the gain', () => {
    // IRCC counted 468 + 600 = 1,068; the facts say withdrawn, so the corrected row is 0: 468.
    // Against a PNP cut-off of 760: 292 below. No stake on a nomination not held.
    // A new nomination: additional 0 + 600 (cap 600) → 1,068, on a day no one can predict.
    const reading: Reading = {
      ...letter({ ...ROWS, provincialNomination: 600 }),
      invitation: { date: ITA, program: 'PNP', deadline: '2026-03-08T00:00:00Z' },
    };
    const { assessment, plan } = run(reading, { nomination: 'withdrawn' }, '2026-01-20', 760);
    expect(assessment.verdict).toBe('decline');
    expect(plan).toMatchObject({ score: 468, cutoff: 760, margin: -292 });
    expect(stakeOf(plan.stakes, 'nomination'), 'a withdrawn nomination is not at stake').toBe(
      undefined,
    );
    expect(plan.gains[0]).toEqual({
      change: 'nomination',
      gain: 600,
      score: 1068,
      earliest: null,
      reason: 'nomination',
      to: true,
    });
    // A PNP invitation: the rounds beside "if declined" are those that invite provincial nominees.
    expect(plan.ifDeclined.recentCutoffs.length).toBe(6);
    for (const round of plan.ifDeclined.recentCutoffs) {
      expect(round.date <= '2026-01-20', `${round.date} is after today`).toBe(true);
    }
  });

  it('a thin margin where one claim sinks the invitation: that claim comes first', () => {
    // 525 against 512: 13 above.
    // canadian-education: 30 → 0: 495, below 512.
    // canadian-work 3 → 2: 64 → 53 (−11): 514; the transfer group stays capped at 50.
    // education master's → two or more: 135 → 128 (−7): 518; same transfer row.
    // first-language: one ability CLB 10 → 9: 34 → 31 (−3): 522; the lowest is 9, still high.
    const { plan } = run(letter(THIN.rows), THIN.facts, '2026-01-08', THIN.cutoff);
    expect(plan.margin).toBe(13);
    expect(plan.stakes.map((s) => [s.claim, s.scoreIfLower, s.belowCutoff])).toEqual([
      ['canadian-education', 495, true],
      ['canadian-work', 514, false],
      ['education', 518, false],
      ['first-language', 522, false],
    ]);
    expect(plan.stakes[0]).toMatchObject({ now: 'threeYearsOrMore', lower: 'none' });
  });
});

describe('planner: a couple (the "with spouse" column)', () => {
  it('the spouse’s factors one level lower, and the spouse’s next test level', () => {
    // With an accompanying spouse: age 29 → 100; bachelor's → 112; CLB 9 × 4 → 4 × 29 = 116;
    // 3 years Canadian → 56 (core 384). Spouse: bachelor's 8; CLB 7 × 4 → 4 × 3 = 12; 1 year
    // Canadian 5 (spouse 25). Transfer 50 as for the single candidate. IRCC: 459.
    const rows = {
      ...ROWS,
      age: 100,
      education: 112,
      firstLanguage: 116,
      canadianWork: 56,
      spouseEducation: 8,
      spouseLanguage: 12,
      spouseCanadianWork: 5,
    };
    const couple = {
      family: { spouse: 'accompanying' as const, changedSinceProfile: false, size: 2 },
      spouseEducation: 'bachelorsOrThreeYear' as const,
      spouseCanadianWorkYears: 1,
      spouseLanguageTest: {
        test: 'ielts-general' as const,
        resultDate: '2025-06-01',
        scores: { listening: 6, reading: 6, writing: 6, speaking: 6 },
      },
    };
    const { assessment, plan } = run(letter(rows), couple, '2026-01-08', 450);
    expect(assessment.correctedCrs.changed, 'the facts give IRCC’s rows').toEqual([]);
    expect(plan.score).toBe(459);
    // spouse education → two-year: 8 → 7; one spouse ability CLB 7 → 6: 3 → 1; spouse Canadian
    // work 1 → 0: 5 → 0; the candidate's Canadian work 3 → 2: 56 → 46 ("with spouse" column).
    expect(stakeOf(plan.stakes, 'spouse-education')?.scoreIfLower).toBe(458);
    expect(stakeOf(plan.stakes, 'spouse-language')).toMatchObject({
      now: 7,
      lower: 6,
      scoreIfLower: 457,
    });
    expect(stakeOf(plan.stakes, 'spouse-canadian-work')?.scoreIfLower).toBe(454);
    expect(stakeOf(plan.stakes, 'canadian-work')?.scoreIfLower).toBe(449);
    // The spouse's next level that adds points: CLB 8 scores as 7 (3), CLB 9 scores 5 an
    // ability: 4 × 5 = 20, +8.
    expect(gainOf(plan.gains, 'spouse-language-test')).toMatchObject({
      gain: 8,
      score: 467,
      to: 9,
    });
  });
});

describe('planner: the corrected CRS and the grid of the day', () => {
  it('rows a change does not touch keep IRCC’s numbers, even without their facts', () => {
    // IRCC counted a sibling (15) the facts say nothing about: 468 + 15 = 483.
    // canadian-work 3 → 2 moves canadianWork only (−11): 472, the sibling's 15 kept.
    // The sibling stake needs no fact: its row is its own, 0 without it: 468.
    const { plan } = run(
      letter({ ...ROWS, sibling: 15 }),
      { siblingInCanada: undefined },
      '2026-01-08',
    );
    expect(plan.score).toBe(483);
    expect(stakeOf(plan.stakes, 'canadian-work')?.scoreIfLower).toBe(472);
    expect(stakeOf(plan.stakes, 'sibling')).toMatchObject({
      now: true,
      lower: false,
      scoreIfLower: 468,
    });
    expect(
      plan.stakes.every((s) => s.belowCutoff === null),
      'no cut-off: not compared',
    ).toBe(true);
  });

  it('declining after job-offer points were removed loses them (grid of 2025-03-25)', () => {
    // ITA 2025-03-12 (grid crs-2020-10-27): job offer 50 counted. At the ITA, work since
    // 2023-01-02 is 2 years → 53; age 29 → 110. IRCC: 110 + 120 + 124 + 53 + 50 + 50 = 507.
    // On 2025-04-01 the grid gives no job-offer points: 507 − 50 = 457; age and work unchanged.
    const reading = letter({ ...ROWS, canadianWork: 53, arrangedEmployment: 50 }, '2025-03-12');
    const languageTests = [
      {
        test: 'ielts-general' as const,
        resultDate: '2024-06-01',
        scores: { listening: 8, reading: 7, writing: 7, speaking: 7 },
      },
    ];
    const { plan } = run(reading, { languageTests }, '2025-04-01');
    expect(plan.score).toBe(507);
    expect(plan.ifDeclined).toMatchObject({
      score: 457,
      changed: [{ row: 'arrangedEmployment', from: 50, to: 0 }],
    });
  });

  it('a language result expired by today counts nothing back in the pool, and says from when', () => {
    // Result of 2024-02-01 counts at the ITA (2026-01-06) and stops on 2026-02-01.
    // On 2026-03-01: English first language with no result: 124 → 0; transfer rows from
    // language ("none" tier) → education + Canadian work only: 25; age 30 → 105.
    // 468 − 124 − 25 − 5 = 314.
    const languageTests = [
      {
        test: 'ielts-general' as const,
        resultDate: '2024-02-01',
        scores: { listening: 8, reading: 7, writing: 7, speaking: 7 },
      },
    ];
    const { plan } = run(letter(ROWS), { languageTests }, '2026-03-01');
    expect(plan.ifDeclined.expired).toEqual([
      { person: 'candidate', language: 'english', from: '2026-02-01' },
    ]);
    expect(plan.ifDeclined.score).toBe(314);
  });
});

describe('planner: absence is loud', () => {
  it('with no facts, what cannot be computed is left out and each missing fact named', () => {
    const { plan } = run(
      letter(ROWS),
      {
        dateOfBirth: undefined,
        family: undefined,
        languageTests: undefined,
        education: undefined,
        work: undefined,
        certificateOfQualification: undefined,
        siblingInCanada: undefined,
        nomination: undefined,
        spouseLanguageTest: undefined,
      },
      '2026-01-08',
      460,
    );
    expect(plan.stakes, 'every held claim here needs facts').toEqual([]);
    expect(plan.ifDeclined.score, 'no date of birth: no score back in the pool').toBeNull();
    const facts = plan.needs.map((n) => n.fact);
    for (const fact of ['work', 'languageTests', 'education.level', 'family.spouse', 'dateOfBirth'])
      expect(facts, `${fact} must be named as needed`).toContain(fact);
    const work = plan.needs.find((n) => n.fact === 'work');
    expect(work?.stakes).toContain('canadian-work');
    expect(work?.gains).toContain('canadian-work-next-year');
    expect(work?.ifDeclined).toBe(true);
    // The nomination gain is a row of its own: no fact needed.
    expect(plan.gains.map((g) => g.change)).toEqual(['nomination']);
  });

  it.each<[string, (r: Reading) => Reading, string]>([
    [
      'no invitation date',
      (r) => ({ ...r, invitation: { ...r.invitation, date: null } }),
      'no-invitation-date',
    ],
    [
      'an invitation before the oldest grid',
      (r) => ({ ...r, invitation: { ...r.invitation, date: '2015-06-01' } }),
      'no-grid',
    ],
    [
      'a row not read',
      (r) => ({ ...r, crs: { total: r.crs.total, rows: { ...r.crs.rows, sibling: undefined } } }),
      'rows-missing',
    ],
  ])('%s: nothing is planned, and the plan says why', (_, change, blocked) => {
    const reading = change(letter(ROWS));
    const result = plan({
      reading,
      facts,
      rounds: BUNDLED_ROUNDS,
      today: '2026-01-08',
      assessment: {
        correctedCrs: { total: reading.crs.total, rows: reading.crs.rows },
        cutoff: { value: 460, round: null },
      },
    });
    expect(result.blocked).toBe(blocked);
    expect(result.stakes).toEqual([]);
    expect(result.gains).toEqual([]);
    expect(result.ifDeclined.score).toBeNull();
  });

  it('an unknown corrected score blocks the plan', () => {
    const result = plan({
      reading: letter(ROWS),
      facts,
      rounds: BUNDLED_ROUNDS,
      today: '2026-01-08',
      assessment: {
        correctedCrs: { total: null, rows: ROWS },
        cutoff: { value: 460, round: null },
      },
    });
    expect(result).toMatchObject({ blocked: 'score-unknown', score: null, margin: null });
  });
});
