// Public face of the options form's pure helpers: raw form ⇄ facts, field errors, live previews.
export {
  CANADIAN_EDUCATION,
  EARNED,
  emptyDraft,
  emptyLanguageTest,
  emptyPolice,
  emptyWork,
  NOMINATIONS,
  parseDraft,
  TEERS,
  type Answer,
  type FormDraft,
  type LanguageTestDraft,
  type WorkDraft,
} from './draft';
export type { FieldError, FieldErrors } from './errors';
export { factsFromDraft, workPeriodFromDraft } from './to-facts';
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
