// The candidate's facts (docs/formats.md "Candidate facts"): what the user knows and the page does not
// say. Shared by `ita-ready check --facts` and the extension's storage. Strict: a misspelt key is an
// error, never silently ignored. Every key is optional; the rule that needs a fact asks for it.
import * as z from 'zod/mini';
import { CANADIAN_EDUCATION, EDUCATION_LEVELS } from '../crs/grids/types';
import { isIsoDate } from '../dates';
import { LANGUAGE_TESTS } from '../language/charts';

// The engine's own lists: a fact is valid exactly when the CRS grid and the language charts know it.
export { EDUCATION_LEVELS, LANGUAGE_TESTS };
export type { EducationLevel } from '../crs/grids/types';

// A plausible year range keeps every date arithmetic downstream finite and every comparison
// meaningful: a typo like 9999-12-31 or 0202-05-10 is refused here with a plain message instead of
// surfacing later as a nonsense verdict.
export const FACT_YEARS = { min: 1900, max: 2100 } as const;
const date = z.string().check(
  z.refine(isIsoDate, 'expected a date written YYYY-MM-DD'),
  z.refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= FACT_YEARS.min && year <= FACT_YEARS.max;
  }, `expected a year from ${FACT_YEARS.min} to ${FACT_YEARS.max}`),
);
const count = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

export const SPOUSE_STATUSES = ['none', 'accompanying', 'not-accompanying', 'canadian'] as const;
export const PERSONS = ['candidate', 'spouse'] as const;
export type Person = (typeof PERSONS)[number];

const score = z.number().check(z.gte(0), z.lte(999));

export const languageTestSchema = z.strictObject({
  /** Which official language the test is in; it must agree with `test` (checked in parseFacts). */
  language: z.optional(z.enum(['english', 'french'])),
  test: z.enum(LANGUAGE_TESTS),
  resultDate: date,
  scores: z.strictObject({ listening: score, reading: score, writing: score, speaking: score }),
});

export const workPeriodSchema = z.strictObject({
  start: date,
  /** null while ongoing: the period then ends on the date it is measured at. */
  end: z.nullable(date),
  hoursPerWeek: z.number().check(z.gt(0), z.lte(168)),
  /** ISO 3166 alpha-2; `CA` is Canadian experience. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a two-letter country code like CA')),
  teer: z.number().check(z.int(), z.gte(0), z.lte(5)),
  noc: z.optional(z.string().check(z.regex(/^\d{5}$/, 'expected a five-digit NOC 2021 code'))),
  paid: z.boolean(),
  selfEmployed: z.boolean(),
  fullTimeStudent: z.boolean(),
});

export const factsSchema = z.strictObject({
  dateOfBirth: z.optional(date),
  plannedSubmission: z.optional(date),
  family: z.optional(
    z.strictObject({
      spouse: z.optional(z.enum(SPOUSE_STATUSES)),
      changedSinceProfile: z.optional(z.boolean()),
      size: z.optional(z.number().check(z.int(), z.gte(1), z.lte(30))),
      /** Dependent children (the candidate's and the spouse's), whether or not they come. */
      children: z.optional(count(20)),
    }),
  ),
  languageTests: z.optional(z.array(languageTestSchema).check(z.maxLength(10))),
  spouseLanguageTest: z.optional(z.nullable(languageTestSchema)),
  education: z.optional(
    z.strictObject({
      level: z.optional(z.enum(EDUCATION_LEVELS)),
      ecaIssued: z.optional(z.nullable(date)),
      canadian: z.optional(z.enum(CANADIAN_EDUCATION)),
    }),
  ),
  spouseEducation: z.optional(z.enum(EDUCATION_LEVELS)),
  work: z.optional(z.array(workPeriodSchema).check(z.maxLength(40))),
  spouseCanadianWorkYears: z.optional(count(60)),
  certificateOfQualification: z.optional(z.boolean()),
  siblingInCanada: z.optional(z.boolean()),
  nomination: z.optional(z.enum(['none', 'active', 'withdrawn'])),
  funds: z.optional(
    z.strictObject({
      amount: z.optional(z.number().check(z.gte(0), z.lte(1e9))),
      jobOffer: z.optional(z.boolean()),
      authorizedToWork: z.optional(z.boolean()),
    }),
  ),
  policeCertificates: z.optional(
    z
      .array(
        z.strictObject({
          country: z.string().check(z.regex(/^[A-Z]{2}$/, 'expected a two-letter country code')),
          /** Whose certificate it is; absent means the candidate's. */
          person: z.optional(z.enum(PERSONS)),
          received: z.boolean(),
          requested: z.optional(z.nullable(date)),
        }),
      )
      .check(z.maxLength(40)),
  ),
  /**
   * What the user marked on the document checklist, by checklist item key (`passport`,
   * `police-certificate:spouse:IN`, …): whether they have it, and when they asked for it.
   */
  documents: z.optional(
    z
      .record(
        z.string().check(z.regex(/^[a-z0-9:-]{1,80}$/, 'expected a checklist item key')),
        z.strictObject({
          have: z.optional(z.boolean()),
          requested: z.optional(z.nullable(date)),
        }),
      )
      .check(z.refine((value) => Object.keys(value).length <= 200, 'too many entries')),
  ),
  round: z.optional(
    z.strictObject({
      number: z.optional(
        z.string().check(z.regex(/^\d{1,4}[a-z]?$/, 'expected a round number like 437 or 91a')),
      ),
      cutoff: z.optional(count(1200)),
      category: z.optional(z.nullable(z.string().check(z.maxLength(80)))),
    }),
  ),
});

export type Facts = z.infer<typeof factsSchema>;
export type LanguageTestFact = z.infer<typeof languageTestSchema>;
export type WorkPeriod = z.infer<typeof workPeriodSchema>;

/**
 * The facts fields a finding can point to (`Finding.fact`), so the options page can open the right
 * field. Top-level keys plus the nested ones a rule asks for by name.
 */
export const FACT_PATHS = [
  'dateOfBirth',
  'plannedSubmission',
  'family',
  'family.spouse',
  'family.changedSinceProfile',
  'family.size',
  'family.children',
  'languageTests',
  'spouseLanguageTest',
  'education',
  'education.level',
  'education.ecaIssued',
  'education.canadian',
  'spouseEducation',
  'work',
  'spouseCanadianWorkYears',
  'certificateOfQualification',
  'siblingInCanada',
  'nomination',
  'funds',
  'funds.amount',
  'funds.jobOffer',
  'funds.authorizedToWork',
  'policeCertificates',
  'round',
] as const;
export type FactPath = (typeof FACT_PATHS)[number];
