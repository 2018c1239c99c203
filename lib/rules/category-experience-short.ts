// Category-based rounds: for ITAs from 2026-02-18, 12 months (1,560 h) in ONE eligible occupation
// within 3 years (not necessarily continuous); before, 6 months continuous. The French category
// asks for NCLC 7 in all four abilities instead (readiness-facts.json "categoryBasedSelection").
// The list of eligible NOC codes per category is not bundled: we check the hours per occupation.
import type { WorkPeriod } from '../facts';
import {
  countHours,
  countsForCanadian,
  countsForFederal,
  reaches,
  wholeHours,
  windowBefore,
  HOURS_PER_YEAR,
} from '../work';
import { levelsOf, testsInForce } from './language-levels';
import { SOURCES } from './sources';
import { finding, missingFact, num, text } from './text';
import type { Rule } from './types';

export const CATEGORY_RULE_CHANGE = '2026-02-18';
const CANADIAN_ONLY = new Set(['physicians', 'senior-managers', 'researchers']);

/** Most hours in one occupation (one NOC code; a period without a code stands alone). */
export function bestOccupationHours(
  work: readonly WorkPeriod[],
  ref: string,
  canadianOnly: boolean,
  continuous: boolean,
): number {
  const window = windowBefore(ref, 3);
  const accept = canadianOnly ? countsForCanadian : countsForFederal;
  const groups = new Map<string, WorkPeriod[]>();
  work
    .filter(accept)
    .forEach((p, i) => groups.set(p.noc ?? `#${i}`, [...(groups.get(p.noc ?? `#${i}`) ?? []), p]));
  let best = 0;
  for (const group of groups.values()) {
    if (!continuous) best = Math.max(best, countHours(group, window, () => true).hours);
    else for (const p of group) best = Math.max(best, countHours([p], window, () => true).hours);
  }
  return best;
}

export const rule: Rule = {
  id: 'category-experience-short',
  needs: ['work'],
  evaluate({ cutoff, facts, itaDate }) {
    const category = cutoff.round?.category ?? facts.round?.category ?? null;
    if (category === null || itaDate === null || category === 'military') return [];
    if (category === 'french') {
      const french = levelsOf(testsInForce(facts.languageTests ?? [], itaDate).french);
      if (!facts.languageTests)
        return [
          missingFact(
            'category-experience-short',
            'languageTests',
            text(
              'the French-language round needs NCLC 7 in all four abilities.',
              'la ronde francophone exige NCLC 7 dans les quatre compétences.',
            ),
            SOURCES.categories,
          ),
        ];
      const lowest = french
        ? Math.min(french.reading, french.writing, french.listening, french.speaking)
        : 0;
      if (lowest >= 7) return [];
      return [
        finding(
          'category-experience-short',
          'decline',
          text(
            'French category requirement not met',
            'Exigence de la catégorie francophone non remplie',
          ),
          text(
            `The French-language round requires NCLC 7 or more in all four abilities; your lowest valid French result at the ITA is NCLC ${lowest}.`,
            `La ronde francophone exige NCLC 7 ou plus dans les quatre compétences ; votre plus faible résultat valide à l’invitation est NCLC ${lowest}.`,
          ),
          SOURCES.categories,
          { fact: 'languageTests' },
        ),
      ];
    }
    if (!facts.work)
      return [
        missingFact(
          'category-experience-short',
          'work',
          text(
            `the ${category} round needs experience in one of its occupations in the last 3 years.`,
            `la ronde ${category} exige de l’expérience dans une de ses professions dans les 3 dernières années.`,
          ),
          SOURCES.categories,
        ),
      ];
    const current = itaDate >= CATEGORY_RULE_CHANGE;
    const needed = current ? HOURS_PER_YEAR : HOURS_PER_YEAR / 2;
    const hours = bestOccupationHours(facts.work, itaDate, CANADIAN_ONLY.has(category), !current);
    if (reaches(hours, needed)) return [];
    const rule = current
      ? '12 months (1,560 h) in one occupation'
      : '6 continuous months (780 h) in one occupation';
    const ruleFr = current
      ? '12 mois (1 560 h) dans une même profession'
      : '6 mois continus (780 h) dans une même profession';
    return [
      finding(
        'category-experience-short',
        'decline',
        text(
          'Category work requirement not met',
          'Exigence d’expérience de la catégorie non remplie',
        ),
        text(
          `The ${category} round (ITA ${itaDate}) requires ${rule} within 3 years; your best occupation has ${num(wholeHours(hours)).en} of ${num(needed).en} hours${CANADIAN_ONLY.has(category) ? ' in Canada' : ''}.`,
          `La ronde ${category} (invitation du ${itaDate}) exige ${ruleFr} en 3 ans ; votre meilleure profession compte ${num(wholeHours(hours)).fr} heures sur ${num(needed).fr}${CANADIAN_ONLY.has(category) ? ' au Canada' : ''}.`,
        ),
        SOURCES.categories,
        { fact: 'work' },
      ),
    ];
  },
};
