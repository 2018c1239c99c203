// Everything the options form shows beside what was typed, computed once per change.
import type { FormDraft } from './draft';
import { levelsPreview, workSummary, type LevelsPreview, type WorkSummary } from './preview';
import { factsFromDraft, workPeriodFromDraft, type DraftResult } from './to-facts';

export interface FormView {
  result: DraftResult;
  levels: (LevelsPreview | null)[];
  spouseLevels: LevelsPreview | null;
  work: WorkSummary;
}

/** `today` is the user's local date (`YYYY-MM-DD`); work is counted up to the planned submission. */
export function formView(draft: FormDraft, today: string): FormView {
  const result = factsFromDraft(draft);
  const ref = result.ok ? (result.facts.plannedSubmission ?? today) : today;
  return {
    result,
    levels: draft.languageTests.map(levelsPreview),
    spouseLevels: levelsPreview(draft.spouseLanguageTest),
    work: workSummary(draft.work, workPeriodFromDraft, ref),
  };
}
