// Facts → form: what the page shows when it opens, after a JSON import, and when another page saved
// facts.
import { FACT_PATHS, type FactPath, type Facts, type LanguageTestFact } from '../facts';
import {
  emptyDraft,
  emptyLanguageTest,
  parseDraft,
  TEERS,
  type Answer,
  type FormDraft,
  type LanguageTestDraft,
} from './draft';
import { NO_LETTER, type FormContext } from './context';
import { sameJson } from './merge';
import { factsFromDraft, takeFrom } from './to-facts';

const answer = (b: boolean | undefined): Answer => (b === undefined ? '' : b ? 'yes' : 'no');
const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

function languageTest(t: LanguageTestFact | null | undefined): LanguageTestDraft {
  if (t === undefined) return emptyLanguageTest();
  if (t === null) return { ...emptyLanguageTest(), test: 'none' };
  return {
    test: t.test,
    resultDate: t.resultDate,
    listening: String(t.scores.listening),
    reading: String(t.scores.reading),
    writing: String(t.scores.writing),
    speaking: String(t.scores.speaking),
  };
}

/** A key no row in `keys` uses yet, so the page can tell rows apart when one is removed. */
export function nextKey(keys: readonly string[], prefix: string): string {
  let i = keys.length;
  while (keys.includes(`${prefix}-${i}`)) i++;
  return `${prefix}-${i}`;
}

export function draftFromFacts(facts: Facts): FormDraft {
  const empty = emptyDraft();
  const eca = facts.education?.ecaIssued;
  const tests = facts.languageTests ?? [];
  return {
    dateOfBirth: facts.dateOfBirth ?? '',
    plannedSubmission: facts.plannedSubmission ?? '',
    family: {
      spouse: facts.family?.spouse ?? '',
      changedSinceProfile: answer(facts.family?.changedSinceProfile),
      size: text(facts.family?.size),
      children: text(facts.family?.children),
    },
    languageTests: tests.length === 0 ? empty.languageTests : tests.map(languageTest),
    spouseLanguageTest: languageTest(facts.spouseLanguageTest),
    education: {
      level: facts.education?.level ?? '',
      earned: eca === null ? 'canada' : eca === undefined ? '' : 'abroad',
      ecaIssued: eca ?? '',
      canadian: facts.education?.canadian ?? '',
    },
    spouseEducation: facts.spouseEducation ?? '',
    spouseCanadianWorkYears: text(facts.spouseCanadianWorkYears),
    work: (facts.work ?? []).map((w, i) => ({
      key: `work-${i}`,
      start: w.start,
      end: w.end ?? '',
      ongoing: w.end === null,
      hoursPerWeek: String(w.hoursPerWeek),
      country: w.country,
      noc: w.noc ?? '',
      teer: teer(w.teer),
      paid: w.paid,
      selfEmployed: w.selfEmployed,
      fullTimeStudent: w.fullTimeStudent,
    })),
    certificateOfQualification: answer(facts.certificateOfQualification),
    siblingInCanada: answer(facts.siblingInCanada),
    nomination: facts.nomination ?? '',
    funds: {
      amount: text(facts.funds?.amount),
      jobOffer: answer(facts.funds?.jobOffer),
      authorizedToWork: answer(facts.funds?.authorizedToWork),
    },
    policeNone: facts.policeCertificates?.length === 0,
    policeCertificates: (facts.policeCertificates ?? []).map((p, i) => ({
      key: `police-${i}`,
      country: p.country,
      person: p.person ?? '',
      received: p.received,
      requested: p.requested ?? '',
    })),
    round: {
      number: facts.round?.number ?? '',
      cutoff: text(facts.round?.cutoff),
      category: facts.round?.category ?? '',
    },
    fromLetter: [],
    letterSeen: '',
  };
}

function teer(n: number): FormDraft['work'][number]['teer'] {
  return TEERS.find((t) => Number(t) === n) ?? '';
}

/** The facts, each at the same path in the form (the form mirrors their names) and no deeper. */
const FACT_FIELDS = FACT_PATHS.filter((path) => !FACT_PATHS.some((p) => p.startsWith(`${path}.`)));
/** Fields of the form that hold a fact beside the field of its own name. */
const ALSO: Partial<Record<FactPath, readonly string[]>> = {
  'education.ecaIssued': ['education.earned'],
  policeCertificates: ['policeNone'],
};

const at = (value: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (v, key) => (typeof v === 'object' && v !== null ? Reflect.get(v, key) : undefined),
      value,
    );

/**
 * The form to show from the stored draft and the stored facts. The options pages write both, but
 * other pages write facts alone (the popup the round, the document marks, an older version), so the
 * draft can be behind: each fact whose stored value is not what the draft says takes the stored
 * value, and every other field keeps the text typed, text that does not parse yet included (it
 * stands for the saved value, never loses it).
 */
export function chooseDraft(
  stored: FormDraft | null,
  facts: Facts,
  context: FormContext = NO_LETTER,
): FormDraft {
  if (stored === null) return draftFromFacts(facts);
  const said = factsFromDraft(stored, facts, context).facts;
  const behind = FACT_FIELDS.filter(
    (path) => !sameJson(sorted(at(said, path)), sorted(at(facts, path))),
  );
  if (behind.length === 0) return stored;
  const fromFacts = draftFromFacts(facts);
  const next: Record<string, unknown> = structuredClone({ ...stored });
  for (const path of behind)
    for (const field of [path, ...(ALSO[path] ?? [])]) takeFrom(next, fromFacts, field.split('.'));
  return parseDraft(next) ?? fromFacts;
}

/** A copy with object keys in one order, so two equal facts serialise to the same text. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sorted(v)]),
    );
  }
  return value;
}
