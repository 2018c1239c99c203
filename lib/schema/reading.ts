// The reading as it crosses a boundary (message or storage): parsed, never trusted.
import * as z from 'zod/mini';
import { CRS_ROW_KEYS, PAGE_KINDS, PROGRAMS, type Reading } from '../reader/types';
import { isoDate, isoInstant } from './iso';

const points = z.number().check(z.int(), z.gte(0), z.lte(1200));

export const readingSchema = z.strictObject({
  kind: z.enum(PAGE_KINDS),
  language: z.enum(['en', 'fr']),
  invitation: z.strictObject({
    date: z.nullable(isoDate),
    program: z.nullable(z.enum(PROGRAMS)),
    deadline: z.nullable(isoInstant),
  }),
  crs: z.strictObject({
    total: z.nullable(points),
    rows: z.partialRecord(z.enum(CRS_ROW_KEYS), points),
  }),
  daysLeftToSubmit: z.nullable(z.number().check(z.int(), z.gte(-1000), z.lte(1000))),
  profileNumber: z.nullable(z.string().check(z.maxLength(40))),
  missing: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(100)),
  problems: z
    .array(
      z.strictObject({
        code: z.string().check(z.maxLength(80)),
        message: z.string().check(z.maxLength(2000)),
        fields: z.optional(z.array(z.string().check(z.maxLength(80))).check(z.maxLength(40))),
      }),
    )
    .check(z.maxLength(50)),
});

// Compile-time proof that the schema and the reader's type describe the same thing.
type Parsed = z.infer<typeof readingSchema>;
export const sameShape: [Parsed] extends [Reading]
  ? [Reading] extends [Parsed]
    ? true
    : false
  : false = true;

/** A page's structure for a bug report (lib/reader/structure.ts): bounded, as it is stored. */
export const pageStructureSchema = z.string().check(z.maxLength(20_000));
