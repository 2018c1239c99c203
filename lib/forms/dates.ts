// Dates as people type them, in English or French, in one text field (one keyboard stop):
// `2022-05-10`, `2022/5/10`, `20220510`, `May 10 2022`, `May 10, 2022`, `10 May 2022`,
// « 10 mai 2022 », « 1er mai 2022 », `10/05/2022` when only one reading of it is a real date.
// A numeric date whose day and month can be swapped is not guessed: the user is asked.
import { FACT_YEARS } from '../facts';
import { isIsoDate } from '../dates';

export type TypedDate =
  | { ok: true; iso: string }
  /** Not a date in any form this field reads. */
  | { ok: false; reason: 'format' }
  /** Looks like a date, but that day is not in that month (`2026-02-30`). */
  | { ok: false; reason: 'no-such-day'; day: number }
  /** `03/04/2022`: both March 4 and April 3 are real; the user must say which. */
  | { ok: false; reason: 'ambiguous'; first: string; second: string }
  | { ok: false; reason: 'years'; min: number; max: number };

// Month names and their usual short forms, accents optional (folded before matching).
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'fevrier', 'fev', 'fevr'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'decembre'],
];

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function monthNumber(word: string): number | null {
  const w = fold(word).replace(/\.$/, '');
  const index = MONTHS.findIndex((names) => names.includes(w));
  return index < 0 ? null : index + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dated(year: number, month: number, day: number): TypedDate {
  if (year < FACT_YEARS.min || year > FACT_YEARS.max)
    return { ok: false, reason: 'years', min: FACT_YEARS.min, max: FACT_YEARS.max };
  if (month < 1 || month > 12 || day < 1) return { ok: false, reason: 'format' };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? { ok: true, iso } : { ok: false, reason: 'no-such-day', day };
}

const DAY = '(\\d{1,2})(?:er|st|nd|rd|th)?';
const YEAR_FIRST = /^(\d{4})[-/. ](\d{1,2})[-/. ](\d{1,2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const YEAR_LAST = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const MONTH_DAY_YEAR = new RegExp(`^([\\p{L}.]+)\\s+${DAY},?\\s+(\\d{4})$`, 'u');
const DAY_MONTH_YEAR = new RegExp(`^${DAY}\\s+([\\p{L}.]+),?\\s+(\\d{4})$`, 'u');

/** The date `text` stands for, or why it is not one. `text` is not blank. */
export function parseTypedDate(text: string): TypedDate {
  const t = text.trim().replace(/[\s\u00a0\u202f]+/g, ' ');
  let m = YEAR_FIRST.exec(t) ?? COMPACT.exec(t);
  if (m) return dated(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1] ?? '');
    return month === null
      ? { ok: false, reason: 'format' }
      : dated(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[2] ?? '');
    return month === null
      ? { ok: false, reason: 'format' }
      : dated(Number(m[3]), month, Number(m[1]));
  }
  m = YEAR_LAST.exec(t);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    // Day first (most of the world, and French) or month first (the United States): only a
    // reading that is a real date counts, and two different real readings are not guessed.
    const dayFirst = dated(year, b, a);
    const monthFirst = dated(year, a, b);
    if (dayFirst.ok && monthFirst.ok && dayFirst.iso !== monthFirst.iso) {
      const [first, second] = [dayFirst.iso, monthFirst.iso].sort();
      return { ok: false, reason: 'ambiguous', first: first ?? '', second: second ?? '' };
    }
    if (dayFirst.ok) return dayFirst;
    if (monthFirst.ok) return monthFirst;
    return dayFirst.reason === 'years'
      ? dayFirst
      : { ok: false, reason: 'no-such-day', day: Math.max(a, b) };
  }
  return { ok: false, reason: 'format' };
}
