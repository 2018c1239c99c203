// "Police certificates": one row per country lived in 6+ months since age 18, and whose it is when
// there is a spouse or partner who may need one too.
import { PERSONS } from '@/lib/facts';
import { emptyPolice, nextKey, spouseMayNeedCertificates } from '@/lib/forms';
import { CheckboxField, choicesOf, DateField, oneOf, SelectField, TextField } from './fields';
import { keysOf, RowList } from './row-list';
import type { FormProps } from './types';
import { Section } from './section';

export function PoliceSection(form: FormProps) {
  const { view, t, language, draft } = form;
  const err = view.result.errors;
  const askPerson = spouseMayNeedCertificates(draft, view.context);
  return (
    <Section name="policeCertificates" t={t} intro={t.policeIntro}>
      <RowList
        name="policeCertificates"
        form={form}
        list={(d) => d.policeCertificates}
        create={(d) => emptyPolice(nextKey(keysOf(d.policeCertificates), 'police'))}
        first="country"
        max={40}
        question
        rowKey={(row) => row.key}
        text={{ legend: t.policeHeading, add: t.addPolice, remove: t.removePolice }}
      >
        {({ row, path: p, set }) => (
          <div class="grid">
            <TextField
              id={`${p}.country`}
              label={t.policeCountry.label}
              hint={t.policeCountry.hint}
              t={t}
              question
              size={3}
              error={err[`${p}.country`]}
              value={row.country}
              onValue={(v) => set((r) => void (r.country = v))}
            />
            {askPerson ? (
              <SelectField
                id={`${p}.person`}
                label={t.person.label}
                hint={t.person.hint}
                t={t}
                // Blank means yours: asked, but not a question that must be answered.
                choices={choicesOf(t, t.person.options)}
                value={row.person}
                onValue={(v) => set((r) => void (r.person = oneOf(PERSONS, v)))}
              />
            ) : null}
            <DateField
              id={`${p}.requested`}
              label={t.requested.label}
              t={t}
              language={language}
              error={err[`${p}.requested`]}
              iso={view.result.dates[`${p}.requested`]}
              value={row.requested}
              onValue={(v) => set((r) => void (r.requested = v))}
            />
            <CheckboxField
              id={`${p}.received`}
              label={t.received.label}
              checked={row.received}
              onValue={(v) => set((r) => void (r.received = v))}
            />
          </div>
        )}
      </RowList>
      {draft.policeCertificates.length === 0 ? (
        <CheckboxField
          id="policeNone"
          label={t.policeNone.label}
          hint={t.policeNone.hint}
          checked={draft.policeNone}
          onValue={(v) => form.edit((d) => void (d.policeNone = v))}
        />
      ) : null}
    </Section>
  );
}
