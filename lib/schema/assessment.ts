// The assessment the background computes and stores, parsed again wherever it is read
// (popup, options page, in-page guard): stored data is never trusted.
import * as z from 'zod/mini';
import { CRS_ROW_KEYS } from '../reader/types';
import { FACT_PATHS } from '../facts';
import { CHECK_STATUSES, RULE_IDS, type Assessment } from '../rules/types';
import { roundSchema } from '../rounds/schema';
import { planSchema } from '../plan/schema';

const text = z.strictObject({ en: z.string(), fr: z.string() });
const rows = z.partialRecord(z.enum(CRS_ROW_KEYS), z.number());

const ruleId = z.enum(RULE_IDS);
const factPath = z.enum(FACT_PATHS);
const pageField = z.string().check(z.maxLength(80));

export const findingSchema = z.strictObject({
  id: z.enum([...RULE_IDS, 'page-unreadable']),
  severity: z.enum(['decline', 'warning', 'info']),
  title: text,
  detail: text,
  source: z.string(),
  fact: z.optional(factPath),
  lastSafeDay: z.optional(z.string()),
  deadline: z.optional(z.string()),
  missing: z.optional(z.array(z.strictObject({ fact: factPath, checks: z.array(ruleId) }))),
  notOnPage: z.optional(z.array(z.strictObject({ field: pageField, checks: z.array(ruleId) }))),
});

export const checkSchema = z.strictObject({
  id: ruleId,
  status: z.enum(CHECK_STATUSES),
  facts: z.optional(z.array(factPath)),
  page: z.optional(z.array(pageField)),
});

export const assessmentSchema = z.strictObject({
  verdict: z.enum(['decline', 'review', 'ready']),
  findings: z.array(findingSchema),
  checks: z.array(checkSchema),
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
  /**
   * The planner's answer over the same reading, facts and rounds (docs/formats.md "Plan"), for the
   * popup's "what is at stake". Null when the plan could not be made (the verdict still stands);
   * absent in an assessment stored before plans were stored, until the worker's next run.
   */
  plan: z.optional(z.nullable(planSchema)),
});
export type StoredAssessment = z.infer<typeof storedAssessmentSchema>;

// Compile-time proof that the stored shape is the engine's shape.
type Parsed = z.infer<typeof assessmentSchema>;
export const sameShape: [Parsed] extends [Assessment]
  ? [Assessment] extends [Parsed]
    ? true
    : false
  : false = true;

/**
 * A stored assessment as storage reads it, brought to the current shape; null when it cannot be.
 * One computed before checks existed carries findings of another meaning (a passing check was an
 * `info` finding with the rule's id), so it is not converted: it is dropped, and the worker, which
 * re-runs the rules at every start, stores a fresh one from the stored reading and facts.
 */
export function upgradeAssessment(raw: unknown): StoredAssessment | null {
  const parsed = storedAssessmentSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
