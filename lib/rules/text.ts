// Bilingual text helpers: numbers and dates written the way each language writes them.
import { FACT_NAMES, type FactPath } from '../facts';
import type { Severity, Text } from '../verdict';
import type { Finding, RuleId } from './types';

const en = new Intl.NumberFormat('en-CA', { maximumFractionDigits: 0 });
const fr = new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 });

/** `1,542` / `1 542`. */
export function num(value: number): Text {
  return { en: en.format(value), fr: fr.format(value) };
}

/** Builds a Text from a template per language, with the same values. */
export function text(enText: string, frText: string): Text {
  return { en: enText, fr: frText };
}

export function finding(
  id: RuleId,
  severity: Severity,
  title: Text,
  detail: Text,
  source: string,
  extra: Pick<Finding, 'fact' | 'lastSafeDay' | 'deadline'> = {},
): Finding {
  return { id, severity, title, detail, source, ...extra };
}

/** The warning a rule gives when a fact it needs is absent: never a silent "ready". */
export function missingFact(id: RuleId, fact: FactPath, why: Text, source: string): Finding {
  return finding(
    id,
    'warning',
    text(`Missing: ${FACT_NAMES[fact].en.phrase}`, `Manquant : ${FACT_NAMES[fact].fr.phrase}`),
    text(
      `Add ${FACT_NAMES[fact].en.phrase} on the options page: ${why.en}`,
      `Ajoutez ${FACT_NAMES[fact].fr.phrase} dans les options : ${why.fr}`,
    ),
    source,
    { fact },
  );
}
