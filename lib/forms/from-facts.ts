// Facts → form: what the page shows when it opens, and after a JSON import.
import type { Facts, LanguageTestFact } from '../facts';
import {
  emptyDraft,
  emptyLanguageTest,
  TEERS,
  type Answer,
  type FormDraft,
  type LanguageTestDraft,
} from './draft';
import { NO_LETTER, type FormContext } from './context';
import { factsFromDraft } from './to-facts';

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

/**
 * The form to show on opening: the stored draft when it still says the same as the stored facts,
 * or holds text that does not parse yet (never lose what the user typed); otherwise the facts,
 * which changed where no draft was written.
 */
export function chooseDraft(
  stored: FormDraft | null,
  facts: Facts,
  context: FormContext = NO_LETTER,
): FormDraft {
  if (stored === null) return draftFromFacts(facts);
  const fromStored = factsFromDraft(stored, facts, context);
  if (!fromStored.ok) return stored;
  return JSON.stringify(sorted(fromStored.facts)) === JSON.stringify(sorted(facts))
    ? stored
    : draftFromFacts(facts);
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
