// The date and instant strings the extension stores and sends, checked the same way everywhere.
import * as z from 'zod/mini';

/** A calendar date, `YYYY-MM-DD` (letter dates, ITA dates). */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A UTC instant, `YYYY-MM-DDTHH:MM[:SS[.fff]]Z`: what `Date#toISOString` writes (`readAt`,
 * `seenAt`) and what the reader writes for a deadline (lib/reader/dates.ts, `…T00:00:00Z`).
 * Only `Z`: an instant with an offset would be a second way to write the same moment.
 */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

export const isoDate = z.string().check(z.regex(ISO_DATE));
export const isoInstant = z.string().check(z.regex(ISO_INSTANT));
