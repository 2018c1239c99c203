// A fact counts as entered when it is, and every fact a check needs is asked for by name: with
// the fact absent a check waits for it (needs-facts) and facts-missing lists it once; with it
// present, no check names it. One row per FACT_PATHS entry.
import { describe, expect, it } from 'vitest';
import { FACT_PATHS, isEntered, type FactPath, type Facts } from '../../../lib/facts';
import type { Reading } from '../../../lib/reader/types';
import { evaluate, type Assessment, type EvaluateInput } from '../../../lib/rules';
import { missingFactFindings } from '../../../lib/view/assessment';
import { IELTS_TEST } from '../../support/facts';
import { baseFacts, input, readingOf } from '../rules/cases';

type Row =
  | { needed: true; present: EvaluateInput; absent: EvaluateInput }
  | { needed: false; why: string; absent: EvaluateInput };

const rows =
  (over: Partial<Reading['crs']['rows']>) =>
  (r: Reading): Reading => ({
    ...r,
    crs: { total: r.crs.total, rows: { ...r.crs.rows, ...over } },
  });
const fsw = (r: Reading): Reading => ({ ...r, invitation: { ...r.invitation, program: 'FSW' } });
/** A couple scored as IRCC would: the letter's rows come from these facts. */
const spouseFacts: Partial<Facts> = {
  family: { ...baseFacts.family, spouse: 'accompanying', size: 2 },
  spouseEducation: 'bachelorsOrThreeYear',
  spouseLanguageTest: IELTS_TEST,
  spouseCanadianWorkYears: 1,
};
const spouseRows = (): Reading => readingOf({ ...baseFacts, ...spouseFacts });

/** The same case with and without one fact (`drop` removes it). */
function pair(
  facts: Partial<Facts>,
  drop: (f: Facts) => Facts,
  reading?: (r: Reading) => Reading,
): { present: EvaluateInput; absent: EvaluateInput } {
  const present = input(facts, reading);
  return { present, absent: { ...present, facts: drop(present.facts) } };
}

const without =
  <K extends keyof Facts>(key: K) =>
  (f: Facts): Facts => {
    const rest = { ...f };
    Reflect.deleteProperty(rest, key);
    return rest;
  };
const withoutIn =
  <K extends 'family' | 'education' | 'funds'>(key: K, field: string) =>
  (f: Facts): Facts => {
    const inner = Object.fromEntries(Object.entries(f[key] ?? {}).filter(([k]) => k !== field));
    return { ...f, [key]: inner };
  };

const never = (why: string, absent: EvaluateInput): Row => ({ needed: false, why, absent });

const TABLE: Record<FactPath, Row> = {
  dateOfBirth: { needed: true, ...pair({}, without('dateOfBirth')) },
  plannedSubmission: never('it defaults to today', input({ plannedSubmission: undefined })),
  family: never('its fields are asked for by name', input({ family: undefined })),
  'family.spouse': { needed: true, ...pair({}, withoutIn('family', 'spouse')) },
  'family.changedSinceProfile': {
    needed: true,
    ...pair({}, withoutIn('family', 'changedSinceProfile')),
  },
  'family.size': { needed: true, ...pair({}, withoutIn('family', 'size'), fsw) },
  'family.children': never(
    'it only cross-checks the family size',
    input({ family: { spouse: 'none', changedSinceProfile: false, size: 1 } }, fsw),
  ),
  languageTests: { needed: true, ...pair({}, without('languageTests')) },
  spouseLanguageTest: {
    needed: true,
    ...pair(spouseFacts, without('spouseLanguageTest'), spouseRows),
  },
  education: never('its fields are asked for by name', input({ education: undefined })),
  'education.level': { needed: true, ...pair({}, withoutIn('education', 'level')) },
  'education.ecaIssued': { needed: true, ...pair({}, withoutIn('education', 'ecaIssued')) },
  'education.canadian': {
    needed: true,
    ...pair({}, withoutIn('education', 'canadian'), rows({ canadianEducation: 15 })),
  },
  spouseEducation: { needed: true, ...pair(spouseFacts, without('spouseEducation'), spouseRows) },
  work: { needed: true, ...pair({}, without('work')) },
  spouseCanadianWorkYears: {
    needed: true,
    ...pair(spouseFacts, without('spouseCanadianWorkYears'), spouseRows),
  },
  certificateOfQualification: {
    needed: true,
    ...pair({}, without('certificateOfQualification'), rows({ transferCertificate: 25 })),
  },
  siblingInCanada: {
    needed: true,
    ...pair({}, without('siblingInCanada'), rows({ sibling: 15 })),
  },
  nomination: {
    needed: true,
    ...pair({}, without('nomination'), rows({ provincialNomination: 600 })),
  },
  funds: never('its fields are asked for by name', input({ funds: undefined })),
  'funds.amount': { needed: true, ...pair({}, withoutIn('funds', 'amount'), fsw) },
  'funds.jobOffer': never(
    'it only waives the funds check',
    input({ funds: { amount: 30000, authorizedToWork: true } }, fsw),
  ),
  'funds.authorizedToWork': never(
    'it only waives the funds check',
    input({ funds: { amount: 30000, jobOffer: false } }, fsw),
  ),
  policeCertificates: { needed: true, ...pair({}, without('policeCertificates')) },
  round: {
    needed: true,
    ...pair({}, without('round'), (r) => ({
      ...r,
      invitation: { ...r.invitation, date: '2026-08-20', deadline: '2026-10-20T00:00:00Z' },
    })),
  },
};

