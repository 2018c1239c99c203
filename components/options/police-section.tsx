// "Police certificates": one row per country lived in 6+ months since age 18.
import { emptyPolice, nextKey } from '@/lib/forms';
import { CheckboxField, TextField } from './fields';
import { keysOf, RowList } from './row-list';
import type { FormProps } from './types';
import { Section } from './section';

export function PoliceSection(form: FormProps) {
  const { view, t } = form;
  const err = view.result.errors;
  return (
    <Section name="policeCertificates" t={t} intro={t.policeIntro}>
      <RowList
        name="policeCertificates"
        form={form}
        list={(d) => d.policeCertificates}
        create={(d) => emptyPolice(nextKey(keysOf(d.policeCertificates), 'police'))}
        first="country"
        max={40}
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
              size={3}
              error={err[`${p}.country`]}
              value={row.country}
              onValue={(v) => set((r) => void (r.country = v))}
            />
            <TextField
              id={`${p}.requested`}
              type="date"
              label={t.requested.label}
              t={t}
              error={err[`${p}.requested`]}
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
    </Section>
  );
}
