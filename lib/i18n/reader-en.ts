// What the reader found wrong with a page, in English: one text per problem code
// (lib/reader/types.ts PROBLEM_CODES), built from the problem's values. reader-fr.ts must give
// every one of them (the type imposes it). A reading stored by an earlier version has no values:
// each text then says what it can without numbers.
import type { ProblemCode, Program } from '../reader/types';

/** A problem's values, formatted for the language (lib/i18n/reader.ts). Absent values are null. */
export interface ProblemView {
  /** A number: `1,071` / `1 071`. */
  num(key: string): string | null;
  /** The number itself, for plurals. */
  count(key: string): number | null;
  /** A text value as the page shows it. */
  text(key: string): string | null;
  /** A `YYYY-MM-DD` date in words: `July 10, 2019`. */
  date(key: string): string | null;
  /** An instant in words, with its UTC time. */
  instant(key: string): string | null;
  /** Space-separated values as a list ("112, 8 and 13", "July 10, 2019 or October 7, 2019"). */
  list(
    key: string,
    each: 'num' | 'date' | 'instant' | 'program',
    join: 'and' | 'or',
  ): string | null;
  /** The field the problem is about, quoted, in words: “Level of education”. */
  field: string | null;
}

export interface ReaderMessages {
  problems: Record<ProblemCode, (p: ProblemView) => string>;
  programs: Record<Program, string>;
  /** A page's or the catalogue's label, quoted the language's way. */
  quote: (text: string) => string;
  /** A UTC instant: the date in words and the time. */
  instant: (date: string, hours: number, minutes: number) => string;
  /** A field that has no name in the catalogue. */
  someField: string;
}

const plural = (n: number | null, one: string, many: string) => (n === 1 ? one : many);

export const readerEN: ReaderMessages = {
  quote: (text) => `“${text}”`,
  instant: (date, hours, minutes) =>
    `${date} at ${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')} UTC`,
  someField: 'one of its values',
  programs: {
    FSW: 'Federal Skilled Worker Program (FSW)',
    CEC: 'Canadian Experience Class (CEC)',
    FST: 'Federal Skilled Trades Program (FST)',
    PNP: 'Provincial Nominee Program (PNP)',
  },
  problems: {
    'page-not-recognised': () =>
      'This page is not an ITA letter, an Express Entry profile or the account home: no score table, invitation wording or “Days left to submit” column was found.',
    'page-too-deep': (p) =>
      p.num('depth')
        ? `Parts of this page are nested more than ${p.num('depth')} levels deep and were not read.`
        : 'Parts of this page are nested too deep to be read.',
    'page-styles-unknown': () =>
      'Some of this page’s styles could not be applied here (a linked style sheet, or a rule that depends on the window), so a hidden copy of some numbers may have been read with the visible ones. Open the page in your browser, or import the letter as a PDF.',
    'conflicting-values': (p) => {
      const shown = p.list('shown', 'num', 'and');
      const field = p.field ?? 'one value';
      return shown
        ? `The page shows ${shown} for ${field}; none of them is used.`
        : `The page shows more than one number for ${field}; none of them is used.`;
    },
    'several-score-tables': () =>
      'The page shows more than one score table with different numbers; the fuller one was read.',
    'rows-do-not-add-up': (p) => {
      const rows = p.count('rows');
      const sum = p.num('sum');
      const total = p.num('total');
      if (rows === null || sum === null || total === null) {
        return 'The rows of the breakdown do not add up to the total the page states.';
      }
      return rows === 16
        ? `The 16 rows add up to ${sum} (the grid’s section caps applied), but the page states a total of ${total}.`
        : `The ${rows} ${plural(rows, 'row', 'rows')} read already ${plural(rows, 'adds', 'add')} up to ${sum}, more than the total of ${total} the page states.`;
    },
    'unknown-row': (p) => {
      const label = p.text('label');
      const value = p.num('value');
      const row = label ? `: ${readerEN.quote(label)}` : '';
      const points = value ? `, ${value} ${plural(p.count('value'), 'point', 'points')}` : '';
      return `The page shows a row ITA Ready does not know${row}${points}. It is not counted in any other row and the total is kept as the page states it: check this row against IRCC’s current CRS criteria.`;
    },
    'value-above-maximum': (p) => {
      const value = p.num('value');
      const max = p.num('max');
      const field = p.field ?? 'a row';
      return value && max
        ? `The page shows ${value} for ${field}, more than the CRS grid has ever given (${max}); it is not read.`
        : `The page shows more for ${field} than the CRS grid has ever given; it is not read.`;
    },
    'footnote-assumed': (p) => {
      const shown = p.num('shown');
      const read = p.num('read');
      const field = p.field ?? 'A row';
      return shown && read
        ? `${field} shows ${shown}, more than the CRS grid allows: it is read as ${read} followed by a footnote mark. Check it on the page.`
        : `${field} shows more than the CRS grid allows: its last digit is read as a footnote mark. Check it on the page.`;
    },
    'date-ambiguous': (p) => {
      const readings = p.list('readings', 'date', 'or');
      return readings
        ? `The letter’s date can be read as ${readings}; it is left unread.`
        : 'The letter’s date can be read two ways; it is left unread.';
    },
    'program-conflict': (p) => {
      const programs = p.list('programs', 'program', 'and');
      return programs
        ? `The invitation names more than one program (${programs}); none is used.`
        : 'The invitation names more than one program; none is used.';
    },
    'deadline-conflict': (p) => {
      const deadlines = p.list('deadlines', 'instant', 'and');
      return deadlines
        ? `The page gives more than one deadline (${deadlines}); none is used.`
        : 'The page gives more than one deadline; none is used.';
    },
    'deadline-ambiguous': (p) => {
      const readings = p.list('readings', 'date', 'or') ?? 'two dates';
      const letter = p.date('letter');
      if (letter === null) {
        return `The deadline can be read as ${readings}, and the page has no letter date to settle it.`;
      }
      const which = p.count('fitting') === 0 ? 'neither is' : 'both are';
      return `The deadline can be read as ${readings}; ${which} 60 days after the letter’s date, ${letter}, so it is left unread.`;
    },
    'deadline-not-60-days': (p) => {
      const deadline = p.instant('deadline');
      const letter = p.date('letter');
      const days = p.count('days');
      const expected = p.instant('expected');
      if (deadline === null || letter === null || days === null || expected === null) {
        return 'The deadline is not 60 days after the letter’s date; an invitation is valid for 60 days.';
      }
      return `The deadline, ${deadline}, is ${p.num('days')} ${plural(days, 'day', 'days')} after the letter’s date, ${letter}; an invitation is valid for 60 days (expected: ${expected}).`;
    },
    'days-left-ambiguous': (p) => {
      const shown = p.list('shown', 'num', 'and');
      return shown
        ? `Several applications show days left to submit (${shown}); none is used.`
        : 'Several applications show days left to submit; none is used.';
    },
  },
};
