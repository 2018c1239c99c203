// "Education": the credential claimed, where it was earned (a foreign one needs an ECA, valid five
// years), Canadian study and a trade certificate.
import { EDUCATION_LEVELS } from '@/lib/facts';
import { CANADIAN_EDUCATION, EARNED } from '@/lib/forms';
import { ClaimNote } from './claims-section';
import { AnswerField, choicesOf, DateField, oneOf, SelectField } from './fields';
import type { FormProps } from './types';
import { Section } from './section';

export function EducationSection({ draft, view, t, edit, claims, language }: FormProps) {
  const err = view.result.errors;
  const e = draft.education;
  const fromLetter = (id: string) => draft.fromLetter.includes(id);
  return (
    <Section name="education" t={t}>
      {/* What the letter leaves open (what it makes certain is filled in below). */}
      <ClaimNote
        t={t}
        lines={claims.filter((line) => line.values.length > 1)}
        keys={['education', 'canadianEducation', 'certificateOfQualification']}
      />
      <SelectField
        id="education.level"
        label={t.educationLevel.label}
        hint={t.educationLevel.hint}
        t={t}
        question
        fromLetter={fromLetter('education.level')}
        choices={choicesOf(t, t.educationLevels)}
        value={e.level}
        onValue={(v) => edit((d) => void (d.education.level = oneOf(EDUCATION_LEVELS, v)))}
      />
      <SelectField
        id="education.earned"
        label={t.earned.label}
        hint={t.earned.hint}
        t={t}
        question
        choices={choicesOf(t, t.earned.options)}
        value={e.earned}
        onValue={(v) => edit((d) => void (d.education.earned = oneOf(EARNED, v)))}
      />
      {e.earned === 'canada' ? null : (
        <DateField
          id="education.ecaIssued"
          label={t.ecaIssued.label}
          hint={t.ecaIssued.hint}
          t={t}
          language={language}
          // Asked once the credential is known to be foreign; before that it may not apply.
          question={e.earned === 'abroad'}
          error={err['education.ecaIssued']}
          iso={view.result.dates['education.ecaIssued']}
          value={e.ecaIssued}
          onValue={(v) =>
            edit((d) => {
              d.education.ecaIssued = v;
              // A date of ECA says the credential is foreign.
              if (v !== '' && d.education.earned === '') d.education.earned = 'abroad';
            })
          }
        />
      )}
      <SelectField
        id="education.canadian"
        label={t.canadianEducation.label}
        hint={t.canadianEducation.hint}
        t={t}
        question
        fromLetter={fromLetter('education.canadian')}
        choices={choicesOf(t, t.canadianEducation.options)}
        value={e.canadian}
        onValue={(v) => edit((d) => void (d.education.canadian = oneOf(CANADIAN_EDUCATION, v)))}
      />
      <AnswerField
        id="certificateOfQualification"
        label={t.certificateOfQualification.label}
        hint={t.certificateOfQualification.hint}
        t={t}
        question
        fromLetter={fromLetter('certificateOfQualification')}
        value={draft.certificateOfQualification}
        onValue={(v) => edit((d) => void (d.certificateOfQualification = v))}
      />
    </Section>
  );
}
