// The reader's problems in words: `readerProblemText(problem, language)` for the popup, the options
// page and the command line alike. Numbers, dates and lists are written the language's way
// ("1,071" / « 1 071 », "July 10, 2019" / « 10 juillet 2019 »); a field is named as the popup names
// it (en.ts / fr.ts `row` and `field`), never by its key.
import { CRS_ROW_NAMES } from '../crs/row-names';
import { formatDate, isIsoDate } from '../dates';
import { CRS_ROW_KEYS, PROGRAMS, type ReadingProblem } from '../reader/types';
import { en } from './en';
import { fr } from './fr';
import { localeOf } from './language';
import { readerEN, type ProblemView, type ReaderMessages } from './reader-en';
import { readerFR } from './reader-fr';

type Language = 'en' | 'fr';

const CATALOGUES: Record<Language, { reader: ReaderMessages; names: typeof en }> = {
  en: { reader: readerEN, names: en },
  fr: { reader: readerFR, names: fr },
};

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?Z$/;

function fieldName(field: string | undefined, language: Language): string | null {
  if (field === undefined) return null;
  const { reader, names } = CATALOGUES[language];
  const row = CRS_ROW_KEYS.find((key) => field === `crs.rows.${key}`);
  const name = row ? CRS_ROW_NAMES[row][language] : names.field[field];
  return reader.quote(name ?? reader.someField);
}

function view(problem: ReadingProblem, language: Language): ProblemView {
  const { reader } = CATALOGUES[language];
  const locale = localeOf(language);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const values = problem.values ?? {};
  const raw = (key: string): string | null => {
    const value = values[key];
    return value === undefined ? null : String(value);
  };
  const number = (text: string): string | null => {
    const n = Number(text);
    return text !== '' && Number.isFinite(n) ? numbers.format(n) : null;
  };
  const date = (text: string): string | null =>
    isIsoDate(text) ? formatDate(text, language) : null;
  const instant = (text: string): string | null => {
    const m = ISO_INSTANT.exec(text);
    const day = m?.[1] === undefined ? null : date(m[1]);
    return m && day ? reader.instant(day, Number(m[2]), Number(m[3])) : null;
  };
  const program = (text: string): string | null => {
    const known = PROGRAMS.find((p) => p === text);
    return known ? reader.programs[known] : null;
  };
  const each = { num: number, date, instant, program };
  return {
    num: (key) => {
      const text = raw(key);
      return text === null ? null : number(text);
    },
    count: (key) => {
      const n = Number(raw(key) ?? NaN);
      return Number.isFinite(n) ? n : null;
    },
    text: (key) => raw(key),
    date: (key) => {
      const text = raw(key);
      return text === null ? null : date(text);
    },
    instant: (key) => {
      const text = raw(key);
      return text === null ? null : instant(text);
    },
    list: (key, kind, join) => {
      const parts = (raw(key) ?? '').split(' ').filter((p) => p !== '');
      const shown = parts.map(each[kind]);
      if (shown.length === 0 || !shown.every((s) => s !== null)) return null;
      const type = join === 'and' ? 'conjunction' : 'disjunction';
      return new Intl.ListFormat(locale, { type }).format(shown.filter((s) => s !== null));
    },
    field: fieldName(problem.fields?.[0], language),
  };
}

/** What `problem` means, in `language`: plain words, numbers and dates as the language writes them. */
export function readerProblemText(problem: ReadingProblem, language: Language): string {
  return CATALOGUES[language].reader.problems[problem.code](view(problem, language));
}
