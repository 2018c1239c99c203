// What is wrong with one field, as a code the catalogue turns into plain words in English or French.
// Keyed by the field's path, written as `formatPath` writes it (`work[0].hoursPerWeek`), which is
// also the id of the field in the options page.

export type FieldError =
  /** Not a date in any form the field reads (lib/forms/dates.ts). */
  | { code: 'date' }
  | { code: 'dateNoSuchDay'; day: number }
  /** Two real dates can be read; both `YYYY-MM-DD`, earlier first. */
  | { code: 'dateAmbiguous'; first: string; second: string }
  | { code: 'dateYears'; min: number; max: number }
  | { code: 'needed' }
  | { code: 'whole'; min: number; max: number }
  | { code: 'number'; min: number; max: number }
  | { code: 'amount' }
  | { code: 'score'; min: number; max: number; step: number }
  | { code: 'country' }
  | { code: 'noc' }
  | { code: 'endBeforeStart' }
  | { code: 'roundNumber' }
  /** A check of `parseFacts` the form did not foresee: its own (English) words. */
  | { code: 'other'; message: string };

export type FieldErrors = Record<string, FieldError>;
