// Instants and calendar dates in a time zone (IANA name): the user's "today", a deadline in their
// own time, and the instant of a wall-clock hour on their calendar day (date-only facts, like a
// test result date, are reminded at a civil hour of the user's day, not at UTC midnight).

const pad = (n: number): string => String(n).padStart(2, '0');

/** The wall clock in `timeZone` at the instant `epochMs`. */
function wallClock(epochMs: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(epochMs));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

/** The calendar date of the instant `epochMs` as seen in `timeZone` (default UTC). */
export function localDate(epochMs: number, timeZone = 'UTC'): string {
  const { year, month, day } = wallClock(epochMs, timeZone);
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** `YYYY-MM-DD HH:mm` of an instant in `timeZone`. */
export function localDateTime(epochMs: number, timeZone = 'UTC'): string {
  const { hour, minute } = wallClock(epochMs, timeZone);
  return `${localDate(epochMs, timeZone)} ${pad(hour)}:${pad(minute)}`;
}

function offsetMs(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant at `hour`:00 on `date` (`YYYY-MM-DD`) in `timeZone`. */
export function localInstant(date: string, hour: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, hour);
  // Twice: the offset at the first guess may differ from the offset at the answer near a DST change.
  const first = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(first, timeZone);
}
