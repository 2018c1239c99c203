// Form → facts (lib/forms factsFromDraft) as the options page saves them: a field that does not
// parse keeps the value last saved for it while everything else is saved; a question that does not
// apply is not saved; the family size follows from the answers.
import { describe, expect, it } from 'vitest';
import type { Facts } from '@/lib/facts';
import {
  draftFromFacts,
  emptyPolice,
  factsFromDraft,
  NO_LETTER,
  type FormContext,
  type FormDraft,
} from '@/lib/forms';
import { workPeriod } from '../../support/facts';

const SAVED: Facts = {
  dateOfBirth: '1994-06-02',
  family: { spouse: 'accompanying', size: 2 },
  education: { level: 'bachelorsOrThreeYear', ecaIssued: '2022-05-10' },
  spouseEducation: 'twoYear',
  funds: { amount: 21000 },
  work: [workPeriod({ start: '2023-02-06' })],
  documents: { passport: { have: true } },
};

describe('a field that does not parse keeps its last saved value', () => {
  it.each<[string, (d: FormDraft) => void, string, Facts]>([
    [
      'an impossible ECA date (02/30/2026) keeps 2022-05-10, and the date of birth typed is saved',
      (d) => ((d.education.ecaIssued = '02/30/2026'), (d.dateOfBirth = '1994-06-03')),
      'education.ecaIssued',
      { ...SAVED, dateOfBirth: '1994-06-03' },
    ],
    [
      'hours of −40 keep the saved work periods',
      (d) => (d.work[0]!.hoursPerWeek = '-40'),
      'work[0].hoursPerWeek',
      SAVED,
    ],
    [
      'a family size in words keeps the saved size',
      (d) => (d.family.size = 'two'),
      'family.size',
      SAVED,
    ],
  ])('%s', (_name, change, errorAt, facts) => {
    const d = draftFromFacts(SAVED);
    change(d);
    const result = factsFromDraft(d, SAVED);
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors), 'the field is named as wrong').toContain(errorAt);
    expect(result.facts, 'what is saved keeps the last valid value').toEqual(facts);
  });

  it('emptying a field is an answer: the fact goes', () => {
    const d = draftFromFacts(SAVED);
    d.dateOfBirth = '';
    expect(factsFromDraft(d, SAVED).facts).not.toHaveProperty('dateOfBirth');
  });

  it('the document checklist marks, which the form does not show, are kept', () => {
    expect(factsFromDraft(draftFromFacts(SAVED), SAVED).facts.documents).toEqual(SAVED.documents);
  });
});

describe('what does not apply is not saved (and what was typed stays in the form)', () => {
  const cec: FormContext = { program: 'CEC', claims: null };
  it.each<[string, (d: FormDraft) => void, FormContext, (keyof Facts)[]]>([
    [
      'no spouse: the partner’s factors',
      (d) => (d.family.spouse = 'none'),
      NO_LETTER,
      ['spouseEducation'],
    ],
    [
      'a Canadian partner: the partner’s factors',
      (d) => (d.family.spouse = 'canadian'),
      NO_LETTER,
      ['spouseEducation'],
    ],
    ['invited under CEC: proof of funds', () => undefined, cec, ['funds']],
  ])('%s', (_name, change, context, gone) => {
    const d = draftFromFacts(SAVED);
    change(d);
    const facts = factsFromDraft(d, SAVED, context).facts;
    for (const key of gone) expect(facts, `${key} does not apply`).not.toHaveProperty(key);
    expect(d.spouseEducation, 'the form keeps it').toBe('twoYear');
  });

  it('whose police certificate it is, only when there is a partner who may need one', () => {
    const d = draftFromFacts({});
    d.policeCertificates = [{ ...emptyPolice('p'), country: 'IN', person: 'spouse' }];
    d.family.spouse = 'accompanying';
    expect(factsFromDraft(d).facts.policeCertificates).toEqual([
      { country: 'IN', person: 'spouse', received: false },
    ]);
    d.family.spouse = 'none';
    expect(factsFromDraft(d).facts.policeCertificates).toEqual([
      { country: 'IN', received: false },
    ]);
  });

  it('"no country to list" is saved as an empty list, kept through a reload, and a row beats it', () => {
    const d = draftFromFacts({});
    expect(factsFromDraft(d).facts, 'nothing said: the question stays open').not.toHaveProperty(
      'policeCertificates',
    );
    d.policeNone = true;
    const saved = factsFromDraft(d).facts;
    expect(saved.policeCertificates, 'an answer: no certificate needed').toEqual([]);
    expect(draftFromFacts(saved).policeNone, 'the answer comes back on reload').toBe(true);
    d.policeCertificates = [{ ...emptyPolice('p'), country: 'IN' }];
    expect(factsFromDraft(d).facts.policeCertificates).toEqual([
      { country: 'IN', received: false },
    ]);
  });
});

describe('the family size follows from the answers', () => {
  it.each([
    ['none', '0', '', 1],
    ['accompanying', '2', '', 4],
    ['not-accompanying', '1', '', 3],
    ['none', '0', '5', 5],
  ] as const)('spouse %s, %s children, size typed %j → %i', (spouse, children, typed, size) => {
    const d = draftFromFacts({});
    d.family.spouse = spouse;
    d.family.children = children;
    d.family.size = typed;
    expect(factsFromDraft(d).facts.family?.size).toBe(size);
  });
});
