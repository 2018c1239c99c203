// Public face of the options form's pure helpers: raw form ⇄ facts, field errors, live previews.
export {
  CANADIAN_EDUCATION,
  EARNED,
  emptyDraft,
  emptyLanguageTest,
  emptyPolice,
  emptyWork,
  FIELD_MAX,
  NOMINATIONS,
  parseDraft,
  TEERS,
  type Answer,
  type FormDraft,
  type LanguageTestDraft,
  type PoliceDraft,
  type WorkDraft,
} from './draft';
export type { FieldError, FieldErrors } from './errors';
export { factsFromDraft, workPeriodFromDraft, type DraftResult } from './to-facts';
export {
  familySizeOf,
  fundsApply,
  NO_LETTER,
  spouseFactorsApply,
  spouseMayNeedCertificates,
  type FormContext,
} from './context';
export { parseTypedDate, type TypedDate } from './dates';
export { letterKey, prefillFromClaims, stillFromLetter } from './prefill';
export { chooseDraft, draftFromFacts, nextKey } from './from-facts';
export { mergeDrafts, sameJson } from './merge';
export {
  levelsPreview,
  workSummary,
  type LevelsPreview,
  type NotCounted,
  type PeriodSummary,
} from './preview';
export { parseAmount, parseDecimal } from './numbers';
export { ROUND_CATEGORIES, type RoundCategory } from './categories';
export { formView, type FormView } from './view';
