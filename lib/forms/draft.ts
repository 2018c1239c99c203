// The options form as the user typed it: every value is the raw text of its field, so a value that
// does not parse yet is kept exactly as typed (in the page and in the stored draft) until it does.
// `factsFromDraft` turns it into `Facts`; `draftFromFacts` turns stored facts back into a form.
import * as z from 'zod/mini';
import { EDUCATION_LEVELS, LANGUAGE_TESTS, PERSONS, SPOUSE_STATUSES } from '../facts';
import { salvage } from '../schema/salvage';

/** A yes/no fact that may also be unanswered (`''`): an unanswered fact is not saved at all. */
const answer = z.enum(['', 'yes', 'no']);
// No length limit here: a long field must never make the whole draft unreadable. The page caps
// what can be typed in each field instead (FIELD_MAX), and says so.
const text = z.string();

/** The most characters a field takes as it is typed (a date, a number, a code or a name). */
export const FIELD_MAX = 60;

/** The choices of the form's selects, other than the facts' own (EDUCATION_LEVELS, …). */
export const TEERS = ['0', '1', '2', '3', '4', '5'] as const;
export const EARNED = ['canada', 'abroad'] as const;
export const CANADIAN_EDUCATION = ['none', 'oneOrTwoYear', 'threeYearsOrMore'] as const;
export const NOMINATIONS = ['none', 'active', 'withdrawn'] as const;

const languageTestDraftSchema = z.strictObject({
  /** `none`: "no test" (only offered for the spouse, where it is stored as `null`). */
  test: z.enum(['', 'none', ...LANGUAGE_TESTS]),
  resultDate: text,
  listening: text,
  reading: text,
  writing: text,
  speaking: text,
});

const workDraftSchema = z.strictObject({
  /** Stable key for the row in the page (not saved in the facts). */
  key: text,
  start: text,
  end: text,
  ongoing: z.boolean(),
  hoursPerWeek: text,
  country: text,
  noc: text,
  teer: z.enum(['', ...TEERS]),
  paid: z.boolean(),
  selfEmployed: z.boolean(),
  fullTimeStudent: z.boolean(),
});

const policeDraftSchema = z.strictObject({
  key: text,
  country: text,
  /** Whose certificate it is: asked only when there is a spouse or partner. */
  person: z.enum(['', ...PERSONS]),
  received: z.boolean(),
  requested: text,
});

export const formDraftSchema = z.strictObject({
  dateOfBirth: text,
  plannedSubmission: text,
  family: z.strictObject({
    spouse: z.enum(['', ...SPOUSE_STATUSES]),
    changedSinceProfile: answer,
    size: text,
    children: text,
  }),
  languageTests: z.array(languageTestDraftSchema).check(z.maxLength(10)),
  spouseLanguageTest: languageTestDraftSchema,
  education: z.strictObject({
    level: z.enum(['', ...EDUCATION_LEVELS]),
    /** Where the credential was earned: a Canadian one needs no ECA (`ecaIssued: null`). */
    earned: z.enum(['', ...EARNED]),
    ecaIssued: text,
    canadian: z.enum(['', ...CANADIAN_EDUCATION]),
  }),
  spouseEducation: z.enum(['', ...EDUCATION_LEVELS]),
  spouseCanadianWorkYears: text,
  work: z.array(workDraftSchema).check(z.maxLength(40)),
  certificateOfQualification: answer,
  siblingInCanada: answer,
  nomination: z.enum(['', ...NOMINATIONS]),
  funds: z.strictObject({ amount: text, jobOffer: answer, authorizedToWork: answer }),
  policeCertificates: z.array(policeDraftSchema).check(z.maxLength(40)),
  /** "No country to list": an answer (stored as an empty list), not a question left open. */
  policeNone: z.boolean(),
  round: z.strictObject({ number: text, cutoff: text, category: text }),
  /** Fields filled in from the letter's claims and not changed since (their ids). */
  fromLetter: z.array(text).check(z.maxLength(40)),
  /** The letter those fields came from (lib/forms prefill letterKey), so it fills them only once. */
  letterSeen: text,
});

export type Answer = z.infer<typeof answer>;
export type LanguageTestDraft = z.infer<typeof languageTestDraftSchema>;
export type WorkDraft = z.infer<typeof workDraftSchema>;
export type PoliceDraft = z.infer<typeof policeDraftSchema>;
export type FormDraft = z.infer<typeof formDraftSchema>;

export const emptyLanguageTest = (): LanguageTestDraft => ({
  test: '',
  resultDate: '',
  listening: '',
  reading: '',
  writing: '',
  speaking: '',
});

export const emptyWork = (key: string): WorkDraft => ({
  key,
  start: '',
  end: '',
  ongoing: false,
  hoursPerWeek: '',
  country: '',
  noc: '',
  teer: '',
  paid: true,
  selfEmployed: false,
  fullTimeStudent: false,
});

export const emptyPolice = (key: string): PoliceDraft => ({
  key,
  country: '',
  person: '',
  received: false,
  requested: '',
});

export function emptyDraft(): FormDraft {
  return {
    dateOfBirth: '',
    plannedSubmission: '',
    family: { spouse: '', changedSinceProfile: '', size: '', children: '' },
    languageTests: [emptyLanguageTest()],
    spouseLanguageTest: emptyLanguageTest(),
    education: { level: '', earned: '', ecaIssued: '', canadian: '' },
    spouseEducation: '',
    spouseCanadianWorkYears: '',
    work: [],
    certificateOfQualification: '',
    siblingInCanada: '',
    nomination: '',
    funds: { amount: '', jobOffer: '', authorizedToWork: '' },
    policeCertificates: [],
    policeNone: false,
    round: { number: '', cutoff: '', category: '' },
    fromLetter: [],
    letterSeen: '',
  };
}

/**
 * A stored draft, parsed (it crossed the storage boundary): a field that does not parse is put back
 * to blank and everything else is kept; null when there is no draft or nothing of it is a form.
 */
export function parseDraft(input: unknown): FormDraft | null {
  if (input === null || input === undefined) return null;
  const kept = salvage(input, formDraftSchema, emptyDraft());
  return kept.ok ? kept.value : null;
}
