// A field of the form named for a sentence or a list of errors, from its id (its path):
// `work[1].start` → "Work period 2: Start date", `dateOfBirth` → "Date of birth".
import { FACT_NAMES, FACT_PATHS } from '@/lib/facts';
import type { UiLanguage } from '@/lib/i18n';
import type { OptionsMessages } from '@/lib/i18n/options-en';

const ABILITY = /^scores\.(listening|reading|writing|speaking)$/;

function rowField(t: OptionsMessages, field: string): string {
  switch (field) {
    case 'start':
      return t.start.label;
    case 'end':
      return t.end.label;
    case 'hoursPerWeek':
      return t.hoursPerWeek.label;
    case 'country':
      return t.country.label;
    case 'noc':
      return t.noc.label;
    case 'teer':
      return t.teer.label;
    case 'requested':
      return t.requested.label;
    case 'person':
      return t.person.label;
    case 'test':
      return t.test.label;
    case 'resultDate':
      return t.resultDate.label;
    default: {
      const ability = ABILITY.exec(field)?.[1];
      return ability === 'listening' ||
        ability === 'reading' ||
        ability === 'writing' ||
        ability === 'speaking'
        ? t.abilities[ability]
        : field;
    }
  }
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
