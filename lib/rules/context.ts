// Builds the RuleInput once: the user's dates, the invitation date and the deadline (read, or
// inferred one from the other), the cut-off and the corrected CRS.
import { addDays, dayNumber, isIsoDate, localDate } from '../dates';
import { FACT_YEARS, type Facts } from '../facts';
import type { Reading } from '../reader/types';
import { matchRound, type Round } from '../rounds';
import { correctCrs } from './corrected-crs';
import type { CutoffInfo, InvitationDate, RuleInput } from './types';

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

/**
 * Days from the ITA to the deadline: 60 since 2021-06-29 (and from 2018-06-26 to the COVID-19
 * measures of March 2020), no extensions.
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html
 */
export const ITA_VALID_DAYS = 60;

/** The letter's deadline is 00:00 UTC on the 61st day after its date (the end of day 60). */
const DEADLINE_OFFSET_DAYS = ITA_VALID_DAYS + 1;

const inYears = (iso: string): boolean => {
  const year = Number(iso.slice(0, 4));
  return year >= FACT_YEARS.min && year <= FACT_YEARS.max;
};

/** A page's date the rules can count with: a real calendar day in the years facts may hold. */
function plausibleDate(iso: string | null): string | null {
  return iso !== null && isIsoDate(iso) && inYears(iso) ? iso : null;
}

/** A page's instant the rules can count with, as epoch ms. */
function plausibleInstant(iso: string | null): number | null {
  if (iso === null) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) || !inYears(new Date(ms).toISOString()) ? null : ms;
}

function invitationDate(
  reading: Reading,
  facts: Facts,
  rounds: readonly Round[],
): InvitationDate | null {
  const letter = plausibleDate(reading.invitation.date);
  if (letter !== null) return { date: letter, basis: 'letter' };
  const deadline = plausibleInstant(reading.invitation.deadline);
  if (deadline !== null) {
    const date = addDays(localDate(deadline, 'UTC'), -DEADLINE_OFFSET_DAYS);
    if (inYears(date)) return { date, basis: 'deadline' };
  }
  const picked = facts.round?.number;
  const round = picked === undefined ? undefined : rounds.find((r) => r.number === picked);
  const date = plausibleDate(round?.date ?? null);
  return date === null ? null : { date, basis: 'round' };
}

function deadlineOf(
  reading: Reading,
  ita: InvitationDate | null,
  timeZone: string,
): RuleInput['deadline'] {
  let ms = plausibleInstant(reading.invitation.deadline);
  let estimated = false;
  if (ms === null && ita !== null) {
    ms = Date.parse(`${addDays(ita.date, DEADLINE_OFFSET_DAYS)}T00:00:00Z`);
    estimated = true;
  }
  if (ms === null) return null;
  const instant = new Date(ms).toISOString().replace('.000Z', 'Z');
  return { instant, ms, lastLocalDay: localDate(ms - 1, timeZone), estimated };
}

function cutoffOf(input: EvaluateInput, date: string | null, facts: Facts): CutoffInfo {
  const match =
    date === null && !facts.round?.number
      ? { round: null, candidates: [] }
      : matchRound(input.rounds, {
          date: date ?? '',
          program: input.reading.invitation.program,
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
  const ita = invitationDate(reading, facts, input.rounds);
  const itaDate = ita?.date ?? null;
  return {
    reading,
    facts,
    rounds: input.rounds,
    now: input.now,
    timeZone,
    today,
    submission,
    ita,
    itaDate,
    program: reading.invitation.program,
    deadline: deadlineOf(reading, ita, timeZone),
    cutoff: cutoffOf(input, itaDate, facts),
    corrected: correctCrs(reading, facts, itaDate, submission),
  };
}
