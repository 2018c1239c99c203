// "Police certificates": one row per country lived in 6+ months since age 18.
import { emptyPolice, nextKey } from '@/lib/forms';
import { CheckboxField, TextField } from './fields';
import type { FormProps } from './types';

export function PoliceSection({ draft, view, t, edit, focus }: FormProps) {
  const err = view.result.errors;
  return (
    <section id="policeCertificates" aria-labelledby="policeCertificates--heading">
      <h2 id="policeCertificates--heading">{t.section.policeCertificates}</h2>
      <p class="hint">{t.policeIntro}</p>
      {draft.policeCertificates.map((row, i) => {
        const p = `policeCertificates[${i}]`;
        const set = (change: (r: typeof row) => void) =>
          edit((d) => {
            const r = d.policeCertificates[i];
            if (r) change(r);
          });
        return (
          <fieldset key={row.key} class="row">
            <legend>{t.policeHeading({ n: i + 1 })}</legend>
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
            <button
              type="button"
              class="link"
              onClick={() => {
                edit((d) => void d.policeCertificates.splice(i, 1));
                focus('policeCertificates--add');
              }}
            >
              {t.removePolice({ n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      {draft.policeCertificates.length < 40 ? (
        <button
          type="button"
          id="policeCertificates--add"
          onClick={() => {
            edit(
              (d) =>
                void d.policeCertificates.push(
                  emptyPolice(
                    nextKey(
                      d.policeCertificates.map((r) => r.key),
                      'police',
                    ),
                  ),
                ),
            );
            focus(`policeCertificates[${draft.policeCertificates.length}].country`);
          }}
        >
          {t.addPolice}
        </button>
      ) : null}
    </section>
  );
}
