// The assessment the background computes and stores, parsed again wherever it is read
// (popup, options page, in-page guard): stored data is never trusted.
import * as z from 'zod/mini';
import { CRS_ROW_KEYS } from '../reader/types';
import { FACT_PATHS } from '../facts';
import { RULE_IDS, type Assessment } from '../rules/types';
import { roundSchema } from '../rounds/schema';

const text = z.strictObject({ en: z.string(), fr: z.string() });
const rows = z.partialRecord(z.enum(CRS_ROW_KEYS), z.number());

export const findingSchema = z.strictObject({
  id: z.enum([...RULE_IDS, 'page-unreadable']),
  severity: z.enum(['decline', 'warning', 'info']),
  title: text,
  detail: text,
  source: z.string(),
  fact: z.optional(z.enum(FACT_PATHS)),
  lastSafeDay: z.optional(z.string()),
  deadline: z.optional(z.string()),
});

export const assessmentSchema = z.strictObject({
  verdict: z.enum(['decline', 'review', 'ready']),
  findings: z.array(findingSchema),
  correctedCrs: z.strictObject({
    total: z.nullable(z.number()),
    rows,
    changed: z.array(z.enum(CRS_ROW_KEYS)),
  }),
  cutoff: z.strictObject({
    value: z.nullable(z.number()),
    source: z.nullable(z.enum(['user', 'round'])),
    round: z.nullable(roundSchema),
  }),
  rulesMayHaveChanged: z.boolean(),
});

export const storedAssessmentSchema = z.strictObject({
  assessment: assessmentSchema,
  /** When the rules ran, and the reading they ran on (to tell a stale result). */
  computedAt: z.string(),
  readingAt: z.string(),
  readingSource: z.string(),
});
export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;

// Compile-time proof that the stored shape is the engine's shape.
type Parsed = z.infer<typeof assessmentSchema>;
export const sameShape: [Parsed] extends [Assessment]
  ? [Assessment] extends [Parsed]
    ? true
    : false
  : false = true;
