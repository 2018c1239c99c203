// "You and your family": the partner first (it decides what else is asked), date of birth, family
// changes, children and size, the partner's own factors when they count, and a sibling in Canada.
// Ids are the facts' paths so the popup can link to each one.
import { EDUCATION_LEVELS, SPOUSE_STATUSES } from '@/lib/facts';
import { spouseFactorsApply } from '@/lib/forms';
import { ClaimNote } from './claims-section';
import { AnswerField, choicesOf, DateField, oneOf, SelectField, TextField } from './fields';
import type { FormProps } from './types';
import { Section } from './section';

export function FamilySection({ draft, view, t, edit, claims, language }: FormProps) {
  const err = view.result.errors;
  const fromLetter = (id: string) => draft.fromLetter.includes(id);
  // Scored as single (no partner, one not coming, or a Canadian one): their factors are not asked.
  const spouseFactors = spouseFactorsApply(draft, view.context);
  const computedSize = view.familySize;
  return (
    <Section name="family" t={t}>
      <ClaimNote t={t} lines={claims} keys={['spouse']} />
      <SelectField
        id="family.spouse"
        {...t.spouse}
        t={t}
        question
        fromLetter={fromLetter('family.spouse')}
        choices={choicesOf(t, t.spouse.options)}
        value={draft.family.spouse}
        onValue={(v) => edit((d) => void (d.family.spouse = oneOf(SPOUSE_STATUSES, v)))}
      />
      <ClaimNote t={t} lines={claims} keys={['age']} />
      <DateField
        id="dateOfBirth"
        {...t.dateOfBirth}
        t={t}
        language={language}
        question
        error={err.dateOfBirth}
        iso={view.result.dates.dateOfBirth}
        autoComplete="bday"
        value={draft.dateOfBirth}
        onValue={(v) => edit((d) => void (d.dateOfBirth = v))}
      />
      <AnswerField
        id="family.changedSinceProfile"
        {...t.changedSinceProfile}
        t={t}
        question
        value={draft.family.changedSinceProfile}
        onValue={(v) => edit((d) => void (d.family.changedSinceProfile = v))}
      />
      <TextField
        id="family.children"
        {...t.familyChildren}
        t={t}
        question
        inputMode="numeric"
        size={4}
        error={err['family.children']}
        value={draft.family.children}
        onValue={(v) => edit((d) => void (d.family.children = v))}
      />
      <TextField
        id="family.size"
        {...t.familySize}
        t={t}
        // Counted from the answers above when they are given: then it is not asked.
        question={computedSize === null}
        inputMode="numeric"
        size={4}
        error={err['family.size']}
        extra={
          computedSize !== null && draft.family.size.trim() === ''
            ? t.familySizeCounted({ size: computedSize })
            : null
        }
        value={draft.family.size}
        onValue={(v) => edit((d) => void (d.family.size = v))}
      />
      {spouseFactors ? (
        <>
          <SelectField
            id="spouseEducation"
            {...t.spouseEducation}
            t={t}
            question
            fromLetter={fromLetter('spouseEducation')}
            choices={choicesOf(t, t.educationLevels)}
            value={draft.spouseEducation}
            onValue={(v) => edit((d) => void (d.spouseEducation = oneOf(EDUCATION_LEVELS, v)))}
          />
          <TextField
            id="spouseCanadianWorkYears"
            {...t.spouseCanadianWorkYears}
            t={t}
            question
            fromLetter={fromLetter('spouseCanadianWorkYears')}
            inputMode="numeric"
            size={4}
            error={err.spouseCanadianWorkYears}
            value={draft.spouseCanadianWorkYears}
            onValue={(v) => edit((d) => void (d.spouseCanadianWorkYears = v))}
          />
        </>
      ) : null}
      <AnswerField
        id="siblingInCanada"
        {...t.siblingInCanada}
        t={t}
        question
        fromLetter={fromLetter('siblingInCanada')}
        value={draft.siblingInCanada}
        onValue={(v) => edit((d) => void (d.siblingInCanada = v))}
      />
    </Section>
  );
}
