// "You and your family": date of birth, partner, family changes and size, the partner's factors,
// and a sibling in Canada. Ids are the facts' paths so the popup can link to each one.
import { EDUCATION_LEVELS, SPOUSE_STATUSES } from '@/lib/facts';
import { AnswerField, choicesOf, oneOf, SelectField, TextField } from './fields';
import type { FormProps } from './types';
import { Section } from './section';

export function FamilySection({ draft, view, t, edit }: FormProps) {
  const err = view.result.errors;
  return (
    <Section name="family" t={t}>
      <TextField
        id="dateOfBirth"
        type="date"
        {...t.dateOfBirth}
        t={t}
        error={err.dateOfBirth}
        autoComplete="bday"
        value={draft.dateOfBirth}
        onValue={(v) => edit((d) => void (d.dateOfBirth = v))}
      />
      <SelectField
        id="family.spouse"
        {...t.spouse}
        t={t}
        choices={choicesOf(t, t.spouse.options)}
        value={draft.family.spouse}
        onValue={(v) => edit((d) => void (d.family.spouse = oneOf(SPOUSE_STATUSES, v)))}
      />
      <AnswerField
        id="family.changedSinceProfile"
        {...t.changedSinceProfile}
        t={t}
        value={draft.family.changedSinceProfile}
        onValue={(v) => edit((d) => void (d.family.changedSinceProfile = v))}
      />
      <TextField
        id="family.size"
        {...t.familySize}
        t={t}
        inputMode="numeric"
        size={4}
        error={err['family.size']}
        value={draft.family.size}
        onValue={(v) => edit((d) => void (d.family.size = v))}
      />
      <TextField
        id="family.children"
        {...t.familyChildren}
        t={t}
        inputMode="numeric"
        size={4}
        error={err['family.children']}
        value={draft.family.children}
        onValue={(v) => edit((d) => void (d.family.children = v))}
      />
      <SelectField
        id="spouseEducation"
        {...t.spouseEducation}
        t={t}
        choices={choicesOf(t, t.educationLevels)}
        value={draft.spouseEducation}
        onValue={(v) => edit((d) => void (d.spouseEducation = oneOf(EDUCATION_LEVELS, v)))}
      />
      <TextField
        id="spouseCanadianWorkYears"
        {...t.spouseCanadianWorkYears}
        t={t}
        inputMode="numeric"
        size={4}
        error={err.spouseCanadianWorkYears}
        value={draft.spouseCanadianWorkYears}
        onValue={(v) => edit((d) => void (d.spouseCanadianWorkYears = v))}
      />
      <AnswerField
        id="siblingInCanada"
        {...t.siblingInCanada}
        t={t}
        value={draft.siblingInCanada}
        onValue={(v) => edit((d) => void (d.siblingInCanada = v))}
      />
    </Section>
  );
}
