// Dates and instants in words, the way each language writes them ("July 10, 2019",
// « 10 juillet 2019 », « 1er octobre 2019 »), for every text the user reads. A `YYYY-MM-DD` date is a
// calendar day, so it is formatted in UTC, where its midnight is that same day whatever the
// machine's zone.
import { dayNumber } from './calendar';

export type DateLanguage = 'en' | 'fr';

const LOCALE: Record<DateLanguage, string> = { en: 'en-CA', fr: 'fr-CA' };
const MS_PER_DAY = 86_400_000;

// French writes the first of the month as an ordinal (« 1er octobre », « mardi 1er octobre »);
// Intl writes « 1 octobre ». A day number is the first word or follows the weekday.
const FIRST_OF_MONTH = /(^|\s)1(?=[\s\u00a0\u202f]\p{L})/u;

function written(language: DateLanguage, text: string): string {
  return language === 'fr' ? text.replace(FIRST_OF_MONTH, '$11er') : text;
}

/** "July 10, 2019" / « 10 juillet 2019 », « 1er octobre 2019 ». */
export function formatDate(iso: string, language: DateLanguage): string {
  const format = new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'long', timeZone: 'UTC' });
  return written(language, format.format(new Date(dayNumber(iso) * MS_PER_DAY)));
}

/** "Monday, September 9, 2019" / « lundi 9 septembre 2019 », « mardi 1er octobre 2019 ». */
export function formatDateWithWeekday(iso: string, language: DateLanguage): string {
  const format = new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'full', timeZone: 'UTC' });
  return written(language, format.format(new Date(dayNumber(iso) * MS_PER_DAY)));
}

/** "September 8, 2019, 8:00 p.m." / « 8 septembre 2019, 20 h 00 » in `timeZone`. */
export function formatDateTime(epochMs: number, language: DateLanguage, timeZone: string): string {
  const format = new Intl.DateTimeFormat(LOCALE[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  });
  return written(language, format.format(new Date(epochMs)));
}
