// The plan as stored or sent (the background computes it, the popup and the options page read it),
// parsed where it is read: a stored value is never trusted. The views write its dates in words, so
// a date must be a real calendar day, not only look like one.
import * as z from 'zod/mini';
import { isIsoDate } from '../dates';
import { FACT_PATHS } from '../facts';
import { CRS_ROW_KEYS } from '../reader/types';
import { CHANGE_IDS, CLAIM_IDS, GAIN_REASONS, PLAN_BLOCKS, type Plan } from './types';

const day = z.string().check(z.refine(isIsoDate, 'expected a calendar date YYYY-MM-DD'));
const points = z.number().check(z.int());
const plain = z.union([z.number(), z.string(), z.boolean()]);
const language = z.enum(['english', 'french']);

const buildPlanSchema = () =>
  z.strictObject({
    score: z.nullable(points),
    cutoff: z.nullable(points),
    margin: z.nullable(points),
    stakes: z.array(
      z.strictObject({
        claim: z.enum(CLAIM_IDS),
        now: plain,
        lower: plain,
        scoreIfLower: points,
        belowCutoff: z.nullable(z.boolean()),
        language: z.optional(language),
      }),
    ),
    gains: z.array(
      z.strictObject({
        change: z.enum(CHANGE_IDS),
        gain: points,
        score: points,
        earliest: z.nullable(day),
        reason: z.optional(z.enum(GAIN_REASONS)),
        to: plain,
        language: z.optional(language),
      }),
    ),
    ifDeclined: z.strictObject({
      score: z.nullable(points),
      on: day,
      recentCutoffs: z.array(z.strictObject({ date: day, name: z.string(), cutoff: points })),
      changed: z.array(z.strictObject({ row: z.enum(CRS_ROW_KEYS), from: points, to: points })),
      expired: z.array(
        z.strictObject({ person: z.enum(['candidate', 'spouse']), language, from: day }),
      ),
    }),
    needs: z.array(
      z.strictObject({
        fact: z.enum(FACT_PATHS),
        stakes: z.array(z.enum(CLAIM_IDS)),
        gains: z.array(z.enum(CHANGE_IDS)),
        ifDeclined: z.boolean(),
      }),
    ),
    blocked: z.nullable(z.enum(PLAN_BLOCKS)),
  });

export const planSchema = /* @__PURE__ */ buildPlanSchema();

// Compile-time proof that the stored shape is the planner's shape.
type Parsed = z.infer<typeof planSchema>;
export const sameShape: [Parsed] extends [Plan] ? ([Plan] extends [Parsed] ? true : false) : false =
  true;
