// Dates as IRCC writes them. English: "July 10, 2019", "10 July 2019". French: « 10 juillet 2019 »,
// « le 1er octobre 2019 ». ISO: 2019-07-10. Numeric "09/09/2019" is ambiguous (MM/DD or DD/MM);
// `numericReadings` returns both readings and the caller settles them with the letter date.
// Calendar arithmetic only, in UTC, with dates passed in: lib/ has no clock.

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

/** A calendar date; `iso` is `YYYY-MM-DD`. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(year: number, month: number, day: number): CalendarDate | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth ? { year, month, day } : null;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000,
  );
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
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
  /** The readings the text allows: one for a written or ISO date, up to two for `09/10/2019`. */
  readings: CalendarDate[];
  /** Where the date starts and ends in the text (the time is read after `end`). */
  start: number;
  end: number;
}

const one = (date: CalendarDate | null): CalendarDate[] => (date ? [date] : []);
// Each form and the readings a match of it allows.
const FORMS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => CalendarDate[]]> = [
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
function numericReadings(first: number, second: number, year: number): CalendarDate[] {
  const monthFirst = validDate(year, first, second);
  const dayFirst = validDate(year, second, first);
  if (monthFirst && dayFirst && first === second) return [monthFirst];
  return [monthFirst, dayFirst].filter((d): d is CalendarDate => d !== null);
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

/** `2019-09-09T00:00:00Z` for a date and minutes after midnight, UTC. */
export function utcInstant(date: CalendarDate, minutes: number): string {
  return `${isoDate(date)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00Z`;
}
