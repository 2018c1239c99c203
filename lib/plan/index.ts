// The planner's public face (docs/formats.md "Plan"): over the reading, the user's facts, the rounds
// and today, what the corrected score rests on (stakes), what would raise it (gains) and what
// declining today would mean (ifDeclined). Pure: today is an argument.
import { gridFor, SECTION_ROWS } from '../crs';
import { localDate } from '../dates';
import type { Facts } from '../facts';
import { CRS_ROW_KEYS, type CrsRowKey, type Reading } from '../reader/types';
import type { Round } from '../rounds';
import { evaluate, type Assessment, type EvaluateInput } from '../rules';
import { recentCutoffs, ifDeclinedOf, type RoundKind } from './declined';
import { scoredProfile, submissionDay } from './engine';
import { gainsOf } from './gains';
import { Needs } from './needs';
import { rowsFrom, type Rows } from './rescore';
import { stakesOf } from './stakes';
import type { Plan, PlanBlock } from './types';

export * from './types';
export * from './summary';
export { RECENT_ROUNDS } from './declined';

export interface PlanInput {
  reading: Reading;
  facts: Facts;
  rounds: readonly Round[];
  /** The user's local date, `YYYY-MM-DD`. */
  today: string;
  /** `evaluate`'s corrected CRS and cut-off for the same reading and facts. */
  assessment: {
    correctedCrs: { total: number | null; rows: Partial<Record<CrsRowKey, number>> };
    cutoff: { value: number | null; round: Pick<Round, 'name'> | null };
  };
}

/** The corrected rows when every one is known; a missing row could hide a binding cap. */
function completeRows(rows: Partial<Record<CrsRowKey, number>>): Rows | null {
  if (CRS_ROW_KEYS.some((key) => rows[key] === undefined)) return null;
  return rowsFrom((key) => rows[key] ?? 0);
}

function blockOf(input: PlanInput): PlanBlock | null {
  const date = input.reading.invitation.date;
  if (date === null) return 'no-invitation-date';
  try {
    // Gains and "if declined" score under today's grid, stakes under the invitation's.
    gridFor(date);
    gridFor(input.today);
  } catch {
    return 'no-grid';
  }
  if (input.assessment.correctedCrs.total === null) return 'score-unknown';
  if (completeRows(input.assessment.correctedCrs.rows) === null) return 'rows-missing';
  return null;
}

export function plan(input: PlanInput): Plan {
  const { reading, facts, rounds, today, assessment } = input;
  const score = assessment.correctedCrs.total;
  const cutoff = assessment.cutoff.value;
  const margin = score !== null && cutoff !== null ? score - cutoff : null;
  const kind: RoundKind = {
    round: assessment.cutoff.round,
    category: facts.round?.category,
    program: reading.invitation.program,
  };
  const itaDate = reading.invitation.date;
  const rows = completeRows(assessment.correctedCrs.rows);
  const blocked = blockOf(input);
  if (blocked !== null || itaDate === null || score === null || rows === null) {
    return {
      score,
      cutoff,
      margin,
      stakes: [],
      gains: [],
      ifDeclined: {
        score: null,
        on: today,
        recentCutoffs: recentCutoffs(rounds, kind, today),
        changed: [],
        expired: [],
      },
      needs: [],
      blocked: blocked ?? 'score-unknown',
    };
  }
  const spouse = facts.family?.spouse;
  const needs = new Needs();
  const context = {
    facts,
    itaDate,
    today,
    profile: scoredProfile(facts, itaDate, submissionDay(facts, today)),
    base: {
      total: score,
      rows,
      withSpouse:
        spouse !== undefined
          ? spouse === 'accompanying'
          : SECTION_ROWS.spouse.some((key) => rows[key] > 0),
    },
    cutoff,
    needs,
  };
  const stakes = stakesOf(context);
  const gains = gainsOf(context);
  const ifDeclined = ifDeclinedOf(context, rounds, kind);
  return { score, cutoff, margin, stakes, gains, ifDeclined, needs: needs.list(), blocked: null };
}

/** The rules' assessment and the plan over it, for one evaluation (the command line, the worker). */
export function planFor(input: EvaluateInput): { assessment: Assessment; plan: Plan } {
  const assessment = evaluate(input);
  const today = localDate(input.now, input.timeZone ?? 'UTC');
  return {
    assessment,
    plan: plan({
      reading: input.reading,
      facts: input.facts,
      rounds: input.rounds,
      today,
      assessment,
    }),
  };
}
