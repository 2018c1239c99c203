// Bilingual text for findings: every number, date, count and list written the way each language
// writes it, and French typography applied in one place (no-break space before : ; ! ?, « » with
// narrow no-break spaces, a typographic apostrophe), so no rule has to remember it.
import { formatDate, formatDateTime } from '../dates';
import type { Severity, Text } from '../verdict';
import type { Finding, FindingId } from './types';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** French typography on a sentence written with ordinary spaces and quotes. */
function frenchTypography(value: string): string {
  return value
    .replace(/'/g, '’')
    .replace(/[ \u00a0\u202f]*:(?=\s|$)/g, `${NBSP}:`)
    .replace(/[ \u00a0\u202f]*([;!?])/g, `${NNBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
    .replace(/(\d) h (\d)/g, `$1${NBSP}h${NBSP}$2`);
}

/** A text in both languages; the French one gets French typography. */
export function text(enText: string, frText: string): Text {
  return { en: enText, fr: frenchTypography(frText) };
}

const NUMBER = {
  en: new Intl.NumberFormat('en-CA', { maximumFractionDigits: 0 }),
  fr: new Intl.NumberFormat('fr-CA', { maximumFractionDigits: 0 }),
};

/** `1,542` / `1 542`. */
export function num(value: number): Text {
  return { en: NUMBER.en.format(value), fr: NUMBER.fr.format(value) };
}

const PLURAL = { en: new Intl.PluralRules('en-CA'), fr: new Intl.PluralRules('fr-CA') };

/** Units counted in findings, singular and plural in each language. */
const UNITS = {
  day: { en: ['day', 'days'], fr: ['jour', 'jours'] },
  hour: { en: ['hour', 'hours'], fr: ['heure', 'heures'] },
  year: { en: ['year', 'years'], fr: ['an', 'ans'] },
  fullYear: { en: ['full year', 'full years'], fr: ['année complète', 'années complètes'] },
  point: { en: ['point', 'points'], fr: ['point', 'points'] },
  person: { en: ['person', 'people'], fr: ['personne', 'personnes'] },
  child: {
    en: ['dependent child', 'dependent children'],
    fr: ['enfant à charge', 'enfants à charge'],
  },
} as const;

/** `1 day`, `43 days` / « 1 jour », « 43 jours » (French counts 0 and 1 in the singular). */
export function count(value: number, unit: keyof typeof UNITS): Text {
  const pick = (language: 'en' | 'fr'): string => {
    const [one, other] = UNITS[unit][language];
    return `${NUMBER[language].format(value)} ${PLURAL[language].select(value) === 'one' ? one : other}`;
  };
  return { en: pick('en'), fr: pick('fr').replace(' ', NBSP) };
}

/** A calendar date in words: "July 1, 2019" / « 1er juillet 2019 ». */
export function day(iso: string): Text {
  return { en: formatDate(iso, 'en'), fr: formatDate(iso, 'fr') };
}

/**
 * An instant as the user's wall clock and as IRCC states it: "September 8, 2019 at 8:00 p.m. your
 * time (September 9, 2019 at 12:00 a.m. UTC)". A user whose zone is UTC reads the UTC form once.
 */
export function instant(ms: number, timeZone: string): Text {
  const utc = text(
    `${formatDateTime(ms, 'en', 'UTC')} UTC`,
    `${formatDateTime(ms, 'fr', 'UTC')} UTC`,
  );
  if (timeZone === 'UTC') return utc;
  return text(
    `${formatDateTime(ms, 'en', timeZone)} your time (${utc.en})`,
    `${formatDateTime(ms, 'fr', timeZone)}, votre heure (${utc.fr})`,
  );
}

const LIST = {
  en: new Intl.ListFormat('en-CA', { type: 'conjunction' }),
  fr: new Intl.ListFormat('fr-CA', { type: 'conjunction' }),
};

/** "a, b and c" / « a, b et c ». */
export function list(items: readonly Text[]): Text {
  return {
    en: LIST.en.format(items.map((item) => item.en)),
    fr: LIST.fr.format(items.map((item) => item.fr)),
  };
}

/** Joins texts with a separator in each language (`; ` becomes « ; » in French). */
export function join(items: readonly Text[], separator: Text): Text {
  return {
    en: items.map((item) => item.en).join(separator.en),
    fr: items.map((item) => item.fr).join(separator.fr),
  };
}

/** The same text in both languages: a product name, a code. */
export function same(value: string): Text {
  return { en: value, fr: value };
}

export function finding(
  id: FindingId,
  severity: Severity,
  title: Text,
  detail: Text,
  source: string,
  extra: Pick<Finding, 'fact' | 'lastSafeDay' | 'deadline' | 'missing' | 'notOnPage'> = {},
): Finding {
  return { id, severity, title, detail, source, ...extra };
}
