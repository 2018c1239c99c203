// The reading as it crosses a boundary (message or storage): parsed, never trusted.
import * as z from 'zod/mini';
import { CRS_ROW_KEYS, PAGE_KINDS, PROBLEM_CODES, PROGRAMS, type Reading } from '../reader/types';
import { isoDate, isoInstant } from './iso';

const points = z.number().check(z.int(), z.gte(0), z.lte(1200));

const problemSchema = z.strictObject({
  code: z.enum(PROBLEM_CODES),
  fields: z.optional(z.array(z.string().check(z.maxLength(80))).check(z.maxLength(40))),
  // A few numbers or short texts (a row's label as the page shows it is the longest).
  values: z.optional(
    z
      .record(
        z.string().check(z.maxLength(40)),
        z.union([z.number(), z.string().check(z.maxLength(400))]),
      )
      .check(z.refine((values) => Object.keys(values).length <= 8, 'at most 8 values')),
  ),
});

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
  problems: z.array(problemSchema).check(z.maxLength(50)),
});

// Compile-time proof that the schema and the reader's type describe the same thing.
type Parsed = z.infer<typeof readingSchema>;
export const sameShape: [Parsed] extends [Reading]
  ? [Reading] extends [Parsed]
    ? true
    : false
  : false = true;

/**
 * A reading stored by an earlier version, brought to today's shape before it is parsed: its
 * problems carried an English `message` and no `values`; the message is dropped (the words now come
 * from the reader's catalogue, in the user's language, lib/i18n/reader.ts). Anything else is
 * returned as it is, for the schema to judge.
 */
export function upgradeReading(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('problems' in raw)) return raw;
  const { problems } = raw;
  if (!Array.isArray(problems)) return raw;
  return {
    ...raw,
    problems: problems.map((problem: unknown) => {
      if (typeof problem !== 'object' || problem === null || !('message' in problem)) {
        return problem;
      }
      return Object.fromEntries(Object.entries(problem).filter(([key]) => key !== 'message'));
    }),
  };
}

/** A page's structure for a bug report (lib/reader/structure.ts): bounded, as it is stored. */
export const pageStructureSchema = z.string().check(z.maxLength(20_000));
