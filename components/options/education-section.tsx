// "Education": the credential claimed, where it was earned (a foreign one needs an ECA, valid five
// years), Canadian study and a trade certificate.
import { EDUCATION_LEVELS } from '@/lib/facts';
import { CANADIAN_EDUCATION, EARNED } from '@/lib/forms';
import { AnswerField, choicesOf, oneOf, SelectField, TextField } from './fields';
import type { FormProps } from './types';
import { Section } from './section';

export function EducationSection({ draft, view, t, edit }: FormProps) {
  const err = view.result.errors;
  const e = draft.education;
  return (
    <Section name="education" t={t}>
      <SelectField
        id="education.level"
        label={t.educationLevel.label}
        hint={t.educationLevel.hint}
        t={t}
        choices={choicesOf(t, t.educationLevels)}
        value={e.level}
        onValue={(v) => edit((d) => void (d.education.level = oneOf(EDUCATION_LEVELS, v)))}
      />
      <SelectField
        id="education.earned"
        label={t.earned.label}
        hint={t.earned.hint}
        t={t}
        choices={choicesOf(t, t.earned.options)}
        value={e.earned}
        onValue={(v) => edit((d) => void (d.education.earned = oneOf(EARNED, v)))}
      />
      {e.earned === 'canada' ? null : (
        <TextField
          id="education.ecaIssued"
          type="date"
          label={t.ecaIssued.label}
          hint={t.ecaIssued.hint}
          t={t}
          error={err['education.ecaIssued']}
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
        choices={choicesOf(t, t.canadianEducation.options)}
        value={e.canadian}
        onValue={(v) => edit((d) => void (d.education.canadian = oneOf(CANADIAN_EDUCATION, v)))}
      />
      <AnswerField
        id="certificateOfQualification"
        label={t.certificateOfQualification.label}
        hint={t.certificateOfQualification.hint}
        t={t}
        value={draft.certificateOfQualification}
        onValue={(v) => edit((d) => void (d.certificateOfQualification = v))}
      />
    </Section>
  );
}
