// Dates as IRCC writes them. English: "July 10, 2019", "10 July 2019". French: « 10 juillet 2019 »,
// « le 1er octobre 2019 ». ISO: 2019-07-10. Numeric "09/09/2019" is ambiguous (MM/DD or DD/MM);
// `numericReadings` returns both readings and the caller settles them with the letter date.
// Only the parsing of written dates lives here: each reading is a `YYYY-MM-DD` string, and day
// arithmetic on it is lib/dates'.
import { isIsoDate } from '../dates/calendar';

// Month names and abbreviations, English and French (folded), January first.
const MONTHS: Record<string, number> = {};
'january jan janvier janv|february feb fevrier fevr|march mar mars|april apr avril avr|may mai|june jun juin|july jul juillet juil|august aug aout|september sep sept septembre|october oct octobre|november nov novembre|december dec decembre'
  .split('|')
  .forEach((names, i) => {
    for (const name of names.split(' ')) MONTHS[name] = i + 1;
  });

const MONTH_WORD = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * `YYYY-MM-DD` when the parts make a real calendar date in the years a letter can carry, else
 * null: a page's "31/31/2019" or a year from a phone number is no date.
 */
function validDate(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

// Written forms, on folded text (lower case, no accents). "1er" is French for the 1st.
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_WORD})\\.? (\\d{1,2})(?:st|nd|rd|th)? ?,? (\\d{4})\\b`,
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:er|re|st|nd|rd|th)? (?:de )?(${MONTH_WORD})\\.?,? (\\d{4})\\b`,
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
const YEAR = /\d{4}/;

export interface FoundDate {
  /**
   * The readings the text allows (`YYYY-MM-DD`): one for a written or ISO date, up to two for
   * `09/10/2019`.
   */
  readings: string[];
  /** Where the date starts and ends in the text (the time is read after `end`). */
  start: number;
  end: number;
}

const one = (date: string | null): string[] => (date ? [date] : []);
// Each form and the readings a match of it allows.
const FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string[]]> = [
  [MONTH_DAY_YEAR, (m) => one(validDate(Number(m[3]), MONTHS[m[1] ?? ''] ?? 0, Number(m[2])))],
  [DAY_MONTH_YEAR, (m) => one(validDate(Number(m[3]), MONTHS[m[2] ?? ''] ?? 0, Number(m[1])))],
  [ISO, (m) => one(validDate(Number(m[1]), Number(m[2]), Number(m[3])))],
  [NUMERIC, (m) => numericReadings(Number(m[1]), Number(m[2]), Number(m[3]))],
];

/** The first date in folded `text`, or null. */
export function findDate(text: string): FoundDate | null {
  // Every form has a four-digit year.
  if (!YEAR.test(text)) return null;
  let best: FoundDate | null = null;
  for (const [pattern, readingsOf] of FORMS) {
    const m = pattern.exec(text);
    const readings = m ? readingsOf(m) : [];
    // The earliest date in the text wins (the one right after "Date:" or "before").
    if (m && readings.length > 0 && (best === null || m.index < best.start)) {
      best = { readings, start: m.index, end: m.index + m[0].length };
    }
  }
  return best;
}

/** MM/DD/YYYY and DD/MM/YYYY, deduplicated, invalid ones dropped. */
function numericReadings(first: number, second: number, year: number): string[] {
  const monthFirst = validDate(year, first, second);
  const dayFirst = validDate(year, second, first);
  if (monthFirst && dayFirst && first === second) return [monthFirst];
  return [monthFirst, dayFirst].filter((d): d is string => d !== null);
}

/**
 * A time of day right after a date: "12:00AM", "12:00 a.m.", "23:59", « 0 h », « 23 h 59 ».
 * Returns minutes after midnight, or null when there is no time.
 */
export function findTime(text: string): number | null {
  const english = /^[\s,]*(?:at |a )?(\d{1,2}):(\d{2})\s*([ap])\.?\s?m\b\.?/.exec(text);
  if (english) {
    let hours = Number(english[1]) % 12;
    if (english[3] === 'p') hours += 12;
    const minutes = Number(english[2]);
    return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
  }
  const clock = /^[\s,]*(?:at |a )?(\d{1,2})(?::| ?h ?)(\d{2})?\b/.exec(text);
  if (clock) {
    const hours = Number(clock[1]);
    const minutes = Number(clock[2] ?? '0');
    return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
  }
  return null;
}

/** `2019-09-09T00:00:00Z` for a `YYYY-MM-DD` date and minutes after midnight, UTC. */
export function utcInstant(date: string, minutes: number): string {
  return `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00Z`;
}
