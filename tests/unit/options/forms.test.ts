import { describe, expect, it } from 'vitest';
import { parseFacts, type Facts } from '@/lib/facts';
import {
  chooseDraft,
  draftFromFacts,
  emptyDraft,
  emptyPolice,
  emptyWork,
  factsFromDraft,
  levelsPreview,
  nextKey,
  parseAmount,
  parseDecimal,
  workPeriodFromDraft,
  workSummary,
  type FieldError,
  type FormDraft,
  type WorkDraft,
} from '@/lib/forms';
import { FACTS_EXAMPLE as EXAMPLE } from '../../support/facts';

describe('facts ⇄ form', () => {
  it('an empty form is empty facts (nothing unanswered is saved)', () => {
    expect(factsFromDraft(emptyDraft())).toEqual({ ok: true, facts: {}, errors: {}, dates: {} });
  });

  it('the documented facts example survives facts → form → facts unchanged', () => {
    const back = factsFromDraft(draftFromFacts(EXAMPLE));
    expect(back.errors, 'the form could not hold a valid fact').toEqual({});
    expect(back.facts).toEqual(EXAMPLE);
  });

  it('a Canadian credential is stored as ecaIssued: null', () => {
    const d = emptyDraft();
    d.education = { level: 'twoYear', earned: 'canada', ecaIssued: '', canadian: 'oneOrTwoYear' };
    expect(factsFromDraft(d).facts?.education).toEqual({
      level: 'twoYear',
      ecaIssued: null,
      canadian: 'oneOrTwoYear',
    });
  });
});

type Case = [string, (d: FormDraft) => void, string, FieldError['code']];

/** A draft whose one job is a valid, ongoing 40 h/week TEER 1 job in Canada, but for `change`. */
const oneJob =
  (change: Partial<WorkDraft>) =>
  (d: FormDraft): void =>
    void (d.work = [
      {
        ...emptyWork('w'),
        start: '2024-01-01',
        ongoing: true,
        hoursPerWeek: '40',
        country: 'CA',
        teer: '1',
        ...change,
      },
    ]);
const wrong: Case[] = [
  [
    'date of birth not a day',
    (d) => (d.dateOfBirth = '1996-02-30'),
    'dateOfBirth',
    'dateNoSuchDay',
  ],
  ['date of birth not a date', (d) => (d.dateOfBirth = 'soon'), 'dateOfBirth', 'date'],
  ['date of birth 60230-02-02', (d) => (d.dateOfBirth = '60230-02-02'), 'dateOfBirth', 'date'],
  [
    'date that reads two ways',
    (d) => (d.dateOfBirth = '03/04/1996'),
    'dateOfBirth',
    'dateAmbiguous',
  ],
  [
    'date of a year out of range',
    (d) => (d.dateOfBirth = '1890-01-01'),
    'dateOfBirth',
    'dateYears',
  ],
  ['family size zero', (d) => (d.family.size = '0'), 'family.size', 'whole'],
  ['family size with letters', (d) => (d.family.size = 'two'), 'family.size', 'whole'],
  ['cut-off too big', (d) => (d.round.cutoff = '1300'), 'round.cutoff', 'whole'],
  ['round number with words', (d) => (d.round.number = 'round 5'), 'round.number', 'roundNumber'],
  ['funds not an amount', (d) => (d.funds.amount = '20k'), 'funds.amount', 'amount'],
  [
    'IELTS 7.3 is not a half band',
    (d) => {
      d.languageTests[0] = {
        test: 'ielts-general',
        resultDate: '2025-01-20',
        listening: '7.3',
        reading: '7',
        writing: '7',
        speaking: '7',
      };
    },
    'languageTests[0].scores.listening',
    'score',
  ],
  [
    'test scores typed but no test chosen',
    (d) => (d.languageTests[0] = { ...d.languageTests[0]!, reading: '7' }),
    'languageTests[0].test',
    'needed',
  ],
  ['work row without hours', oneJob({ hoursPerWeek: '' }), 'work[0].hoursPerWeek', 'needed'],
  [
    'work ends before it starts',
    oneJob({ ongoing: false, end: '2023-01-01' }),
    'work[0].end',
    'endBeforeStart',
  ],
  ['work country not a code', oneJob({ country: 'Canada' }), 'work[0].country', 'country'],
  ['NOC of four digits', oneJob({ noc: '2123' }), 'work[0].noc', 'noc'],
  [
    'police certificate without country',
    (d) => (d.policeCertificates = [{ ...emptyPolice('p'), received: true }]),
    'policeCertificates[0].country',
    'needed',
  ],
];

describe('a field that does not parse is named, and nothing is saved', () => {
  it('the job the work cases change parses as it is', () => {
    const d = emptyDraft();
    oneJob({})(d);
    expect(factsFromDraft(d).errors).toEqual({});
  });

  it.each(wrong)('%s → error on %s', (_name, change, path, code) => {
    const d = emptyDraft();
    change(d);
    const result = factsFromDraft(d);
    expect(result.ok, 'the form would save a fact that does not parse').toBe(false);
    expect(result.errors[path]?.code, `expected a "${code}" message beside ${path}`).toBe(code);
  });
});

describe('numbers as people type them', () => {
  it.each([
    ['8,5', 8.5],
    ['8.5', 8.5],
    [' 7 ', 7],
    ['7.', null],
    ['-1', null],
  ])('score %j → %j', (text, value) => expect(parseDecimal(text)).toBe(value));
  it.each([
    ['21000', 21000],
    ['21,000', 21000],
    ['21 000 $', 21000],
    ['21\u00a0000', 21000],
    ['21000.50', 21000.5],
    ['21,5', 21.5],
    ['21,00,0', null],
    ['abc', null],
  ])('amount %j → %j', (text, value) => expect(parseAmount(text)).toBe(value));
});

