// Each item's state: the user's marks, what the facts already prove, documents that stop holding
// before the deadline, and the lead time of what is still to get.
import { describe, expect, it } from 'vitest';
import {
  buildChecklist,
  byPerson,
  itemKey,
  nextAtRisk,
  parseItemKey,
  pendingItems,
  progressOf,
  type ChecklistItem,
} from '@/lib/checklist';
import type { Facts } from '@/lib/facts';
import { BASE, DAYS_LEFT, LAST_DAY, NOW, ZONE, ielts, letter } from '../../support/readings';

const build = (facts: Facts, reading = letter('CEC', { canadianWork: 53 })) =>
  buildChecklist({ reading, facts, now: NOW, timeZone: ZONE });
const item = (facts: Facts, key: string): ChecklistItem | undefined =>
  build(facts).items.find((i) => i.key === key);

describe('dated documents: language results (2 years) and ECA reports (5 years)', () => {
  it.each([
    // The last day to submit is 2027-01-11 (Toronto).
    ['valid long past the last day', '2025-06-01', 'have', undefined],
    ['its last valid day is the last day to submit', '2025-01-12', 'have', undefined],
    ['stops holding the day before the last day', '2025-01-11', 'expiring', '2027-01-10'],
    ['stops holding in a month', '2024-12-22', 'expiring', '2026-12-21'],
    ['stopped holding before today', '2024-11-20', 'to-get', undefined],
  ])('language result that is %s → %s', (_, resultDate, status, due) => {
    const got = item({ ...BASE, languageTests: [ielts(resultDate)] }, 'language-results:candidate');
    expect(got?.status, `result of ${resultDate}, last day to submit ${LAST_DAY}`).toBe(status);
    expect(got?.due).toBe(due ?? (status === 'to-get' ? LAST_DAY : undefined));
  });

  it('the result that stops holding first decides, whatever the other language', () => {
    const french = {
      language: 'french' as const,
      test: 'tef-canada' as const,
      resultDate: '2025-01-05',
      scores: { listening: 500, reading: 450, writing: 450, speaking: 450 },
    };
    const got = item(
      { ...BASE, languageTests: [ielts('2026-01-10'), french] },
      'language-results:candidate',
    );
    expect(got?.status).toBe('expiring');
    expect(got?.why).toMatchObject({ code: 'language-expiring', test: { test: 'tef-canada' } });
  });

  it.each([
    ['2023-02-01', 'have'],
    ['2022-01-11', 'expiring'],
    ['2021-11-01', 'to-get'],
  ])('ECA issued %s → %s', (issued, status) => {
    const got = item(
      { ...BASE, education: { level: 'mastersOrProfessional', ecaIssued: issued } },
      'eca:candidate',
    );
    expect(got?.status).toBe(status);
  });

  it('a tick cannot make an expiring result last longer', () => {
    const facts: Facts = {
      ...BASE,
      languageTests: [ielts('2025-01-11')],
      documents: { 'language-results:candidate': { have: true } },
    };
    expect(item(facts, 'language-results:candidate')?.status).toBe('expiring');
  });
});

describe('the user’s marks', () => {
  it('a tick makes an item `have`, said to come from the user', () => {
    const facts: Facts = { ...BASE, documents: { 'passport:candidate': { have: true } } };
    expect(item(facts, 'passport:candidate')).toMatchObject({ status: 'have', basis: 'mark' });
  });

  it('a received certificate is `have` from the facts, without a tick', () => {
    const facts: Facts = { ...BASE, policeCertificates: [{ country: 'IN', received: true }] };
    expect(item(facts, 'police-certificate:candidate:in')).toMatchObject({
      status: 'have',
      basis: 'facts',
    });
  });

  it.each([
    ['the facts', { requested: '2026-10-01' }, {}, '2026-10-01'],
    ['a mark', {}, { requested: '2026-11-02' }, '2026-11-02'],
    [
      'a mark, over the facts',
      { requested: '2026-10-01' },
      { requested: '2026-11-02' },
      '2026-11-02',
    ],
  ])('the request date comes from %s', (_, fromFacts, mark, expected) => {
    const facts: Facts = {
      ...BASE,
      policeCertificates: [{ country: 'IN', received: false, ...fromFacts }],
      documents: { 'police-certificate:candidate:in': mark },
    };
    expect(item(facts, 'police-certificate:candidate:in')).toMatchObject({
      status: 'to-get',
      requested: expected,
      due: LAST_DAY,
      daysLeft: DAYS_LEFT,
    });
  });

  it('a marriage certificate in hand: proof of common-law union is not needed', () => {
    const facts: Facts = {
      ...BASE,
      family: { spouse: 'canadian', children: 0 },
      documents: { 'marriage-certificate:spouse': { have: true } },
    };
    const spouse = build(facts).items.filter((i) => i.for === 'spouse');
    expect(spouse.map((i) => `${i.key} ${i.status} ${i.why.code}`)).toEqual([
      'marriage-certificate:spouse have marriage',
      'common-law-proof:spouse not-needed relationship-other',
    ]);
  });
});

