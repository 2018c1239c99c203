// Everything the options form shows beside what was typed, computed once per change.
import { familySizeOf, NO_LETTER, type FormContext } from './context';
import type { FormDraft } from './draft';
import { levelsPreview, workSummary, type LevelsPreview, type WorkSummary } from './preview';
import { factsFromDraft, workPeriodFromDraft, type DraftResult } from './to-facts';

export interface FormView {
  result: DraftResult;
  levels: (LevelsPreview | null)[];
  spouseLevels: LevelsPreview | null;
  work: WorkSummary;
  /** The family size the answers give (shown when the size field is left blank). */
  familySize: number | null;
  context: FormContext;
}

/** `today` is the user's local date (`YYYY-MM-DD`); work is counted up to the planned submission. */
export function formView(
  draft: FormDraft,
  today: string,
  context: FormContext = NO_LETTER,
): FormView {
  const result = factsFromDraft(draft, {}, context);
  const ref = result.facts.plannedSubmission ?? today;
  return {
    result,
    levels: draft.languageTests.map(levelsPreview),
    spouseLevels: levelsPreview(draft.spouseLanguageTest),
    work: workSummary(draft.work, workPeriodFromDraft, ref),
    familySize: familySizeOf(draft),
    context,
  };
}
