// The invited program's minimum work experience must be met at the ITA and on the day the
// application is received (IRPA s.11.2), counted as IRCC counts it (lib/work).
import type { WorkPeriod } from '../facts';
import type { Program } from '../reader/types';
import {
  cecHours,
  fstHours,
  fswContinuousHours,
  reaches,
  wholeHours,
  HOURS_PER_YEAR,
  type HoursCount,
} from '../work';
import { fired, needs, needsInvitationDate, notApplicable, pass } from './result';
import { SOURCES } from './sources';
import { count, day, finding, text } from './text';
import type { Finding, Rule, RuleInput, Text } from './types';
import { invitationDay, underProgram } from './words';

interface Requirement {
  needed: number;
  count: (work: readonly WorkPeriod[], ref: string) => HoursCount;
  /** What the program asks for, with the hours written in each language. */
  asks: (hours: Text) => Text;
  source: string;
}

export const PROGRAM_MINIMUMS: Record<Exclude<Program, 'PNP'>, Requirement> = {
  CEC: {
    needed: HOURS_PER_YEAR,
    count: cecHours,
    asks: (h) =>
      text(
        `${h.en} of skilled, paid work in Canada in the last 3 years (not self-employed, not while a full-time student)`,
        `${h.fr} de travail qualifié rémunéré au Canada dans les 3 dernières années (hors travail autonome et études à temps plein)`,
      ),
    source: SOURCES.cec,
  },
  FSW: {
    needed: HOURS_PER_YEAR,
    count: fswContinuousHours,
    asks: (h) =>
      text(
        `one continuous year (${h.en}) of skilled, paid work in one occupation in the last 10 years`,
        `une année continue (${h.fr}) de travail qualifié rémunéré dans une même profession dans les 10 dernières années`,
      ),
    source: SOURCES.fsw,
  },
  FST: {
    needed: 2 * HOURS_PER_YEAR,
    count: fstHours,
    asks: (h) =>
      text(
        `two years (${h.en}) of skilled trade work in the last 5 years`,
        `deux années (${h.fr}) de travail dans un métier spécialisé dans les 5 dernières années`,
      ),
    source: SOURCES.fst,
  },
};

/** The first of the ITA date and the planned submission date on which the minimum is not met. */
export function programShortfall(input: RuleInput): Finding | null {
  const { program, facts, ita, submission } = input;
  if (program === null || program === 'PNP' || ita === null || !facts.work) return null;
  const req = PROGRAM_MINIMUMS[program];
  const dates = ita.date === submission ? [ita.date] : [ita.date, submission];
  for (const date of dates) {
    const counted = req.count(facts.work, date);
    if (reaches(counted.hours, req.needed)) continue;
    const atIta = date === ita.date;
    const when = atIta
      ? text(
          `on the invitation date, ${invitationDay(ita).en}`,
          `à la date de l’invitation, le ${invitationDay(ita).fr}`,
        )
      : text(
          `on the day you plan to submit, ${day(date).en}`,
          `le jour où vous prévoyez présenter la demande, le ${day(date).fr}`,
        );
    const hours = count(wholeHours(counted.hours), 'hour');
    const under = underProgram(program);
    const asks = req.asks(count(req.needed, 'hour'));
    const from = day(counted.window.from);
    return finding(
      'program-requirements-not-met',
      'decline',
      text(
        atIta
          ? `The program’s minimum was not met when you were invited`
          : `The program’s minimum is not met on the day you plan to submit`,
        atIta
          ? `L’exigence minimale du programme n’était pas remplie à l’invitation`
          : `L’exigence minimale du programme n’est pas remplie à la date de présentation prévue`,
      ),
      text(
        `You were invited ${under.en}, which asks for ${asks.en}. Counted ${when.en}: ${hours.en} since ${from.en} (30 hours a week at most).`,
        `Vous avez été invité ${under.fr}, qui exige ${asks.fr}. Compté ${when.fr} : ${hours.fr} depuis le ${from.fr} (30 heures par semaine au plus).`,
      ),
      req.source,
      { fact: 'work' },
    );
  }
  return null;
}

export const rule: Rule = {
  id: 'program-requirements-not-met',
  name: text('Work the program asks for', 'Expérience exigée par le programme'),
  needs: ['work'],
  evaluate(input) {
    const { program, facts, ita } = input;
    if (program === 'PNP') return notApplicable();
    if (program === null) return needs(facts.work ? [] : ['work'], ['invitation.program']);
    if (!facts.work) return needs(['work']);
    if (ita === null) return needsInvitationDate(input);
    const shortfall = programShortfall(input);
    return shortfall ? fired(shortfall) : pass();
  },
};
