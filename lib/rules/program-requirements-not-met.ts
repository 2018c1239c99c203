// The invited program's minimum work experience must be met at the ITA and on the day the
// application is received (IRPA s.11.2). readiness-facts.json "workExperienceCounting".
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
import { SOURCES } from './sources';
import { finding, missingFact, num, text } from './text';
import type { Finding, Rule } from './types';

interface Requirement {
  needed: number;
  count: (work: readonly WorkPeriod[], ref: string) => HoursCount;
  en: string;
  fr: string;
  source: string;
}

export const PROGRAM_MINIMUMS: Record<Exclude<Program, 'PNP'>, Requirement> = {
  CEC: {
    needed: HOURS_PER_YEAR,
    count: cecHours,
    en: 'skilled, paid work in Canada in the last 3 years (not self-employed, not while a full-time student)',
    fr: 'travail qualifié rémunéré au Canada dans les 3 dernières années (hors travail autonome et études à temps plein)',
    source: SOURCES.cec,
  },
  FSW: {
    needed: HOURS_PER_YEAR,
    count: fswContinuousHours,
    en: 'one continuous year of skilled, paid work in one occupation in the last 10 years',
    fr: 'une année continue de travail qualifié rémunéré dans une même profession dans les 10 dernières années',
    source: SOURCES.fsw,
  },
  FST: {
    needed: 2 * HOURS_PER_YEAR,
    count: fstHours,
    en: 'two years of skilled trade work in the last 5 years',
    fr: 'deux années de travail dans un métier spécialisé dans les 5 dernières années',
    source: SOURCES.fst,
  },
};

export const rule: Rule = {
  id: 'program-requirements-not-met',
  needs: ['work'],
  evaluate({ program, facts, itaDate, submission }) {
    if (program === null || itaDate === null || program === 'PNP') return [];
    const req = PROGRAM_MINIMUMS[program];
    if (!facts.work) {
      return [
        missingFact(
          'program-requirements-not-met',
          'work',
          text(
            `${program} needs ${num(req.needed).en} hours of ${req.en}; list your work periods to check it.`,
            `${program} exige ${num(req.needed).fr} heures de ${req.fr} ; indiquez vos périodes de travail pour le vérifier.`,
          ),
          req.source,
        ),
      ];
    }
    const work = facts.work;
    const out: Finding[] = [];
    const dates = itaDate === submission ? [itaDate] : [itaDate, submission];
    for (const date of dates) {
      const counted = req.count(work, date);
      if (reaches(counted.hours, req.needed)) continue;
      const which =
        date === itaDate
          ? text('at the ITA', 'à la date de l’invitation')
          : text('on your planned submission date', 'à la date de présentation prévue');
      const hours = num(wholeHours(counted.hours));
      out.push(
        finding(
          'program-requirements-not-met',
          'decline',
          text(
            `${program} minimum not met ${which.en}`,
            `Exigence minimale de ${program} non remplie ${which.fr}`,
          ),
          text(
            `${hours.en} of ${num(req.needed).en} hours of ${req.en}, counted on ${date} (window ${counted.window.from} to ${date}; 30 h/week at most).`,
            `${hours.fr} sur ${num(req.needed).fr} heures de ${req.fr}, comptées au ${date} (période du ${counted.window.from} au ${date} ; 30 h/semaine au plus).`,
          ),
          req.source,
          { fact: 'work' },
        ),
      );
      break;
    }
    return out;
  },
};
