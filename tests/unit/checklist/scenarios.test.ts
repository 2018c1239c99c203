// The whole list for each kind of candidate, written out item by item: `key status reason`.
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '@/lib/checklist';
import type { Facts } from '@/lib/facts';
import type { Reading } from '@/lib/reader/types';
import { BASE, NOW, ZONE, ielts, job, letter } from '../../support/readings';

const lines = (reading: Reading, facts: Facts) =>
  buildChecklist({ reading, facts, now: NOW, timeZone: ZONE }).items.map(
    (item) => `${item.key} ${item.status} ${item.why.code}`,
  );

/** What every candidate is told is not needed when they claim nothing beyond the basics. */
const NOTHING_ELSE = [
  'provincial-nomination:candidate not-needed no-nomination',
  'job-offer:candidate not-needed no-job-offer',
  'sibling-proof:candidate not-needed no-sibling',
  'canadian-education-proof:candidate not-needed no-canadian-education',
  'certificate-of-qualification:candidate not-needed no-certificate',
  'medical-exam:candidate not-needed medical-not-upfront',
];

const CASES: { name: string; reading: Reading; facts: Facts; expected: string[] }[] = [
  {
    name: 'CEC, single, Canadian credential',
    reading: letter('CEC', { canadianWork: 53 }),
    facts: {
      ...BASE,
      education: { level: 'bachelorsOrThreeYear', ecaIssued: null, canadian: 'none' },
    },
    expected: [
      'digital-photo:candidate to-get photo',
      'passport:candidate to-get passport',
      'employment-proof:candidate:2021-01-04:ca to-get work-canadian',
      'language-results:candidate have language',
      'education-credentials:candidate to-get education',
      'proof-of-funds:candidate not-needed funds-cec',
      'eca:candidate not-needed eca-canadian',
      ...NOTHING_ELSE,
    ],
  },
  {
    name: 'FSW with an accompanying spouse and two children',
    reading: letter('FSW', { spouseEducation: 8, spouseLanguage: 14 }),
    facts: {
      ...BASE,
      family: { spouse: 'accompanying', children: 2, size: 4 },
      work: [job('2019-05-06', null, 'IN')],
      spouseLanguageTest: ielts('2026-01-15'),
      spouseEducation: 'bachelorsOrThreeYear',
      policeCertificates: [
        { country: 'IN', received: true },
        { country: 'IN', person: 'spouse', received: false, requested: '2026-11-10' },
      ],
    },
    expected: [
      'digital-photo:candidate to-get photo',
      'passport:candidate to-get passport',
      'police-certificate:candidate:in have police-listed',
      'employment-proof:candidate:2019-05-06:in to-get work-foreign',
      'proof-of-funds:candidate to-get funds',
      'language-results:candidate have language',
      'eca:candidate have eca',
      'education-credentials:candidate to-get education',
      ...NOTHING_ELSE,
      'digital-photo:spouse to-get photo',
      'passport:spouse to-get passport',
      'police-certificate:spouse:in to-get police-listed',
      'language-results:spouse have language-spouse',
      'eca:spouse to-get eca-spouse',
      'marriage-certificate:spouse to-get marriage',
      'common-law-proof:spouse to-get common-law',
      'digital-photo:child-1 to-get photo',
      'passport:child-1 to-get passport',
      'birth-certificates-children:child-1 to-get birth-certificate',
      'digital-photo:child-2 to-get photo',
      'passport:child-2 to-get passport',
      'birth-certificates-children:child-2 to-get birth-certificate',
    ],
  },
  {
    name: 'PNP: the nomination, and funds (no CEC exemption is assumed)',
    reading: letter('PNP', { provincialNomination: 600, canadianWork: 40 }),
    facts: BASE,
    expected: [
      'digital-photo:candidate to-get photo',
      'passport:candidate to-get passport',
      'employment-proof:candidate:2021-01-04:ca to-get work-canadian',
      'proof-of-funds:candidate to-get funds',
      'language-results:candidate have language',
      'eca:candidate have eca',
      'education-credentials:candidate to-get education',
      'provincial-nomination:candidate to-get nomination',
      ...NOTHING_ELSE.filter((line) => !line.startsWith('provincial-nomination')),
    ],
  },
  {
    name: 'FSW with a job offer and authorization to work: no proof of funds',
    reading: letter('FSW'),
    facts: {
      ...BASE,
      work: [job('2020-02-03', '2024-06-28', 'FR'), job('2024-09-02', null, 'CA')],
      funds: { jobOffer: true, authorizedToWork: true },
      policeCertificates: [{ country: 'FR', received: false, requested: null }],
    },
    expected: [
      'digital-photo:candidate to-get photo',
      'passport:candidate to-get passport',
      'police-certificate:candidate:fr to-get police-listed',
      'employment-proof:candidate:2020-02-03:fr to-get work-foreign',
      'employment-proof:candidate:2024-09-02:ca to-get work-canadian',
      'language-results:candidate have language',
      'eca:candidate have eca',
      'education-credentials:candidate to-get education',
      'job-offer:candidate to-get job-offer',
      'proof-of-funds:candidate not-needed funds-exempt',
      ...NOTHING_ELSE.filter((line) => !line.startsWith('job-offer')),
    ],
  },
  {
    name: 'lived in two other countries, and worked in a third the list forgot',
    reading: letter('CEC', { canadianWork: 53 }),
    facts: {
      ...BASE,
      dateOfBirth: '1990-04-02',
      work: [
        job('2017-03-01', '2019-08-30', 'PH'),
        job('2019-10-01', '2020-01-31', 'SG'),
        job('2021-01-04', null, 'CA'),
      ],
      policeCertificates: [
        { country: 'AE', received: false, requested: '2026-10-01' },
        { country: 'GB', received: true },
        { country: 'CA', received: false },
      ],
    },
    expected: [
      'digital-photo:candidate to-get photo',
      'passport:candidate to-get passport',
      'police-certificate:candidate:ae to-get police-listed',
      'police-certificate:candidate:gb have police-listed',
      // Worked there 2 years and 6 months, within the last 10: not in the list, so added.
      'police-certificate:candidate:ph to-get police-worked',
      'employment-proof:candidate:2017-03-01:ph to-get work-foreign',
      'employment-proof:candidate:2019-10-01:sg to-get work-foreign',
      'employment-proof:candidate:2021-01-04:ca to-get work-canadian',
      'language-results:candidate have language',
      'eca:candidate have eca',
      'education-credentials:candidate to-get education',
      'police-certificate:candidate:ca not-needed police-canada',
      'proof-of-funds:candidate not-needed funds-cec',
      ...NOTHING_ELSE,
    ],
  },
];

