// "Provincial nomination", "Proof of funds" and "Your round and plans": a few fields each.
import { fundsApply, NOMINATIONS, ROUND_CATEGORIES } from '@/lib/forms';
import { AnswerField, choicesOf, DateField, oneOf, SelectField, TextField } from './fields';
import type { FormProps } from './types';
import { Section } from './section';

export function NominationSection({ draft, view, t, edit }: FormProps) {
  const claimed = view.context.claims?.provincialNomination;
  // What the letter counted, said with the question.
  const note = claimed?.length === 1 ? (claimed[0] ? t.nominationClaimed : t.nominationNone) : null;
  return (
    <Section name="nomination" t={t}>
      <SelectField
        id="nomination"
        label={t.nomination.label}
        hint={[note, t.nomination.hint].filter(Boolean).join(' ')}
        t={t}
        question
        fromLetter={draft.fromLetter.includes('nomination')}
        choices={choicesOf(t, t.nomination.options)}
        value={draft.nomination}
        onValue={(v) => edit((d) => void (d.nomination = oneOf(NOMINATIONS, v)))}
      />
    </Section>
  );
}

export function FundsSection({ draft, view, t, edit }: FormProps) {
  if (!fundsApply(view.context))
    return (
      <Section name="funds" t={t}>
        <p class="hint">{t.fundsNotNeeded}</p>
      </Section>
    );
  return (
    <Section name="funds" t={t}>
      <TextField
        question
        id="funds.amount"
        label={t.fundsAmount.label}
        hint={t.fundsAmount.hint}
        t={t}
        inputMode="decimal"
        size={10}
        error={view.result.errors['funds.amount']}
        value={draft.funds.amount}
        onValue={(v) => edit((d) => void (d.funds.amount = v))}
      />
      <AnswerField
        id="funds.jobOffer"
        label={t.jobOffer.label}
        t={t}
        question
        value={draft.funds.jobOffer}
        onValue={(v) => edit((d) => void (d.funds.jobOffer = v))}
      />
      <AnswerField
        id="funds.authorizedToWork"
        label={t.authorizedToWork.label}
        t={t}
        question
        value={draft.funds.authorizedToWork}
        onValue={(v) => edit((d) => void (d.funds.authorizedToWork = v))}
      />
    </Section>
  );
}

export function RoundSection({ draft, view, t, edit, language }: FormProps) {
  const err = view.result.errors;
  const category = draft.round.category;
  const known = ROUND_CATEGORIES.some((c) => c === category);
  const choices = [
    { value: '', label: t.roundCategory.none },
    ...ROUND_CATEGORIES.map((c) => ({ value: c, label: t.categories[c] })),
    // A category this list does not know (from an import) is shown, not lost.
    ...(category === '' || known ? [] : [{ value: category, label: category }]),
  ];
  return (
    <Section name="round" t={t}>
      <DateField
        id="plannedSubmission"
        label={t.plannedSubmission.label}
        hint={t.plannedSubmission.hint}
        t={t}
        language={language}
        error={err.plannedSubmission}
        iso={view.result.dates.plannedSubmission}
        value={draft.plannedSubmission}
        onValue={(v) => edit((d) => void (d.plannedSubmission = v))}
      />
      <TextField
        id="round.number"
        label={t.roundNumber.label}
        hint={t.roundNumber.hint}
        t={t}
        size={6}
        error={err['round.number']}
        value={draft.round.number}
        onValue={(v) => edit((d) => void (d.round.number = v))}
      />
      <TextField
        id="round.cutoff"
        label={t.roundCutoff.label}
        hint={t.roundCutoff.hint}
        t={t}
        inputMode="numeric"
        size={6}
        error={err['round.cutoff']}
        value={draft.round.cutoff}
        onValue={(v) => edit((d) => void (d.round.cutoff = v))}
      />
      <SelectField
        id="round.category"
        label={t.roundCategory.label}
        hint={t.roundCategory.hint}
        t={t}
        choices={choices}
        value={category}
        onValue={(v) => edit((d) => void (d.round.category = v))}
      />
    </Section>
  );
}
