// The documents catalogues in English and French: every reason, status, document name and preparer
// message put in plain words, dates in words, real plurals, French typography, nothing internal.
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_IDS,
  DOCUMENT_STATUSES,
  type ChecklistItem,
  type PeriodRef,
  type Reason,
  type ReasonCode,
  type TestRef,
} from '@/lib/checklist';
import { documentsEn } from '@/lib/i18n/documents-en';
import { documentsFr } from '@/lib/i18n/documents-fr';
import type { PackError, PackErrorCode } from '@/lib/pack';

const PERIOD: PeriodRef = {
  start: '2019-05-06',
  end: '2022-08-31',
  country: 'IN',
  hoursPerWeek: 40,
  teer: 1,
  selfEmployed: false,
};
const TEST: TestRef = { test: 'celpip-general', resultDate: '2025-02-03', expires: '2027-02-03' };

/** At least one reason of every code, in every variant its words depend on. */
const REASONS: Record<ReasonCode, Reason[]> = {
  photo: [{ code: 'photo' }],
  passport: [{ code: 'passport' }],
  'police-listed': [{ code: 'police-listed', country: 'PH' }],
  'police-worked': [{ code: 'police-worked', country: 'IN', period: PERIOD }],
  'police-canada': [{ code: 'police-canada' }],
  'work-canadian': [{ code: 'work-canadian', period: { ...PERIOD, country: 'CA', end: null } }],
  'work-foreign': [{ code: 'work-foreign', period: { ...PERIOD, selfEmployed: true } }],
  'work-unknown': [{ code: 'work-unknown' }],
  'work-not-counted': (
    ['unpaid', 'not-skilled', 'too-old', 'student', 'self-employed-in-canada'] as const
  ).map((because) => ({ code: 'work-not-counted', period: PERIOD, because })),
  funds: [
    { code: 'funds', program: 'FSW', amount: 28362, familySize: 4, table: '2025-07-07' },
    { code: 'funds', program: 'FST', amount: 15263, familySize: 1, table: '2025-07-07' },
    { code: 'funds', program: 'PNP', amount: null, familySize: null, table: null },
    { code: 'funds', program: null, amount: null, familySize: null, table: null },
  ],
  'funds-cec': [{ code: 'funds-cec' }],
  'funds-exempt': [{ code: 'funds-exempt' }],
  language: [{ code: 'language', tests: [TEST, { ...TEST, test: 'tef-canada' }] }],
  'language-none': [{ code: 'language-none' }],
  'language-expiring': [{ code: 'language-expiring', test: TEST, lastValidDay: '2027-02-02' }],
  'language-expired': [{ code: 'language-expired', test: TEST }],
  'language-spouse': [{ code: 'language-spouse', tests: [TEST] }],
  'language-spouse-claimed': [{ code: 'language-spouse-claimed', points: 14 }],
  'language-spouse-not-claimed': (['reading', 'facts', 'unknown'] as const).map((basis) => ({
    code: 'language-spouse-not-claimed',
    basis,
  })),
  eca: [{ code: 'eca', issued: '2023-02-01', expires: '2028-02-01' }],
  'eca-expiring': [
    {
      code: 'eca-expiring',
      issued: '2022-01-11',
      expires: '2027-01-11',
      lastValidDay: '2027-01-10',
    },
  ],
  'eca-expired': [{ code: 'eca-expired', issued: '2021-01-11', expires: '2026-01-11' }],
  'eca-foreign': [{ code: 'eca-foreign' }],
  'eca-canadian': [{ code: 'eca-canadian' }],
  'eca-no-credential': [{ code: 'eca-no-credential' }],
  'eca-spouse': [{ code: 'eca-spouse' }],
  'eca-spouse-not-claimed': (['reading', 'facts', 'unknown'] as const).map((basis) => ({
    code: 'eca-spouse-not-claimed',
    basis,
  })),
  education: [{ code: 'education' }],
  'education-none': [{ code: 'education-none' }],
  nomination: (['program', 'reading', 'facts'] as const).map((basis) => ({
    code: 'nomination',
    basis,
  })),
  'no-nomination': (['reading', 'facts', 'unknown'] as const).map((basis) => ({
    code: 'no-nomination',
    basis,
  })),
  'job-offer': (['reading', 'facts'] as const).map((basis) => ({ code: 'job-offer', basis })),
  'no-job-offer': (['reading', 'facts', 'unknown'] as const).map((basis) => ({
    code: 'no-job-offer',
    basis,
  })),
  marriage: [{ code: 'marriage' }],
  'common-law': [{ code: 'common-law' }],
  'relationship-other': [
    { code: 'relationship-other', other: 'marriage-certificate' },
    { code: 'relationship-other', other: 'common-law-proof' },
  ],
  'birth-certificate': [{ code: 'birth-certificate' }],
  sibling: (['reading', 'facts'] as const).map((basis) => ({ code: 'sibling', basis })),
  'no-sibling': (['reading', 'facts', 'unknown'] as const).map((basis) => ({
    code: 'no-sibling',
    basis,
  })),
  'canadian-education': (['reading', 'facts'] as const).map((basis) => ({
    code: 'canadian-education',
    basis,
  })),
  'no-canadian-education': (['reading', 'facts', 'unknown'] as const).map((basis) => ({
    code: 'no-canadian-education',
    basis,
  })),
  certificate: (['reading', 'facts', 'fst'] as const).map((basis) => ({
    code: 'certificate',
    basis,
  })),
  'no-certificate': (['reading', 'facts', 'unknown'] as const).map((basis) => ({
    code: 'no-certificate',
    basis,
  })),
  'medical-not-upfront': [{ code: 'medical-not-upfront' }],
  'medical-upfront': [{ code: 'medical-upfront' }],
};

