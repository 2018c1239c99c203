// "Work experience": one row per job, with the hours IRCC would count for it (30 h/week at most,
// exact days, last 10 years) and the Canadian and foreign totals so far.
import { emptyWork, nextKey, TEERS, type PeriodSummary } from '@/lib/forms';
import { formatDate } from '@/lib/dates';
import { localeOf } from '@/lib/i18n';
import type { OptionsMessages } from '@/lib/i18n/options-en';
import { ClaimNote } from './claims-section';
import { CheckboxField, DateField, oneOf, SelectField, TextField } from './fields';
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
  const { view, t, language, claims } = form;
  const err = view.result.errors;
  const dates = view.result.dates;
  const number = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 0 });
  // Rounded down, as lib/work wholeHours does: 1,559.9 must never read as 1,560.
  const hours = (h: number) => number.format(Math.floor(h + 1e-6));
  const w = view.work;
  return (
    <Section name="work" t={t} intro={t.workIntro}>
      <ClaimNote t={t} lines={claims} keys={['canadianWorkYears', 'foreignWorkYears']} />
      <RowList
        name="work"
        form={form}
        list={(d) => d.work}
        create={(d) => emptyWork(nextKey(keysOf(d.work), 'work'))}
        first="start"
        max={40}
        question
        rowKey={(row) => row.key}
        text={{ legend: t.workHeading, add: t.addWork, remove: t.removeWork }}
      >
        {({ row, index, path: p, set }) => (
          <>
            {/* The usual case (paid, employed, not a full-time student) needs no stop here. */}
            <details
              class="job-details"
              open={!row.paid || row.selfEmployed || row.fullTimeStudent}
            >
              <summary>{t.jobDetails}</summary>
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
            </details>
            <div class="grid">
              <DateField
                id={`${p}.start`}
                label={t.start.label}
                t={t}
                language={language}
                question
                error={err[`${p}.start`]}
                iso={dates[`${p}.start`]}
                value={row.start}
                onValue={(v) => set((r) => void (r.start = v))}
              />
              <DateField
                id={`${p}.end`}
                label={t.end.label}
                t={t}
                language={language}
                question
                error={row.ongoing ? undefined : err[`${p}.end`]}
                iso={dates[`${p}.end`]}
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
                question
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
                question
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
                onValue={(v) =>
                  set((r) => {
                    r.noc = v;
                    // The TEER category is the second digit of a NOC 2021 code.
                    const teer = /^\d(\d)\d{3}$/.exec(v.trim())?.[1];
                    if (teer !== undefined) r.teer = oneOf(TEERS, teer);
                  })
                }
              />
              <SelectField
                id={`${p}.teer`}
                label={t.teer.label}
                hint={t.teer.hint}
                t={t}
                question
                error={err[`${p}.teer`]}
                choices={[
                  { value: '', label: t.notAnswered },
                  ...TEERS.map((n) => ({ value: n, label: t.teerOptions[n] })),
                ]}
                value={row.teer}
                onValue={(v) => set((r) => void (r.teer = oneOf(TEERS, v)))}
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
        <p class="hint">
          {t.workWindow({
            from: formatDate(w.window.from, language),
            to: formatDate(w.window.to, language),
          })}
        </p>
      </div>
    </Section>
  );
}
