// What every part of the options form receives: the raw form, what was computed from it, the text,
// and one way to change the form (a copy is changed and stored by the page).
import type { ClaimLine } from '@/lib/claims';
import type { FormDraft, FormView } from '@/lib/forms';
import type { UiLanguage } from '@/lib/i18n';
import type { OptionsMessages } from '@/lib/i18n/options-en';

export interface FormProps {
  draft: FormDraft;
  view: FormView;
  t: OptionsMessages;
  language: UiLanguage;
  /** What the letter's breakdown says, in words (empty without a letter). */
  claims: readonly ClaimLine[];
  /** Applies `change` to a copy of the form; the page saves it. */
  edit: (change: (draft: FormDraft) => void) => void;
  /** Moves keyboard focus to the element with this id after the next render (new rows). */
  focus: (id: string) => void;
}