describe('progress, groups and the next item at risk', () => {
  it('counts what is needed; one of two alternatives counts once', () => {
    const facts: Facts = {
      ...BASE,
      family: { spouse: 'canadian', children: 0 },
      documents: { 'passport:candidate': { have: true } },
    };
    const checklist = build(facts);
    // photo, passport, work, language, education (CEC, ECA in hand), relationship (one unit).
    expect(progressOf(checklist)).toEqual({ ready: 3, total: 7 });
  });

  it('groups by person in the list’s order', () => {
    const facts: Facts = { ...BASE, family: { spouse: 'accompanying', children: 1 } };
    expect(byPerson(build(facts)).map((g) => g.person)).toEqual(['candidate', 'spouse', 'child-1']);
  });

  it.each([
    [
      'an expiring result before a police certificate',
      {
        languageTests: [ielts('2025-01-02')],
        policeCertificates: [{ country: 'IN', received: false }],
      },
      'language-results:candidate',
    ],
    [
      'a certificate not yet asked for before one asked for',
      {
        policeCertificates: [
          { country: 'AE', received: false, requested: '2026-10-01' },
          { country: 'IN', received: false },
        ],
      },
      'police-certificate:candidate:in',
    ],
    ['what the application cannot go without before the rest', {}, 'digital-photo:candidate'],
  ])('%s', (_, extra, key) => {
    expect(nextAtRisk(build({ ...BASE, ...extra }))?.key).toBe(key);
  });

  it('nothing at risk once everything is in hand', () => {
    const checklist = build(BASE);
    const marks = Object.fromEntries(pendingItems(checklist).map((i) => [i.key, { have: true }]));
    const done = build({ ...BASE, documents: marks });
    expect(nextAtRisk(done)).toBeNull();
    expect(progressOf(done).ready).toBe(progressOf(done).total);
  });
});

describe('item keys', () => {
  it.each([
    'passport:candidate',
    'digital-photo:child-12',
    'police-certificate:spouse:in',
    'employment-proof:candidate:2024-03-04:ca',
    'employment-proof:candidate:2024-03-04:ca:2',
    'employment-proof:candidate',
  ])('%s reads back to itself', (key) => {
    const parts = parseItemKey(key);
    expect(parts, `${key} should parse`).not.toBeNull();
    if (parts) expect(itemKey(parts)).toBe(key);
  });

  it.each([
    'passport',
    'passport:someone',
    'passport:child-0',
    'visa:candidate',
    'police-certificate:candidate',
    'police-certificate:candidate:IND',
    'employment-proof:candidate:2024-3-4:ca',
    'employment-proof:candidate:2024-03-04:ca:1',
    'passport:candidate:extra',
  ])('%s is not a key', (key) => {
    expect(parseItemKey(key)).toBeNull();
  });

  it('every key the list makes is one the facts schema stores', () => {
    const facts: Facts = {
      ...BASE,
      family: { spouse: 'accompanying', children: 3 },
      policeCertificates: [{ country: 'IN', person: 'spouse', received: false }],
    };
    for (const i of build(facts).items) {
      expect(i.key, 'lower-case letters, digits, : and - only').toMatch(/^[a-z0-9:-]{1,80}$/);
      expect(parseItemKey(i.key), `${i.key} reads back`).not.toBeNull();
    }
  });
});
