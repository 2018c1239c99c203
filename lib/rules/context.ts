// Builds the RuleInput once: the user's dates, the deadline, the cut-off and the corrected CRS.
import { addDays, dayNumber, localDate } from '../dates';
import type { Facts } from '../facts';
import type { Reading } from '../reader/types';
import { matchRound, type Round } from '../rounds';
import { correctCrs } from './corrected-crs';
import type { CutoffInfo, RuleInput } from './types';

export interface EvaluateInput {
  reading: Reading;
  facts: Facts;
  rounds: readonly Round[];
  /** The current instant, epoch ms (lib/ has no clock). */
  now: number;
  /** IANA zone for the user's "today" and the local deadline; default UTC. */
  timeZone?: string;
  /** A cut-off the user typed; beats the round data. */
  cutoff?: number;
}

/** Days from the ITA to the deadline (readiness-facts.json "itaSubmissionWindow", since 2021-06-29). */
export const ITA_VALID_DAYS = 60;

function deadlineOf(reading: Reading, timeZone: string): RuleInput['deadline'] {
  let instant = reading.invitation.deadline;
  let estimated = false;
  if (instant === null && reading.invitation.date !== null) {
    // As in the real letter: 00:00 UTC on the 61st day after the letter's date (end of day 60).
    instant = `${addDays(reading.invitation.date, ITA_VALID_DAYS + 1)}T00:00:00Z`;
    estimated = true;
  }
  if (instant === null) return null;
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  return { instant, ms, lastLocalDay: localDate(ms - 1, timeZone), estimated };
}

function cutoffOf(input: EvaluateInput, reading: Reading, facts: Facts): CutoffInfo {
  const date = reading.invitation.date;
  const match =
    date === null && !facts.round?.number
      ? { round: null, candidates: [] }
      : matchRound(input.rounds, {
          date: date ?? '',
          program: reading.invitation.program,
          category: facts.round?.category ?? null,
          number: facts.round?.number ?? null,
        });
  // A cut-off typed for this check beats the one saved in the facts; both beat the round data.
  const typed = input.cutoff ?? facts.round?.cutoff;
  if (typed !== undefined) {
    return { value: typed, source: 'user', round: match.round, candidates: match.candidates };
  }
  if (match.round)
    return { value: match.round.cutoff, source: 'round', round: match.round, candidates: [] };
  return { value: null, source: null, round: null, candidates: match.candidates };
}

export function buildInput(input: EvaluateInput): RuleInput {
  const { reading, facts } = input;
  const timeZone = input.timeZone ?? 'UTC';
  const today = localDate(input.now, timeZone);
  const planned = facts.plannedSubmission;
  // A planned date already past cannot happen any more: the earliest is today.
  const submission =
    planned !== undefined && dayNumber(planned) > dayNumber(today) ? planned : today;
  const itaDate = reading.invitation.date;
  return {
    reading,
    facts,
    rounds: input.rounds,
    now: input.now,
    timeZone,
    today,
    submission,
    itaDate,
    program: reading.invitation.program,
    deadline: deadlineOf(reading, timeZone),
    cutoff: cutoffOf(input, reading, facts),
    corrected: correctCrs(reading, facts, itaDate, submission),
  };
}
