// A field of the form named for a sentence or a list of errors, from its id (its path):
// `work[1].start` → "Work period 2: Start date", `dateOfBirth` → "Date of birth".
import { FACT_NAMES, FACT_PATHS } from '@/lib/facts';
import type { UiLanguage } from '@/lib/i18n';
import type { OptionsMessages } from '@/lib/i18n/options-en';

/** The fields of a row (a work period, a police certificate, a language test), each with a label. */
const ROW_FIELDS = [
  'start',
  'end',
  'hoursPerWeek',
  'country',
  'noc',
  'teer',
  'requested',
  'person',
  'test',
  'resultDate',
] as const satisfies readonly (keyof OptionsMessages)[];
const ABILITIES = ['listening', 'reading', 'writing', 'speaking'] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  list.some((item) => item === value);

function rowField(t: OptionsMessages, field: string): string {
  if (isOneOf(ROW_FIELDS, field)) return t[field].label;
  const ability = /^scores\.(.+)$/.exec(field)?.[1] ?? '';
  return isOneOf(ABILITIES, ability) ? t.abilities[ability] : field;
}

export function fieldLabel(t: OptionsMessages, language: UiLanguage, id: string): string {
  const fact = FACT_PATHS.find((p) => p === id);
  if (fact !== undefined) return FACT_NAMES[fact][language].label;
  if (id === 'round.number') return t.roundNumber.label;
  if (id === 'round.cutoff') return t.roundCutoff.label;
  const row = /^(work|policeCertificates|languageTests)\[(\d+)\]\.(.+)$/.exec(id);
  if (row) {
    const n = Number(row[2]) + 1;
    const group =
      row[1] === 'work'
        ? t.workHeading({ n })
        : row[1] === 'policeCertificates'
          ? t.policeHeading({ n })
          : t.testHeading({ n });
    return t.labelIn({ group, field: rowField(t, row[3] ?? '') });
  }
  const spouseTest = /^spouseLanguageTest\.(.+)$/.exec(id);
  if (spouseTest)
    return t.labelIn({ group: t.spouseTestHeading, field: rowField(t, spouseTest[1] ?? '') });
  return id;
}