describe('the checklist of each kind of candidate', () => {
  it.each(CASES)('$name', ({ reading, facts, expected }) => {
    expect(lines(reading, facts), 'the list, item by item (key status reason)').toEqual(expected);
  });
});

describe('what the facts alone decide', () => {
  it('a stay abroad under 6 months needs no certificate (Singapore: 4 months above)', () => {
    const facts: Facts = { ...BASE, work: [job('2019-10-01', '2020-01-31', 'SG')] };
    expect(lines(letter('CEC'), facts).some((l) => l.startsWith('police-certificate'))).toBe(false);
  });

  it('a stay abroad before 18 needs no certificate, even within 10 years', () => {
    const facts: Facts = {
      ...BASE,
      dateOfBirth: '2000-06-01',
      work: [job('2016-01-04', '2018-05-31', 'MX')],
    };
    expect(
      lines(letter('CEC'), facts).filter((l) => l.startsWith('police-certificate')),
      'worked in Mexico only before turning 18 on 2018-06-01',
    ).toEqual([]);
  });

  it('a non-accompanying spouse: proof of the relationship only', () => {
    const facts: Facts = { ...BASE, family: { spouse: 'not-accompanying', children: 0 } };
    expect(lines(letter('CEC'), facts).filter((l) => l.includes(':spouse'))).toEqual([
      'marriage-certificate:spouse to-get marriage',
      'common-law-proof:spouse to-get common-law',
    ]);
  });

  it('work that supports no claim is listed as not needed, with the reason', () => {
    const facts: Facts = {
      ...BASE,
      work: [
        job('2015-01-05', '2015-12-18', 'IN'),
        job('2022-01-03', '2022-12-16', 'CA', { paid: false }),
        job('2023-01-02', null, 'CA', { teer: 5 }),
      ],
    };
    const checklist = buildChecklist({ reading: letter('CEC'), facts, now: NOW, timeZone: ZONE });
    const reasons = checklist.items
      .filter((i) => i.id === 'employment-proof')
      .map((i) => (i.why.code === 'work-not-counted' ? i.why.because : i.why.code));
    expect(reasons).toEqual(['too-old', 'unpaid', 'not-skilled']);
  });

  it('FST without a job offer needs a certificate of qualification', () => {
    expect(lines(letter('FST'), BASE)).toContain(
      'certificate-of-qualification:candidate to-get certificate',
    );
  });

  it('an upfront medical exam only for an application sent before October 1, 2023', () => {
    const old: Reading = {
      ...letter('FSW'),
      invitation: { date: '2023-07-12', program: 'FSW', deadline: '2023-09-11T00:00:00Z' },
    };
    const now = Date.parse('2023-08-01T12:00:00Z');
    const medical = buildChecklist({ reading: old, facts: BASE, now }).items.find(
      (i) => i.id === 'medical-exam',
    );
    expect(medical).toMatchObject({ status: 'to-get', required: true });
  });

  it('without facts: the certain items, and the facts to enter named', () => {
    const checklist = buildChecklist({ reading: letter('FSW'), facts: {}, now: NOW });
    expect(checklist.missingFacts).toEqual([
      'policeCertificates',
      'work',
      'education.ecaIssued',
      'family.spouse',
      'family.children',
    ]);
    expect(checklist.items.map((i) => `${i.key} ${i.status}`)).toContain(
      'employment-proof:candidate to-get',
    );
  });

  it('without a letter: no program, no deadline, funds needed unless exempt', () => {
    const checklist = buildChecklist({ reading: null, facts: BASE, now: NOW });
    expect(checklist.program).toBeNull();
    expect(checklist.deadline).toBeNull();
    const funds = checklist.items.find((i) => i.id === 'proof-of-funds');
    expect(funds?.status).toBe('to-get');
    expect(funds?.due, 'no deadline: no due day').toBeUndefined();
  });
});