const waitingFor = (a: Assessment, fact: FactPath) =>
  a.checks.filter((c) => c.status === 'needs-facts' && c.facts?.includes(fact)).map((c) => c.id);
const listed = (a: Assessment, fact: FactPath) =>
  a.findings.flatMap((f) => f.missing ?? []).filter((m) => m.fact === fact);

describe('the missing-facts list', () => {
  it('has a row for every fact', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...FACT_PATHS].sort());
  });

  it.each(FACT_PATHS.map((fact) => [fact, TABLE[fact]] as const))('%s', (fact, row) => {
    const absent = evaluate(row.absent);
    expect(isEntered(row.absent.facts, fact), 'the "absent" case must lack the fact').toBe(false);
    if (!row.needed) {
      expect(waitingFor(absent, fact), `${fact} is never asked for: ${row.why}`).toEqual([]);
      return;
    }
    expect(waitingFor(absent, fact), `without ${fact}, a check must wait for it`).not.toEqual([]);
    expect(listed(absent, fact), `facts-missing must list ${fact} once`).toHaveLength(1);
    expect(listed(absent, fact)[0]?.checks).toEqual(waitingFor(absent, fact));
    expect(absent.verdict, `without ${fact} the verdict cannot be ready`).not.toBe('ready');
    const present = evaluate(row.present);
    expect(isEntered(row.present.facts, fact)).toBe(true);
    expect(waitingFor(present, fact), `${fact} is entered: no check may wait for it`).toEqual([]);
    expect(listed(present, fact), `${fact} is entered: it is not missing`).toEqual([]);
  });
});

describe('isEntered', () => {
  it.each<[string, Facts, FactPath, boolean]>([
    [
      'a list with one received and one requested certificate',
      {
        policeCertificates: [
          { country: 'IN', received: true },
          { country: 'AE', received: false, requested: '2026-08-20' },
        ],
      },
      'policeCertificates',
      true,
    ],
    ['an empty list (none needed)', { policeCertificates: [] }, 'policeCertificates', true],
    ['null: no spouse test', { spouseLanguageTest: null }, 'spouseLanguageTest', true],
    [
      'null: a Canadian credential',
      { education: { ecaIssued: null } },
      'education.ecaIssued',
      true,
    ],
    ['false is an answer', { siblingInCanada: false }, 'siblingInCanada', true],
    ['0 is an answer', { family: { children: 0 } }, 'family.children', true],
    ['never answered', {}, 'dateOfBirth', false],
    ['a parent without the field', { family: {} }, 'family.size', false],
  ])('%s', (_why, facts, path, entered) => expect(isEntered(facts, path)).toBe(entered));
});

describe('what the popup lists as not entered', () => {
  it('two police certificates, one received and one requested, are entered, not missing', () => {
    const a = evaluate(
      input({
        dateOfBirth: undefined,
        policeCertificates: [
          { country: 'IN', received: true },
          { country: 'AE', received: false, requested: '2026-08-20' },
        ],
      }),
    );
    expect(a.findings.some((f) => f.id === 'police-certificates-pending')).toBe(true);
    expect(missingFactFindings(a.findings).map((f) => f.fact)).toEqual(['dateOfBirth']);
  });
});
