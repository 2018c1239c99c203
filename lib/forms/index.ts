// Public face of the options form's pure helpers: raw form ⇄ facts, field errors, live previews.
export {
  emptyDraft,
  emptyLanguageTest,
  emptyPolice,
  emptyWork,
  formDraftSchema,
  parseDraft,
  type Answer,
  type FormDraft,
  type LanguageTestDraft,
  type PoliceDraft,
  type WorkDraft,
} from './draft';
export type { FieldError, FieldErrors } from './errors';
export { factsFromDraft, workPeriodFromDraft, type DraftResult } from './to-facts';
export { chooseDraft, draftFromFacts, nextKey } from './from-facts';
export {
  levelsPreview,
  workSummary,
  type LevelsPreview,
  type NotCounted,
  type PeriodSummary,
  type WorkSummary,
} from './preview';
export { parseAmount, parseDecimal, parseWhole } from './numbers';
export { ROUND_CATEGORIES, type RoundCategory } from './categories';
export { formView, type FormView } from './view';
