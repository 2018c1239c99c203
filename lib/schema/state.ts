// What the extension keeps in storage.local, each item versioned (see utils/storage.ts).
import * as z from 'zod/mini';
import { PAGE_KINDS } from '../reader/types';
import { isoInstant } from './iso';
import { readingSchema } from './reading';

export const storedReadingSchema = z.strictObject({
  reading: readingSchema,
  /** Path of the IRCC page it came from, or `import:<file name>` for an imported letter. */
  source: z.string().check(z.maxLength(320)),
  readAt: isoInstant,
});
export type StoredReading = z.infer<typeof storedReadingSchema>;

/** The newest reading of each kind of page, and the last IRCC page seen (readable or not). */
export const readingsStateSchema = z.strictObject({
  itaLetter: z.nullable(storedReadingSchema),
  accountHome: z.nullable(storedReadingSchema),
  profile: z.nullable(storedReadingSchema),
  lastPage: z.nullable(
    z.strictObject({
      kind: z.enum(PAGE_KINDS),
      source: z.string().check(z.maxLength(320)),
      seenAt: isoInstant,
      missing: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(100)),
    }),
  ),
});
export type ReadingsState = z.infer<typeof readingsStateSchema>;

export const EMPTY_READINGS: ReadingsState = {
  itaLetter: null,
  accountHome: null,
  profile: null,
  lastPage: null,
};

/** Stores a new reading into the state: a pure step, so it can be tested without a browser. */
export function withReading(
  state: ReadingsState,
  reading: StoredReading['reading'],
  source: string,
  at: string,
): ReadingsState {
  const lastPage = { kind: reading.kind, source, seenAt: at, missing: reading.missing };
  const stored: StoredReading = { reading, source, readAt: at };
  switch (reading.kind) {
    case 'ita-letter':
      return { ...state, itaLetter: stored, lastPage };
    case 'account-home':
      return { ...state, accountHome: stored, lastPage };
    case 'profile':
      return { ...state, profile: stored, lastPage };
    case 'unknown':
      return { ...state, lastPage };
  }
}

/** How many values set aside are kept: the newest, so a second bad value never pushes out the first. */
export const SET_ASIDE_MAX = 5;

/**
 * A stored value ITA Ready could not read, kept as it was so the user can download it: which item
 * (`facts`), when, what was put back or taken out to keep the rest (`null`: all of it was replaced).
 */
export const setAsideSchema = z.strictObject({
  key: z.string().check(z.maxLength(80)),
  at: isoInstant,
  value: z.unknown(),
  dropped: z.nullable(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(100))),
});
export type SetAside = z.infer<typeof setAsideSchema>;
export const setAsideListSchema = z.array(setAsideSchema).check(z.maxLength(SET_ASIDE_MAX));