const PACK_ERRORS: Record<PackErrorCode, PackError> = {
  'no-files': { code: 'no-files' },
  'too-many-pages': { code: 'too-many-pages', pages: 240, max: 200 },
  unsupported: { code: 'unsupported', file: 'letter.docx' },
  unreadable: { code: 'unreadable', file: 'scan.jpg' },
  encrypted: { code: 'encrypted', file: 'police.pdf' },
  'too-big': {
    code: 'too-big',
    smallest: 6_240_000,
    maxBytes: 4_000_000,
    parts: [
      { from: 1, to: 3 },
      { from: 4, to: 4 },
    ],
    canGoLower: true,
  },
};

const item = (why: Reason, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  key: 'passport:candidate',
  id: 'passport',
  for: 'candidate',
  status: 'to-get',
  why,
  required: true,
  source: 'https://www.canada.ca/',
  ...extra,
});

const CATALOGUES = [
  ['en', documentsEn],
  ['fr', documentsFr],
] as const;

/** Everything the catalogue writes, for the checks every text must pass. */
function allTexts(t: typeof documentsEn): string[] {
  const people = ['candidate', 'spouse', 'child-2'] as const;
  return [
    ...Object.values(REASONS)
      .flat()
      .flatMap((why) => people.map((person) => t.why(item(why, { for: person })))),
    ...CHECKLIST_IDS.map((id) =>
      t.itemLabel({ id, for: 'spouse', country: 'IN', start: '2020-01-06' }),
    ),
    ...DOCUMENT_STATUSES.map((s) => t.status[s]),
    ...Object.values(PACK_ERRORS).map((e) => t.pack.error(e)),
    t.pack.quality({ kind: 'original' }),
    t.pack.quality({ kind: 'reencoded', dpi: 200, jpeg: 75 }),
    t.pack.ready({ bytes: 3_840_000, pages: 5 }),
    t.pack.lowResolution({ page: 2, file: 'scan.jpg', dpi: 96 }),
    t.deadline({ lastDay: '2027-01-11', daysLeft: 50, estimated: true }),
    t.reminder.title({ count: 2, days: 14 }),
    t.reminder.body({ items: ['Passport', 'Digital photo'] }),
    t.missingFacts,
    t.intro,
    t.pack.intro,
  ];
}

describe.each(CATALOGUES)('%s', (language, t) => {
  it('no internal values, raw dates or made-up plurals reach the words', () => {
    for (const text of allTexts(t)) {
      expect(text, text).not.toMatch(/\bundefined\b|\bnull\b|\bNaN\b|\[object/);
      expect(text, `a date must be in words: ${text}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text, text).not.toMatch(/\(s\)/);
      expect(text, `no internal key: ${text}`).not.toMatch(
        /to-get|not-needed|-not-claimed|child-\d/,
      );
    }
  });

  it('every document has a name of its own', () => {
    const names = CHECKLIST_IDS.map((id) => t.itemName({ id }));
    expect(new Set(names).size).toBe(CHECKLIST_IDS.length);
  });

  it.each([
    [1, language === 'en' ? '1 day left' : '1\u00a0jour'],
    [2, language === 'en' ? '2 days left' : '2\u00a0jours'],
  ])('%i day(s) left is written with a real plural', (daysLeft, expected) => {
    const text = t.atRisk(item({ code: 'passport' }, { daysLeft, due: '2027-01-11' })) ?? '';
    expect(text).toContain(expected);
  });
});

describe('French typography', () => {
  it('a no-break space before : ; ! ? and none plain', () => {
    for (const text of allTexts(documentsFr)) {
      expect(text, `plain space before punctuation in: ${text}`).not.toMatch(/ [:;!?]/);
      expect(text, `straight quotes in: ${text}`).not.toMatch(/"/);
    }
  });

  it('guillemets with narrow no-break spaces', () => {
    const text = documentsFr.why(
      item({ code: 'relationship-other', other: 'marriage-certificate' }),
    );
    expect(text).toContain('«\u202fCertificat de mariage\u202f»');
  });

  it('numbers grouped with a space, amounts in the French order', () => {
    const text = documentsFr.why(
      item({ code: 'funds', program: 'FSW', amount: 28362, familySize: 4, table: '2025-07-07' }),
    );
    expect(text).toMatch(/28\s362\u00a0\$\u00a0CA/);
    expect(text).toContain('7 juillet 2025');
  });
});

describe('the popup’s line for the next item at risk', () => {
  it.each([
    [
      'en',
      documentsEn,
      'Police certificate (India): requested November 10, 2026, 41 days left before the deadline',
    ],
    [
      'fr',
      documentsFr,
      'Certificat de police (Inde)\u00a0: demandé le 10 novembre 2026, il reste 41\u00a0jours avant la date limite',
    ],
  ])('%s', (_, t, expected) => {
    const police = item(
      { code: 'police-listed', country: 'IN' },
      {
        id: 'police-certificate',
        country: 'IN',
        requested: '2026-11-10',
        due: '2027-01-11',
        daysLeft: 41,
      },
    );
    expect(t.atRisk(police)).toBe(expected);
  });
});
