// The rounds as stored and sent, parsed wherever they are read: a stored round (in the rounds
// cache and in an assessment's cut-off), the rounds cache (`local:rounds`), and the background's
// answer to "refresh rounds now".
import * as z from 'zod/mini';
import { isoDate as day, isoInstant as instant } from '../schema/iso';
import type { RoundsProblem } from './problems';

const roundNumber = z.string().check(z.regex(/^\d{1,4}[a-z]?$/));
const count = z.number().check(z.int(), z.gte(0));
const short = z.string().check(z.maxLength(80));

export const roundSchema = z.strictObject({
  number: z.string(),
  date: z.string(),
  name: z.string(),
  cutoff: z.number(),
  size: z.nullable(z.number()),
  programs: z.string(),
  category: z.nullable(z.string()),
});

export const roundsProblemSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('permission') }),
  z.strictObject({ code: z.literal('network') }),
  z.strictObject({ code: z.literal('timeout'), seconds: count }),
  z.strictObject({ code: z.literal('http'), status: count }),
  z.strictObject({ code: z.literal('too-large'), limitKb: count }),
  z.strictObject({ code: z.literal('web-page') }),
  z.strictObject({ code: z.literal('not-json') }),
  z.strictObject({ code: z.literal('no-rounds') }),
  z.strictObject({ code: z.literal('too-many'), count, max: count }),
  z.strictObject({
    code: z.literal('bad-value'),
    position: count,
    round: z.nullable(roundNumber),
    field: z.enum(['number', 'date', 'cutoff', 'size']),
    value: short,
  }),
  z.strictObject({
    code: z.literal('cutoff-out-of-range'),
    round: roundNumber,
    cutoff: count,
    min: count,
    max: count,
  }),
  z.strictObject({
    code: z.literal('date-out-of-range'),
    round: roundNumber,
    date: day,
    earliest: day,
    latest: day,
  }),
  z.strictObject({ code: z.literal('duplicate'), round: roundNumber }),
]);

/** Rounds downloaded from IRCC's feed (opt-in), and why the last refresh failed, if it did. */
export const roundsCacheSchema = z.strictObject({
  /** Every round the feed ever gave, the newest download's wins per number; the bundled ones apart. */
  rounds: z.array(roundSchema),
  /** When the last good download was made. */
  fetchedAt: z.nullable(instant),
  /** The last refresh's failure, when it failed after the last good download. */
  lastError: z.nullable(z.strictObject({ at: instant, problem: roundsProblemSchema })),
});
export type RoundsCache = z.infer<typeof roundsCacheSchema>;

export const EMPTY_ROUNDS_CACHE: RoundsCache = { rounds: [], fetchedAt: null, lastError: null };

/** The background's answer to "refresh rounds now" (and the result of every refresh). */
export const roundsRefreshOutcomeSchema = z.discriminatedUnion('status', [
  z.strictObject({
    status: z.literal('updated'),
    at: instant,
    /** Rounds in the download. */
    received: count,
    /** Rounds in it that were not known before (neither bundled nor downloaded earlier). */
    added: count,
    /** The newest round known now. */
    newest: z.strictObject({ number: roundNumber, date: day }),
  }),
  z.strictObject({ status: z.literal('failed'), at: instant, problem: roundsProblemSchema }),
  /** The automatic refresh is off (the user has not turned it on): nothing was downloaded. */
  z.strictObject({ status: z.literal('off') }),
]);
export type RoundsRefreshOutcome = z.infer<typeof roundsRefreshOutcomeSchema>;

// Compile-time proof that the stored problem is the problem the code builds.
type ParsedProblem = z.infer<typeof roundsProblemSchema>;
export const sameProblemShape: [ParsedProblem] extends [RoundsProblem]
  ? [RoundsProblem] extends [ParsedProblem]
    ? true
    : false
  : false = true;