describe('CLB/NCLC as they type', () => {
  it.each([
    // IELTS General, chart of IRCC: listening 8.5 → CLB 10, reading 7 → CLB 9, writing 6 → CLB 7.
    [
      'ielts-general',
      { listening: '8.5', reading: '7', writing: '6', speaking: '' },
      'CLB',
      { listening: 10, reading: 9, writing: 7, speaking: null },
    ],
    [
      'celpip-general',
      { listening: '12', reading: '9', writing: '4', speaking: '13' },
      'CLB',
      { listening: 10, reading: 9, writing: 4, speaking: null },
    ],
  ] as const)('%s %j → %s %j', (test, scores, name, levels) => {
    const preview = levelsPreview({ test, resultDate: '', ...scores });
    expect(preview).toEqual({ name, levels });
  });
  it('no preview until a test is chosen', () => {
    expect(
      levelsPreview({
        test: '',
        resultDate: '',
        listening: '8',
        reading: '',
        writing: '',
        speaking: '',
      }),
    ).toBeNull();
  });
});

describe('running totals of counted hours', () => {
  const row = (o: Partial<FormDraft['work'][number]>) => ({
    ...emptyWork('w'),
    hoursPerWeek: '40',
    country: 'CA',
    teer: '1' as const,
    ...o,
  });
  it('caps at 30 h a week, counts exact days, splits Canadian and foreign', () => {
    const rows = [
      // 2025-01-01..2025-12-31: 365 days × 30/7 h = 1,564.28… h
      row({ start: '2025-01-01', end: '2025-12-31' }),
      row({ start: '2020-01-01', end: '2020-12-30', country: 'IN' }), // 365 days (leap year)
      row({ start: '2024-01-01', end: '2024-06-30', paid: false }),
    ];
    const s = workSummary(rows, workPeriodFromDraft, '2026-06-01');
    expect(Math.floor(s.canadianHours)).toBe(1564);
    expect(s.canadianYears).toBe(1);
    expect(Math.floor(s.foreignHours)).toBe(1564);
    expect(s.periods.map((p) => p.kind)).toEqual(['canadian', 'foreign', 'none']);
    expect(s.periods[2]?.reasons).toEqual(['unpaid']);
    expect(s.periods[2]?.hours).toBe(0);
  });
  it('an incomplete row has no total yet', () => {
    const s = workSummary([row({ start: '' })], workPeriodFromDraft, '2026-06-01');
    expect(s.periods[0]?.hours).toBeNull();
  });
});

describe('which form to show on opening', () => {
  it('keeps a draft with text that does not parse yet', () => {
    const d = emptyDraft();
    d.family.size = 'two';
    expect(chooseDraft(d, { family: { size: 3 } })).toBe(d);
  });
  it('keeps the draft when it says the same as the facts (its own spelling of numbers)', () => {
    const d = draftFromFacts(EXAMPLE);
    d.funds.amount = '21,000';
    expect(chooseDraft(d, EXAMPLE)).toBe(d);
  });
  it('keeps the draft when the facts say the same with their keys in another order', () => {
    const d = draftFromFacts(EXAMPLE);
    const reordered: Facts = JSON.parse(
      JSON.stringify(EXAMPLE, (_, v: unknown) =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).reverse())
          : v,
      ),
    );
    expect(chooseDraft(d, reordered)).toBe(d);
  });
  it('shows the facts when they changed elsewhere (an import)', () => {
    const d = draftFromFacts(EXAMPLE);
    expect(chooseDraft(d, { nomination: 'active' }).nomination).toBe('active');
  });
  it.each<[string, (d: FormDraft) => void, Facts, (d: FormDraft) => unknown, unknown]>([
    [
      'a cut-off the popup saved, beside text that does not parse yet',
      (d) => void (d.family.size = 'two'),
      { ...EXAMPLE, round: { cutoff: 500 } },
      (d) => [d.round.cutoff, d.family.size],
      ['500', 'two'],
    ],
    [
      'a round picked in the popup replaces the whole round',
      (d) => void (d.round = { number: '', cutoff: '480', category: '' }),
      { ...EXAMPLE, round: { number: '437', category: 'french' } },
      (d) => d.round,
      { number: '437', cutoff: '', category: 'french' },
    ],
    [
      'an ECA date saved elsewhere says the credential was earned abroad',
      (d) => void (d.education = { level: '', earned: '', ecaIssued: '', canadian: '' }),
      { education: { ecaIssued: '2023-05-02' } },
      (d) => [d.education.earned, d.education.ecaIssued],
      ['abroad', '2023-05-02'],
    ],
    [
      'a field this draft spells its own way keeps its text',
      (d) => void (d.funds.amount = '21,000'),
      { ...EXAMPLE, nomination: 'withdrawn' },
      (d) => [d.funds.amount, d.nomination],
      ['21,000', 'withdrawn'],
    ],
  ])(
    'a fact saved elsewhere is taken in, the rest stays as typed: %s',
    (_, typed, facts, read, want) => {
      const d = draftFromFacts(EXAMPLE);
      typed(d);
      expect(read(chooseDraft(d, facts)), 'the form after another page saved the facts').toEqual(
        want,
      );
    },
  );
  it('nextKey never reuses a key', () => {
    expect(nextKey(['work-0', 'work-1'], 'work')).toBe('work-2');
    expect(nextKey(['work-1'], 'work')).toBe('work-2');
  });
  it('facts it saves always pass parseFacts', () => {
    const r = factsFromDraft(draftFromFacts(EXAMPLE));
    expect(parseFacts(r.facts).ok).toBe(true);
  });
});
