// "Work experience": one row per job, with the hours IRCC would count for it (30 h/week at most,
// exact days, last 10 years) and the Canadian and foreign totals so far.
import { emptyWork, nextKey, TEERS, type PeriodSummary } from '@/lib/forms';
import { localeOf } from '@/lib/i18n';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { CheckboxField, oneOf, SelectField, TextField } from './fields';
import { keysOf, RowList } from './row-list';
import type { FormProps } from './types';
import { Section } from './section';

function PeriodTotal(props: {
  summary: PeriodSummary | undefined;
  t: OptionsMessages;
  hours: (h: number) => string;
}) {
  const { summary, t } = props;
  if (!summary || summary.hours === null) return <p class="total muted">{t.periodIncomplete}</p>;
  return (
    <p class="total" data-kind={summary.kind}>
      {t.periodHours({ hours: props.hours(summary.hours) })} · {t.periodKind[summary.kind]}
      {summary.reasons.length > 0
        ? ` (${summary.reasons.map((r) => t.notCounted[r]).join('; ')})`
        : ''}
    </p>
  );
}

export function WorkSection(form: FormProps) {
  const { view, t, language } = form;
  const err = view.result.errors;
  const number = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  // Rounded down, as lib/work wholeHours does: 1,559.9 must never read as 1,560.
  const hours = (h: number) => number.format(Math.floor(h + 1e-6));
  const w = view.work;
  return (
    <Section name="work" t={t} intro={t.workIntro}>
      <RowList
        name="work"
        form={form}
        list={(d) => d.work}
        create={(d) => emptyWork(nextKey(keysOf(d.work), 'work'))}
        first="start"
        max={40}
        rowKey={(row) => row.key}
        text={{ legend: t.workHeading, add: t.addWork, remove: t.removeWork }}
      >
        {({ row, index, path: p, set }) => (
          <>
            <div class="grid">
              <TextField
                id={`${p}.start`}
                type="date"
                label={t.start.label}
                t={t}
                error={err[`${p}.start`]}
                value={row.start}
                onValue={(v) => set((r) => void (r.start = v))}
              />
              <TextField
                id={`${p}.end`}
                type="date"
                label={t.end.label}
                t={t}
                error={row.ongoing ? undefined : err[`${p}.end`]}
                value={row.ongoing ? '' : row.end}
                disabled={row.ongoing}
                onValue={(v) => set((r) => void (r.end = v))}
              />
              <CheckboxField
                id={`${p}.ongoing`}
                label={t.ongoing.label}
                checked={row.ongoing}
                onValue={(v) => set((r) => void (r.ongoing = v))}
              />
              <TextField
                id={`${p}.hoursPerWeek`}
                label={t.hoursPerWeek.label}
                hint={t.hoursPerWeek.hint}
                t={t}
                inputMode="decimal"
                size={5}
                error={err[`${p}.hoursPerWeek`]}
                value={row.hoursPerWeek}
                onValue={(v) => set((r) => void (r.hoursPerWeek = v))}
              />
              <TextField
                id={`${p}.country`}
                label={t.country.label}
                hint={t.country.hint}
                t={t}
                size={3}
                error={err[`${p}.country`]}
                value={row.country}
                onValue={(v) => set((r) => void (r.country = v))}
              />
              <TextField
                id={`${p}.noc`}
                label={t.noc.label}
                hint={t.noc.hint}
                t={t}
                inputMode="numeric"
                size={6}
                error={err[`${p}.noc`]}
                value={row.noc}
                onValue={(v) => set((r) => void (r.noc = v))}
              />
              <SelectField
                id={`${p}.teer`}
                label={t.teer.label}
                hint={t.teer.hint}
                t={t}
                error={err[`${p}.teer`]}
                choices={[
                  { value: '', label: t.notAnswered },
                  ...TEERS.map((n) => ({ value: n, label: `TEER ${n}` })),
                ]}
                value={row.teer}
                onValue={(v) => set((r) => void (r.teer = oneOf(TEERS, v)))}
              />
              <CheckboxField
                id={`${p}.paid`}
                label={t.paid.label}
                checked={row.paid}
                onValue={(v) => set((r) => void (r.paid = v))}
              />
              <CheckboxField
                id={`${p}.selfEmployed`}
                label={t.selfEmployed.label}
                checked={row.selfEmployed}
                onValue={(v) => set((r) => void (r.selfEmployed = v))}
              />
              <CheckboxField
                id={`${p}.fullTimeStudent`}
                label={t.fullTimeStudent.label}
                checked={row.fullTimeStudent}
                onValue={(v) => set((r) => void (r.fullTimeStudent = v))}
              />
            </div>
            <PeriodTotal summary={w.periods[index]} t={t} hours={hours} />
          </>
        )}
      </RowList>
      <div class="totals" aria-live="polite" data-testid="work-total">
        <h3>{t.workTotalHeading}</h3>
        <p>
          <strong>
            {t.workTotal({
              canadian: hours(w.canadianHours),
              canadianYears: w.canadianYears,
              foreign: hours(w.foreignHours),
              foreignYears: w.foreignYears,
            })}
          </strong>
        </p>
        <p class="hint">{t.workWindow(w.window)}</p>
      </div>
    </Section>
  );
}
